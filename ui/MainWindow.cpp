#include "MainWindow.h"

#include "Backend.h"
#include "SessionTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Backend &backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
{
    setWindowTitle(tr("Crypto Checkout"));
    resize(1100, 680);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setMovable(false);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto *modeBadge = new QLabel(tr("TEST MODE"), toolbar);
    modeBadge->setStyleSheet(
        u"QLabel { background: #b45309; color: white; font-weight: bold; padding: 3px 10px; "
        "border-radius: 4px; }"_s);
    modeBadge->setToolTip(
        tr("Test mode uses the public test wallet (\"abandon … about\"): its keys are public. "
           "Never send real funds to test addresses."));
    toolbar->addWidget(modeBadge);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("Sessions"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_sessions = new SessionTableModel(backend.store(), false, this);
    auto *table = new QTableView(central);
    table->setModel(m_sessions);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    setCentralWidget(central);

    statusBar()->addWidget(new QLabel(tr("Server %1").arg(backend.baseUrl().toString()), this));
    statusBar()->addWidget(new QLabel(tr("Test chain %1").arg(backend.config().test.chainId), this));

    auto *refresh = new QTimer(this);
    connect(refresh, &QTimer::timeout, m_sessions, &SessionTableModel::reload);
    refresh->start(2000);
}
