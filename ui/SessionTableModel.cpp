#include "SessionTableModel.h"

#include "ConsoleFormat.h"
#include "SessionQueryWorker.h"
#include "StatusStyle.h"

#include <QThread>

using namespace Qt::StringLiterals;

SessionTableModel::SessionTableModel(std::unique_ptr<interfaces::SessionListSource> source, bool livemode,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_thread(new QThread(this))
    , m_worker(new SessionQueryWorker(std::move(source)))
{
    qRegisterMetaType<QList<SessionListRow>>();
    m_thread->setObjectName(u"session-queries"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SessionQueryWorker::pageLoaded, this, &SessionTableModel::onPageLoaded);
    connect(m_worker, &SessionQueryWorker::counted, this, &SessionTableModel::onCounted);
    connect(m_worker, &SessionQueryWorker::failed, this, &SessionTableModel::loadFailed);
    m_thread->start();
    m_query.livemode = livemode;
    setQuery(m_query);
}

SessionTableModel::~SessionTableModel()
{
    m_worker->setCurrentGeneration(INT_MAX); // skip whatever is still queued
    m_thread->quit();
    m_thread->wait();
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qint64>(m_countKnown ? m_total : m_knownRows, INT_MAX));
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUMBER_OF_COLUMNS;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto found = m_rows.find(index.row());
    if (found == m_rows.end()) {
        requestPage(index.row() / kPageSize);
        if (role == Qt::DisplayRole && index.column() == Id)
            return tr("Loading…");
        return {};
    }
    const SessionListRow &row = found->second;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Fiat || index.column() == Crypto)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Id || index.column() == Address)
            return display(row, index.column());
        if (row.needsAttention)
            return needsAttentionExplanation();
        return {};
    case SessionIdRole:
        return row.id;
    case StatusRole:
        return static_cast<int>(row.status);
    case NeedsAttentionRole:
        return row.needsAttention;
    default:
        return {};
    }
}

QVariant SessionTableModel::display(const SessionListRow &row, int column) const
{
    switch (column) {
    case Created:
        return formatTime(row.createdAtMs);
    case Id:
        return row.id;
    case Status:
        return row.needsAttention ? tr("%1, %2").arg(statusLabel(row.status), attentionBadgeText())
                                  : statusLabel(row.status);
    case Fiat:
        return formatFiat(row.fiat);
    case Crypto:
        return row.tokenSymbol.isEmpty() ? formatCrypto(row.amountDue)
                                         : formatCrypto(row.amountDue, row.tokenSymbol, row.decimals);
    case Address:
        return row.address;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created");
    case Id:
        return tr("Session");
    case Status:
        return tr("Status");
    case Fiat:
        return tr("Fiat");
    case Crypto:
        return tr("Crypto");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    static constexpr SessionListQuery::SortKey keys[NUMBER_OF_COLUMNS] = {
        SessionListQuery::SortKey::Created, SessionListQuery::SortKey::Id,
        SessionListQuery::SortKey::Status,  SessionListQuery::SortKey::Fiat,
        SessionListQuery::SortKey::Crypto,  SessionListQuery::SortKey::Address};
    if (column < 0 || column >= NUMBER_OF_COLUMNS)
        return;
    SessionListQuery query = m_query;
    query.sortKey = keys[column];
    query.ascending = order == Qt::AscendingOrder;
    if (query.sortKey != m_query.sortKey || query.ascending != m_query.ascending)
        setQuery(query);
}

void SessionTableModel::nextGeneration()
{
    ++m_generation;
    m_worker->setCurrentGeneration(m_generation);
}

void SessionTableModel::setQuery(const SessionListQuery &query)
{
    beginResetModel();
    m_query = query;
    nextGeneration();
    m_countKnown = false;
    m_total = 0;
    m_knownRows = 0;
    m_rows.clear();
    m_rowById.clear();
    m_requestedPages.clear();
    endResetModel();
    // The first page first: it is what the merchant waits for; the count (slower with a search) follows.
    requestPage(0);
    requestCount();
}

void SessionTableModel::setLivemode(bool livemode)
{
    SessionListQuery query = m_query;
    query.livemode = livemode;
    setQuery(query);
}

void SessionTableModel::requestPage(int page) const
{
    if (m_requestedPages.contains(page))
        return;
    m_requestedPages.insert(page);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation = m_generation, query = m_query, page,
                                         total = m_countKnown ? m_total : qint64(-1)] {
        worker->loadPage(generation, query, page, kPageSize, total);
    });
}

void SessionTableModel::requestCount()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation = m_generation, query = m_query] {
        worker->count(generation, query);
    });
}

void SessionTableModel::onPageLoaded(int generation, int page, const QList<SessionListRow> &rows)
{
    if (generation != m_generation)
        return;
    const qint64 first = qint64(page) * kPageSize;
    if (!m_countKnown && page == 0 && rows.size() > m_knownRows) {
        beginInsertRows({}, static_cast<int>(m_knownRows), static_cast<int>(rows.size() - 1));
        m_knownRows = rows.size();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            m_rows[first + i] = rows[i];
            m_rowById.insert(rows[i].id, first + i);
        }
        endInsertRows();
    } else {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            m_rows[first + i] = rows[i];
            m_rowById.insert(rows[i].id, first + i);
        }
        const int last = std::min(rowCount() - 1, static_cast<int>(first + rows.size() - 1));
        if (!rows.isEmpty() && first <= last)
            Q_EMIT dataChanged(index(static_cast<int>(first), 0), index(last, NUMBER_OF_COLUMNS - 1));
    }
    evictFarFrom(page);
    Q_EMIT pageArrived(page);
}

void SessionTableModel::onCounted(int generation, qint64 total)
{
    if (generation != m_generation || m_countKnown)
        return;
    const qint64 shown = m_knownRows;
    if (total > shown) {
        beginInsertRows({}, static_cast<int>(shown), static_cast<int>(std::min<qint64>(total, INT_MAX) - 1));
        m_total = total;
        m_countKnown = true;
        endInsertRows();
    } else if (total < shown) {
        beginResetModel();
        m_total = total;
        m_countKnown = true;
        endResetModel();
    } else {
        m_total = total;
        m_countKnown = true;
    }
    Q_EMIT countArrived(total);
}

void SessionTableModel::evictFarFrom(int page)
{
    const std::size_t limit = std::size_t(kMaxCachedPages) * kPageSize;
    if (m_rows.size() <= limit)
        return;
    const qint64 center = qint64(page) * kPageSize;
    while (m_rows.size() > limit / 2) {
        const auto first = m_rows.begin();
        const auto last = std::prev(m_rows.end());
        const auto victim = center - first->first > last->first - center ? first : last;
        m_requestedPages.remove(static_cast<int>(victim->first / kPageSize));
        m_rowById.remove(victim->second.id);
        m_rows.erase(victim);
    }
}

int SessionTableModel::rowOf(const QString &sessionId) const
{
    const auto found = m_rowById.constFind(sessionId);
    return found == m_rowById.cend() ? -1 : static_cast<int>(*found);
}

void SessionTableModel::sessionChanged(const CheckoutSession &session, const QStringList &events)
{
    const int row = rowOf(session.id);
    if (row >= 0) {
        SessionListRow updated = sessionListRow(session);
        updated.seq = m_rows[row].seq;
        m_rows[row] = updated;
        // A row that no longer matches the status filter stays until the filter is applied again: rows do
        // not vanish under the merchant's cursor.
        Q_EMIT dataChanged(index(row, 0), index(row, NUMBER_OF_COLUMNS - 1));
        return;
    }
    if (!events.contains(u"session.created"_s) || !sessionMatches(m_query, session))
        return;
    if (m_query.sortKey == SessionListQuery::SortKey::Created && !m_query.ascending)
        insertAtTop(sessionListRow(session));
    else if (m_query.sortKey == SessionListQuery::SortKey::Created && m_countKnown) {
        // Oldest first: the new session is the last row.
        beginInsertRows({}, rowCount(), rowCount());
        m_rows[m_total] = sessionListRow(session);
        m_rowById.insert(session.id, m_total);
        ++m_total;
        endInsertRows();
    } else {
        refresh(); // its place in another order is the database's to say
    }
}

void SessionTableModel::insertAtTop(const SessionListRow &row)
{
    beginInsertRows({}, 0, 0);
    std::map<qint64, SessionListRow> shifted;
    m_rowById.clear();
    for (auto &[at, existing] : m_rows) {
        m_rowById.insert(existing.id, at + 1);
        shifted.emplace_hint(shifted.end(), at + 1, std::move(existing));
    }
    shifted.emplace(0, row);
    m_rowById.insert(row.id, 0);
    m_rows = std::move(shifted);
    if (m_countKnown)
        ++m_total;
    else
        ++m_knownRows;
    // Requests in flight used the old offsets: drop them, and let the view ask again for what it misses.
    nextGeneration();
    m_requestedPages.clear();
    endInsertRows();
    if (!m_countKnown)
        requestCount();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NUMBER_OF_COLUMNS - 1));
}
