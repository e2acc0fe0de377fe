#pragma once

#include "CheckoutSession.h"
#include "Console.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <map>

class QThread;
class SessionQueryWorker;

// The sessions table: a window onto one filtered, sorted query over the whole sessions table, read page
// by page on a worker thread as the view scrolls (a million sessions never load at once, and no SQL runs
// on the GUI thread). Sessions created or changed while it is shown update in place from
// CheckoutService::sessionChanged.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column { Created, Id, Status, Fiat, Crypto, Address, NUMBER_OF_COLUMNS };
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        StatusRole,         // int(SessionStatus), absent while the row is loading
        NeedsAttentionRole, // bool: late or unexpected money the operator must look at
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;

    SessionTableModel(std::unique_ptr<interfaces::SessionListSource> source, bool livemode,
                      QObject *parent = nullptr);
    ~SessionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Runs a new query (mode, filters, search, sort) from the first page.
    void setQuery(const SessionListQuery &query);
    const SessionListQuery &query() const { return m_query; }
    void setLivemode(bool livemode);
    // Re-reads everything (after a change the table cannot place by itself).
    void refresh() { setQuery(m_query); }

    int rowOf(const QString &sessionId) const; // -1 when not loaded
    bool isCountKnown() const { return m_countKnown; }
    bool isLoaded(int row) const { return m_rows.contains(row); }

    // From CheckoutService::sessionChanged.
    void sessionChanged(const CheckoutSession &session, const QStringList &events);

Q_SIGNALS:
    void pageArrived(int page);
    void countArrived(qint64 total);
    void loadFailed(const QString &message);

private:
    void requestPage(int page) const;
    void requestCount();
    void onPageLoaded(int generation, int page, const QList<SessionListRow> &rows);
    void onCounted(int generation, qint64 total);
    void insertAtTop(const SessionListRow &row);
    void evictFarFrom(int page);
    void nextGeneration();
    QVariant display(const SessionListRow &row, int column) const;

    QThread *m_thread = nullptr;
    SessionQueryWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    SessionListQuery m_query;
    int m_generation = 0;
    bool m_countKnown = false;
    qint64 m_total = 0;                      // when m_countKnown
    qint64 m_knownRows = 0;                  // rows shown before the count arrives (the first page)
    std::map<qint64, SessionListRow> m_rows; // row -> loaded row
    QHash<QString, qint64> m_rowById;
    mutable QSet<int> m_requestedPages;
};
