#include "MainWindow.h"

#include "ApiKeysPage.h"
#include "Console.h"
#include "ConsoleFormat.h"
#include "CustomerDisplay.h"
#include "FundsPage.h"
#include "HealthBar.h"
#include "NewSessionDialog.h"
#include "OverviewPage.h"
#include "PaymentLinksPage.h"
#include "SessionDetailWidget.h"
#include "SessionsPage.h"
#include "SettingsPage.h"
#include "SetupWizard.h"
#include "WebhooksPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {
// The tray and window icon: a simple coin, drawn so no image file is needed.
QIcon appIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x25, 0x63, 0xeb));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(4, 4, 56, 56);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(36);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, u"Ξ"_s);
    return QIcon(pixmap);
}
} // namespace

MainWindow::MainWindow(interfaces::Console &console, QWidget *parent)
    : QMainWindow(parent)
    , m_console(console)
{
    setWindowTitle(tr("Crypto Checkout"));
    setWindowIcon(appIcon());
    resize(1200, 760);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 6, 0);
    m_navigation = new QListWidget(central);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_navigation->setFixedWidth(m_navigation->fontMetrics().horizontalAdvance(u"Payment links__"_s) + 40);
    m_pages = new QStackedWidget(central);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_sessions = new SessionsPage(console, m_livemode, m_pages);
    connect(m_sessions, &SessionsPage::newSessionRequested, this, &MainWindow::openNewSession);
    m_links = new PaymentLinksPage(console, m_pages);
    m_webhooks = new WebhooksPage(console, m_pages);
    m_overview = new OverviewPage(console, m_pages);
    m_funds = new FundsPage(console, m_pages);
    auto *keys = new ApiKeysPage(console, m_pages);
    auto *settings = new SettingsPage(console, m_pages);
    const QList<std::pair<QString, QWidget *>> pages{
        {tr("Sessions"), m_sessions},   {tr("Overview"), m_overview}, {tr("Funds"), m_funds},
        {tr("Payment links"), m_links}, {tr("Webhooks"), m_webhooks}, {tr("API keys"), keys},
        {tr("Settings"), settings}};
    for (const auto &[title, page] : pages) {
        m_navigation->addItem(title);
        m_pages->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_customerDisplay = new CustomerDisplay(console, this);
    connect(m_sessions, &SessionsPage::showOnCustomerDisplayRequested, this,
            &MainWindow::showOnCustomerDisplay);

    buildToolbar();
    m_health = new HealthBar(console, this);
    statusBar()->addWidget(m_health, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("Server %1").arg(console.serverUrl().toString()), this));
    buildTray();

    connect(&console, &interfaces::Console::sessionChanged, this, &MainWindow::onSessionChanged);
    updateModeBadge();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolbar()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"main-toolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newSession = toolbar->addAction(QIcon::fromTheme(u"list-add"_s), tr("New session ⏎"));
    m_newSession->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    m_newSession->setToolTip(tr("Charge a customer at the counter (Ctrl+N)"));
    connect(m_newSession, &QAction::triggered, this, &MainWindow::openNewSession);
    m_displayAction = toolbar->addAction(QIcon::fromTheme(u"video-display"_s), tr("Customer display"));
    m_displayAction->setCheckable(true);
    m_displayAction->setToolTip(tr("Open the full-screen display for the customer, on a second monitor if "
                                   "there is one (Esc leaves full screen)"));
    connect(m_displayAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_customerDisplay->showOnPreferredScreen(this);
        else
            m_customerDisplay->hide();
    });
    auto *setup = toolbar->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("Set up…"));
    setup->setToolTip(tr("The setup assistant: test mode, or live payments to your wallet, and an API key"));
    connect(setup, &QAction::triggered, this, &MainWindow::openSetup);

    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_modeBadge = new QLabel(toolbar);
    m_modeBadge->setToolTip(
        tr("Test mode uses the public test wallet (\"abandon … about\"): its keys are public. "
           "Never send real funds to test addresses."));
    toolbar->addWidget(m_modeBadge);
    m_modeSwitch = new QComboBox(toolbar);
    m_modeSwitch->setAccessibleName(tr("Mode"));
    m_modeSwitch->addItem(tr("Test mode"), false);
    m_modeSwitch->addItem(tr("Live mode"), true);
    connect(m_modeSwitch, &QComboBox::currentIndexChanged, this,
            [this](int index) { setLivemode(m_modeSwitch->itemData(index).toBool()); });
    toolbar->addWidget(m_modeSwitch);
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("Crypto Checkout"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show console"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(m_newSession);
    menu->addAction(tr("Set up…"), this, &MainWindow::openSetup);
    menu->addSeparator();
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->show();
}

void MainWindow::setLivemode(bool livemode)
{
    if (livemode == m_livemode)
        return;
    m_livemode = livemode;
    m_modeSwitch->setCurrentIndex(livemode ? 1 : 0);
    m_sessions->setLivemode(livemode);
    m_links->setLivemode(livemode);
    m_webhooks->setLivemode(livemode);
    m_overview->setLivemode(livemode);
    m_funds->setLivemode(livemode);
    m_health->setLivemode(livemode);
    updateModeBadge();
}

void MainWindow::updateModeBadge()
{
    const bool ready = m_console.canCreateSessions(m_livemode);
    QString text = m_livemode ? tr("LIVE") : tr("TEST MODE");
    QString color = m_livemode ? u"#15803d"_s : u"#b45309"_s;
    if (!ready) {
        text = m_livemode ? tr("LIVE: no xpub") : tr("TEST: no xpub");
        color = u"#b91c1c"_s;
    }
    m_modeBadge->setText(text);
    m_modeBadge->setStyleSheet(
        u"QLabel { background: %1; color: white; font-weight: bold; padding: 3px 10px; "
        "border-radius: 4px; margin-right: 6px; }"_s.arg(color));
    m_modeBadge->setToolTip(ready ? (m_livemode
                                         ? tr("Live mode: real payments to your wallet's addresses.")
                                         : tr("Test mode uses the public test wallet (\"abandon … about\"): "
                                              "its keys are public. Never send real funds to test "
                                              "addresses."))
                                  : m_console.whyNoSessions(m_livemode));
}

void MainWindow::openSetup()
{
    auto *wizard = new SetupWizard(m_console, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::openNewSession()
{
    auto *dialog = new NewSessionDialog(m_console, m_livemode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewSessionDialog::sessionCreated, this, [this](const CheckoutSession &session) {
        m_navigation->setCurrentRow(0);
        m_sessions->selectSession(session.id);
        // At the counter the customer should see the code as soon as the merchant does.
        if (m_customerDisplay->isVisible())
            m_customerDisplay->showSession(session);
    });
    connect(dialog, &NewSessionDialog::showOnCustomerDisplayRequested, this,
            &MainWindow::showOnCustomerDisplay);
    connect(&m_console, &interfaces::Console::sessionChanged, dialog,
            [dialog](const CheckoutSession &session) { dialog->sessionChanged(session); });
    dialog->show();
    dialog->amountEdit()->setFocus();
}

void MainWindow::showOnCustomerDisplay(const QString &sessionId)
{
    m_console.loadSession(sessionId, this,
                          [this](const std::optional<CheckoutSession> &session, const QString &error) {
                              if (!session) {
                                  QMessageBox::warning(this, tr("Customer display"), error);
                                  return;
                              }
                              m_customerDisplay->showSession(*session);
                              if (!m_customerDisplay->isVisible())
                                  m_displayAction->setChecked(true);
                          });
}

void MainWindow::onSessionChanged(const CheckoutSession &session, const QStringList &events)
{
    m_customerDisplay->sessionChanged(session);
    const bool paid = events.contains(u"session.paid"_s) || events.contains(u"session.paid_late"_s);
    if (paid && m_tray && session.livemode == m_livemode)
        m_tray->showMessage(events.contains(u"session.paid_late"_s) ? tr("Paid (late)") : tr("Paid"),
                            tr("%1 received for %2").arg(formatFiat(session.fiat), session.id),
                            QSystemTrayIcon::Information, 8000);
}
