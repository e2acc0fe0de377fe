#include "SessionsPage.h"

#include "Console.h"
#include "CopyButton.h"
#include "SessionDetailWidget.h"
#include "SessionTableModel.h"
#include "StatusBadgeDelegate.h"
#include "StatusStyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr SessionStatus kStatuses[] = {
    SessionStatus::Pending, SessionStatus::Detected, SessionStatus::Underpaid, SessionStatus::Overpaid,
    SessionStatus::Paid,    SessionStatus::PaidLate, SessionStatus::Expired,   SessionStatus::Failed};
enum DateRange { AnyTime, Today, Last7Days, Last30Days };
constexpr int kNeedsAttentionFilter = -1; // the status filter's entry for flagged sessions of any status
} // namespace

SessionsPage::SessionsPage(interfaces::Console &console, bool livemode, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
    , m_searchDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"));
    for (SessionStatus status : kStatuses)
        m_status->addItem(statusLabel(status), static_cast<int>(status));
    m_status->addItem(attentionBadgeText(), kNeedsAttentionFilter);
    m_date = new QComboBox(this);
    m_date->setAccessibleName(tr("Date filter"));
    m_date->addItem(tr("Any time"), AnyTime);
    m_date->addItem(tr("Today"), Today);
    m_date->addItem(tr("Last 7 days"), Last7Days);
    m_date->addItem(tr("Last 30 days"), Last30Days);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search id, address, email, metadata…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    filters->addWidget(m_status);
    filters->addWidget(m_date);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new SessionTableModel(console.sessionListSource(), livemode, this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SessionTableModel::Status, new StatusBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(SessionTableModel::Created, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(SessionTableModel::Created, em * 9);
    header->resizeSection(SessionTableModel::Id, em * 12);
    header->resizeSection(SessionTableModel::Status, em * 9);
    header->resizeSection(SessionTableModel::Fiat, em * 8);
    header->resizeSection(SessionTableModel::Crypto, em * 11);
    header->setStretchLastSection(true);
    m_detail = new SessionDetailWidget(console, splitter);
    // Where the table would be empty without a filter: what to do next, instead of an empty grid.
    m_tableOrEmpty = new QStackedWidget(splitter);
    m_tableOrEmpty->addWidget(m_table);
    m_tableOrEmpty->addWidget(makeEmptyState(console));
    splitter->addWidget(m_tableOrEmpty);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &SessionsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &SessionsPage::applyFilters);
    connect(m_date, &QComboBox::currentIndexChanged, this, &SessionsPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsPage::onSelectionChanged);
    connect(m_model, &SessionTableModel::countArrived, this, &SessionsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsPage::updateCount);
    connect(m_model, &SessionTableModel::pageArrived, this, [this](int page) {
        // Keep the selected session selected after a reload, once its row is back.
        if (page == 0 && !m_selectedId.isEmpty() && !m_table->currentIndex().isValid()) {
            const int row = m_model->rowOf(m_selectedId);
            if (row >= 0)
                m_table->setCurrentIndex(m_model->index(row, 0));
        }
    });
    connect(m_model, &SessionTableModel::loadFailed, this,
            [this](const QString &message) { m_count->setText(tr("⚠ %1").arg(message)); });
    connect(&console, &interfaces::Console::sessionChanged, this,
            [this](const CheckoutSession &session, const QStringList &events) {
                m_model->sessionChanged(session, events);
                m_detail->sessionChanged(session);
            });
    connect(m_detail, &SessionDetailWidget::showOnCustomerDisplayRequested, this,
            &SessionsPage::showOnCustomerDisplayRequested);
    updateCount();
}

void SessionsPage::setLivemode(bool livemode)
{
    m_selectedId.clear();
    m_detail->showSession({});
    m_model->setLivemode(livemode);
}

void SessionsPage::applyFilters()
{
    SessionListQuery query = m_model->query();
    const QVariant status = m_status->currentData();
    query.needsAttentionOnly = status.isValid() && status.toInt() == kNeedsAttentionFilter;
    query.status = status.isValid() && !query.needsAttentionOnly
                       ? std::optional(static_cast<SessionStatus>(status.toInt()))
                       : std::nullopt;
    const QDateTime now = QDateTime::currentDateTime();
    switch (m_date->currentData().toInt()) {
    case Today:
        query.createdGteMs = now.date().startOfDay().toMSecsSinceEpoch();
        break;
    case Last7Days:
        query.createdGteMs = now.addDays(-7).toMSecsSinceEpoch();
        break;
    case Last30Days:
        query.createdGteMs = now.addDays(-30).toMSecsSinceEpoch();
        break;
    default:
        query.createdGteMs.reset();
        break;
    }
    query.search = m_search->text().trimmed();
    m_model->setQuery(query);
}

void SessionsPage::updateCount()
{
    if (m_model->isCountKnown())
        m_count->setText(tr("%n session(s)", nullptr, m_model->rowCount()));
    else
        m_count->setText(tr("Counting…"));
    const bool unfiltered =
        m_status->currentIndex() == 0 && m_date->currentIndex() == 0 && m_search->text().trimmed().isEmpty();
    m_tableOrEmpty->setCurrentIndex(m_model->isCountKnown() && m_model->rowCount() == 0 && unfiltered ? 1
                                                                                                      : 0);
}

QWidget *SessionsPage::makeEmptyState(interfaces::Console &console)
{
    auto *empty = new QWidget(this);
    auto *layout = new QVBoxLayout(empty);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *title = new QLabel(tr("No sessions yet"), empty);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text =
        new QLabel(tr("A session is one customer paying one amount. Create one at the counter, or let "
                      "your shop's backend create them through the API."),
                   empty);
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("New session (Ctrl+N)"), empty);
    create->setObjectName(u"emptyNewSession"_s);
    connect(create, &QPushButton::clicked, this, &SessionsPage::newSessionRequested);
    auto *fromBackend = new QLabel(tr("From your shop's backend, with a key from the API keys page:"), empty);
    const QString curl = u"curl -X POST %1/api/v1/checkout_sessions \\\n"
                         "  -H \"Authorization: Bearer $KEY\" -H \"Content-Type: application/json\" \\\n"
                         "  -d '{\"amount\": {\"value\": \"12.50\", \"currency\": \"EUR\"}}'"_s.arg(
                             console.serverUrl().toString());
    auto *example = new QLabel(curl, empty);
    example->setObjectName(u"emptyCurlExample"_s);
    example->setTextFormat(Qt::PlainText);
    example->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new CopyButton(empty);
    copy->setTextToCopy(curl);
    auto *exampleRow = new QHBoxLayout;
    exampleRow->addWidget(example);
    exampleRow->addWidget(copy, 0, Qt::AlignTop);
    exampleRow->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(create, 0, Qt::AlignLeft);
    layout->addSpacing(16);
    layout->addWidget(fromBackend);
    layout->addLayout(exampleRow);
    layout->addStretch();
    return empty;
}

void SessionsPage::onSelectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid()
                           ? current.siblingAtColumn(0).data(SessionTableModel::SessionIdRole).toString()
                           : QString();
    if (id.isEmpty() && !m_selectedId.isEmpty() && !current.isValid())
        return; // a reload cleared the selection: keep showing the session
    if (id == m_detail->sessionId())
        return;
    m_selectedId = id;
    m_detail->showSession(id);
}

void SessionsPage::selectSession(const QString &sessionId)
{
    m_selectedId = sessionId;
    const int row = m_model->rowOf(sessionId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_detail->showSession(sessionId);
}
