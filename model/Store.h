#pragma once

#include "ApiKey.h"
#include "CheckoutSession.h"
#include "Event.h"
#include "Payment.h"
#include "PaymentLink.h"
#include "Webhook.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_map>

// A database failure (disk full, locked too long, corrupt file). Thrown by the store and turned into an
// error response or message at the boundary; never a silent default.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct SessionQuery
{
    bool livemode = false;
    int limit = 10;
    QString startingAfter; // session id: return older sessions than it
    QString endingBefore;  // session id: return newer sessions than it
    std::optional<SessionStatus> status;
    QString linkId;
    std::optional<qint64> createdGteMs;
    std::optional<qint64> createdLteMs;
};

struct SessionPage
{
    QList<CheckoutSession> sessions; // newest first
    bool hasMore = false;
};

// A remembered answer to a POST with an Idempotency-Key. status is empty while the first request is
// still being processed.
struct IdempotencyRecord
{
    QByteArray requestHash;
    std::optional<int> status;
    QByteArray response;
    qint64 createdAtMs = 0;
};

struct ChainCursor
{
    qint64 chainId = 0;
    qint64 blockNumber = -1;
    QString blockHash;
};

struct ChainBlock
{
    qint64 number = 0;
    QString hash;
    qint64 timestampMs = 0;
};

// A session the chain watcher looks for payments to.
// A payment a confirmation node must vouch for, with what it was paid to.
struct PaymentToCrossCheck
{
    Payment payment;
    QString address;    // the session's deposit address
    SessionAsset asset; // the session's asset (a token: its contract)
};

struct WatchedAddress
{
    QString sessionId;
    QString address;    // as stored (EIP-55)
    bool token = false; // an ERC-20 session: its address is matched against Transfer logs too
};

// All persistent state, in one SQLite file opened in WAL mode with full synchronous commits, so anything
// committed survives the process being killed. One Store per thread (Qt Sql connections are
// thread-bound). Schema changes are versioned migrations keyed on PRAGMA user_version.
class Store
{
public:
    static constexpr int kSchemaVersion = 7;
    static constexpr const char *kFileName = "cryptocheckout.db";

    Store() = default;
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating if needed) and migrates. Refuses a database written by a newer version.
    void open(const QString &databasePath);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion();
    bool integrityCheck();

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back if work throws, and rethrows. Nested calls
    // join the outer transaction.
    //
    // Commit::Grouped (group commit, for the API's durable creates): while a GroupWindow is open, the work
    // runs in a savepoint of a shared transaction instead, and commitGroup() later makes every member
    // durable with one COMMIT (one fsync). Until then nothing of it may be shown to anyone: the caller
    // defers what it announces with afterCommit(), and the HTTP server holds its responses while
    // groupPending(). A member that throws is rolled back alone. Any Commit::Now transaction commits a
    // pending group first, so it never waits behind one nor joins it.
    enum class Commit { Now, Grouped };
    void transaction(const std::function<void()> &work, Commit commit = Commit::Now);
    bool groupPending() const { return m_groupPending; }
    // Which group is pending (each gets the next number), and whether a group's COMMIT failed: its members'
    // answers must then say so. forgetFailedGroups() once those answers are given.
    quint64 groupSerial() const { return m_groupSerial; }
    bool groupFailed(quint64 serial) const { return m_failedGroups.contains(serial); }
    void forgetFailedGroups() { m_failedGroups.clear(); }
    // Commits the pending group and runs its afterCommit callbacks. When the COMMIT fails, everything in
    // the group is rolled back, its callbacks are dropped, and StoreError is thrown.
    void commitGroup();
    // Runs fn once what has been written so far is durable: at once outside a transaction, after the
    // COMMIT otherwise (the group's, for a grouped transaction). Dropped if that work is rolled back.
    void afterCommit(std::function<void()> fn);
    // Open while the HTTP server runs a request: only then may grouped transactions share a commit.
    class GroupWindow
    {
    public:
        explicit GroupWindow(Store *store)
            : m_store(store)
        {
            if (m_store)
                m_store->m_groupWindow = true;
        }
        ~GroupWindow()
        {
            if (m_store)
                m_store->m_groupWindow = false;
        }
        GroupWindow(const GroupWindow &) = delete;
        GroupWindow &operator=(const GroupWindow &) = delete;

    private:
        Store *m_store;
    };

    // Sessions
    void insertSession(const CheckoutSession &session);
    void updateSession(
        const CheckoutSession &session); // status, received, paidAt, txHash, attention, updatedAt, expiresAt
    std::optional<CheckoutSession> sessionById(const QString &id);
    SessionPage listSessions(const SessionQuery &query);
    QList<CheckoutSession> openSessions(); // every session not yet settled or failed, both modes
    // Pending and underpaid sessions whose expiresAt is at or before nowMs, and the earliest expiresAt
    // still ahead among them.
    QList<CheckoutSession> sessionsDueForExpiry(qint64 nowMs);
    std::optional<qint64> nextExpiryMs();
    qint64 countSessions();

    // Writes the changed session and an event per type, in one transaction. Returns the events.
    QList<Event> saveSessionChange(const CheckoutSession &session, const QStringList &eventTypes,
                                   qint64 nowMs, qint64 headBlockNumber = 0);

    // Payments
    // False when the same transfer (chain, tx hash, log index) was already recorded for the session.
    bool insertPayment(Payment &payment);
    QList<Payment> paymentsForSession(const QString &sessionId);
    int removePaymentsAbove(qint64 chainId, qint64 blockNumber); // reorgs: drop payments in abandoned blocks
    // Payments in blocks up to confirmedUpTo of unsettled sessions that await their cross-check, oldest first
    // (at most 200 a call).
    QList<PaymentToCrossCheck> paymentsToCrossCheck(qint64 chainId, qint64 confirmedUpTo);
    // The confirmation nodes agreed (error empty) or one disputed the payment (error says how).
    void setPaymentCrossCheck(qint64 paymentId, const QString &error);
    // Payments on the chain a confirmation node disputed, the newest first (at most `limit`).
    QList<Payment> disputedPayments(qint64 chainId, int limit = 10);

    // Events
    // Also queues its webhook deliveries, unless deliver is false (test events go to one endpoint only).
    void insertEvent(const Event &event, bool deliver = true);
    QList<Event> eventsForSession(const QString &sessionId);
    std::optional<Event> eventById(const QString &id);
    QList<Event> eventsByIds(const QStringList &ids);

    // Webhooks (StoreWebhooks.cpp)
    void insertWebhookEndpoint(const WebhookEndpoint &endpoint);
    void updateWebhookEndpoint(const WebhookEndpoint &endpoint);
    std::optional<WebhookEndpoint> webhookEndpointById(const QString &id);
    QList<WebhookEndpoint> listWebhookEndpoints(std::optional<bool> livemode = std::nullopt);
    // Soft delete: the endpoint stays for the delivery log; its pending deliveries are cancelled.
    void deleteWebhookEndpoint(const QString &id, qint64 nowMs);
    // Queues the event for every matching endpoint (or only the given one). insertEvent calls this, so an
    // event and its deliveries are one transaction.
    int createDeliveries(const Event &event, const QString &onlyEndpointId = {});
    // How many deliveries this Store has queued since it was opened (rolled back ones included): a change
    // tells the dispatcher there may be work.
    quint64 deliveriesCreated() const { return m_deliveriesCreated; }
    QList<WebhookDelivery> dueDeliveries(qint64 nowMs, int limit, int perEndpoint,
                                         const QSet<qint64> &skip = {});
    std::optional<qint64> nextDeliveryAtMs();
    void recordDeliveryAttempt(const WebhookDelivery &delivery, const WebhookAttempt &attempt);
    QList<WebhookDelivery> deliveriesForEvent(const QString &eventId);
    QList<WebhookDelivery> deliveriesForSession(const QString &sessionId);
    QList<WebhookDelivery> recentDeliveries(const QString &endpointId, int limit);
    QList<WebhookAttempt> attemptsForDelivery(qint64 deliveryId);
    // Queues the event again for every enabled endpoint it is for (and any that subscribed since), or, given
    // endpointId, for that endpoint alone. Returns how many deliveries were queued.
    int redeliverEvent(const Event &event, qint64 nowMs, const QString &endpointId = {});
    QList<Event> listEvents(bool livemode, int limit, const QString &startingAfter, const QString &type,
                            const QString &sessionId, bool *hasMore);

    // Payment links
    void insertPaymentLink(const PaymentLink &link);
    void updatePaymentLink(const PaymentLink &link);
    std::optional<PaymentLink> paymentLinkById(const QString &id);
    QList<PaymentLink> listPaymentLinks(bool livemode, int limit, const QString &startingAfter,
                                        bool *hasMore);

    // API keys
    void insertApiKey(const ApiKey &key);
    QList<ApiKey> listApiKeys();
    QList<ApiKey> apiKeysByHint(const QString &hint);
    void touchApiKey(const QString &id, qint64 nowMs);
    bool revokeApiKey(const QString &id, qint64 nowMs); // false when no such key or already revoked

    // Idempotency keys, scoped to the API key.
    std::optional<IdempotencyRecord> idempotencyRecord(const QString &apiKeyId, const QString &key);
    // Claims the key for a request in flight (replacing an abandoned claim). False if already claimed.
    bool claimIdempotencyKey(const QString &apiKeyId, const QString &key, const QByteArray &requestHash,
                             qint64 nowMs, qint64 abandonedBeforeMs);
    void completeIdempotencyKey(const QString &apiKeyId, const QString &key, int status,
                                const QByteArray &response);
    void releaseIdempotencyKey(const QString &apiKeyId, const QString &key);
    int purgeIdempotencyKeys(qint64 createdBeforeMs);

    // Deposit address indexes, one counter per xpub. Call inside the transaction that uses the index.
    qint64 takeNextAddressIndex(const QString &xpubFingerprint);

    // Chain cursors and recent blocks
    std::optional<ChainCursor> chainCursor(qint64 chainId);
    void saveChainCursor(const ChainCursor &cursor);
    void saveChainBlocks(qint64 chainId, const QList<ChainBlock> &blocks, int keep);
    QList<ChainBlock> recentChainBlocks(qint64 chainId, int limit); // newest first
    void deleteChainBlocksAbove(qint64 chainId, qint64 number);

    // Sessions on a chain the watcher looks after: every session but failed ones, created since sinceMs.
    QList<WatchedAddress> watchedAddresses(qint64 chainId, qint64 sinceMs);
    // Sessions whose status may still move with the chain head: detected, overpaid, and expired with money.
    QList<CheckoutSession> sessionsAwaitingChain(qint64 chainId);
    // Unsettled native-coin sessions whose balance should be reconciled (pending, underpaid, detected,
    // overpaid, and with includeExpired expired ones). Token sessions are not: every token transfer,
    // contract-made or not, has a log.
    QList<CheckoutSession> sessionsToReconcile(qint64 chainId, qint64 sinceMs, bool includeExpired = true);
    QStringList sessionIdsWithPaymentsAbove(qint64 chainId, qint64 blockNumber);

    QSqlDatabase database() const;

    // Statements prepared once per connection and reused (internal to model/: StoreQuery uses them).
    // Preparing dominates a point read, so every fixed statement is kept; a statement already in use
    // (a nested read of the same SQL) is not shared and the caller prepares its own.
    struct PreparedStatement
    {
        QSqlQuery query;
        bool inUse = false;
    };
    PreparedStatement *preparedStatement(const QString &sql);
    void noteWrite() { ++m_localWrites; }

    // Differs from an earlier token whenever the database may have changed since: a write through this
    // Store, or a commit by any other connection or process (PRAGMA data_version). What is read from the
    // database may be kept in memory for as long as the token stays the same.
    struct ChangeToken
    {
        quint64 localWrites = 0;
        qint64 dataVersion = -1;
        friend bool operator==(const ChangeToken &, const ChangeToken &) = default;
    };
    ChangeToken changeToken();
    // The same for what API keys are: only writes to the keys count among this Store's own.
    ChangeToken apiKeysChangeToken();

private:
    void restrictPermissions() const;
    void migrate();
    void exec(const QString &sql);

    // Bounded: the console's filter combinations are the only SQL built at run time.
    static constexpr int kMaxPreparedStatements = 256;
    struct SqlHash
    {
        size_t operator()(const QString &sql) const { return qHash(sql); }
    };
    std::unordered_map<QString, std::unique_ptr<PreparedStatement>, SqlHash> m_statements;
    void runCallbacks();
    void rollbackAll();

    quint64 m_localWrites = 0;
    quint64 m_localKeyWrites = 0;
    quint64 m_deliveriesCreated = 0;
    bool m_groupWindow = false;
    bool m_groupPending = false;
    quint64 m_groupSerial = 0;
    QList<quint64> m_failedGroups;
    QList<std::function<void()>> m_afterCommit;
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

// ---- Console: the sessions table's filtered, sorted, paged reads (StoreConsole.cpp) ----------------

// What the console's sessions table asks for: one mode, optional filters, a search and a sort.
struct SessionListQuery
{
    enum class SortKey { Created, Id, Status, Fiat, Crypto, Address };

    bool livemode = false;
    std::optional<SessionStatus> status;
    std::optional<qint64> createdGteMs;
    std::optional<qint64> createdLteMs;
    QString search;                  // part of the id, address, customer email or metadata (case-insensitive)
    bool needsAttentionOnly = false; // only sessions flagged for the operator (late or unexpected money)
    SortKey sortKey = SortKey::Created;
    bool ascending = false;
};

// One row of the sessions table: the columns it shows, not the whole session.
struct SessionListRow
{
    qint64 seq = 0;
    QString id;
    SessionStatus status = SessionStatus::Pending;
    bool livemode = false;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    FiatAmount fiat;
    UInt256 amountDue;
    QString tokenSymbol; // empty for a native-coin session
    unsigned decimals = 18;
    QString address;
    QString customerEmail;
    bool needsAttention = false;
};

qint64 countSessionRows(Store &store, const SessionListQuery &query);
// limit rows from offset in the query's order. Pages in the second half are read in the opposite order,
// so the last page costs what the first does (SQLite walks OFFSET rows one by one).
QList<SessionListRow> sessionRows(Store &store, const SessionListQuery &query, qint64 offset, int limit,
                                  qint64 total = -1);
SessionListRow sessionListRow(const CheckoutSession &session);
// Whether a session belongs in the query's result (used for live updates, without asking the database).
bool sessionMatches(const SessionListQuery &query, const CheckoutSession &session);
// ---- end Console -------------------------------------------------------------------------------
