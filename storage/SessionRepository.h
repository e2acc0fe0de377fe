#pragma once

#include "CheckoutSession.h"
#include "Event.h"
#include "Payment.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class EventRepository;

// What the API's session list asks for.
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

// A payment a confirmation node must vouch for, with what it was paid to.
struct PaymentToCrossCheck
{
    Payment payment;
    QString address;    // the session's deposit address
    SessionAsset asset; // the session's asset (a token: its contract)
};

// A session the chain watcher looks for payments to.
struct WatchedAddress
{
    QString sessionId;
    QString address;    // as stored (EIP-55)
    bool token = false; // an ERC-20 session: its address is matched against Transfer logs too
};

// The payments of one mode in a time range, for the books, with the sessions they were paid to.
struct ReportedPayments
{
    QList<Payment> payments; // oldest first (by block time, else when seen)
    QHash<QString, CheckoutSession> sessions;
    bool truncated = false; // more payments than the limit fall in the range
};

// Checkout sessions, the payments to them, and the deposit address counters.
class SessionRepository
{
public:
    SessionRepository(Database &db, EventRepository &events)
        : m_db(db)
        , m_events(events)
    {}

    // Both tell the other instances on the same PostgreSQL (SessionNotifications), at commit.
    void insert(const CheckoutSession &session);
    // status, received, paidAt, txHash, attention, updatedAt, expiresAt
    void update(const CheckoutSession &session);
    std::optional<CheckoutSession> byId(const QString &id);
    // The same, inside a write transaction, for a read-evaluate-write of the session: no other writer
    // (another connection, another instance on the same PostgreSQL) changes it until the transaction ends, so
    // a status is decided on the session as it is. On SQLite the transaction's write lock already does that.
    std::optional<CheckoutSession> lockById(const QString &id);
    SessionPage list(const SessionQuery &query);
    QList<CheckoutSession> unsettled(); // every session not yet settled or failed, both modes
    // Pending and underpaid sessions whose expiresAt is at or before nowMs, and the earliest expiresAt
    // still ahead among them.
    QList<CheckoutSession> dueForExpiry(qint64 nowMs);
    std::optional<qint64> nextExpiryMs();
    qint64 count();
    // Writes the changed session and its events (with their webhook deliveries) in one transaction.
    void saveChange(const CheckoutSession &session, const QList<Event> &events);

    // False when the same transfer (chain, tx hash, log index) was already recorded for the session.
    bool insertPayment(Payment &payment);
    QList<Payment> payments(const QString &sessionId);
    int removePaymentsAbove(qint64 chainId, qint64 blockNumber); // reorgs: drop payments in abandoned blocks
    // Payments in blocks up to confirmedUpTo of unsettled sessions that await their cross-check, oldest first
    // (at most 200 a call).
    QList<PaymentToCrossCheck> paymentsToCrossCheck(qint64 chainId, qint64 confirmedUpTo);
    // The confirmation nodes agreed (error empty) or one disputed the payment (error says how).
    void setPaymentCrossCheck(qint64 paymentId, const QString &error);
    // Payments on the chain a confirmation node disputed, the newest first (at most `limit`).
    QList<Payment> disputedPayments(qint64 chainId, int limit = 10);

    // Deposit address indexes, one counter per xpub. Call inside the transaction that uses the index.
    qint64 takeNextAddressIndex(const QString &xpubFingerprint);
    // Payments whose time (the block's, else when the watcher saw it) is in [fromMs, toMs).
    ReportedPayments paymentsBetween(bool livemode, qint64 fromMs, qint64 toMs, int limit);
    // How many deposit addresses of this xpub were ever handed out (indexes 0 .. count-1).
    qint64 issuedAddressCount(const QString &xpubFingerprint);

    // Sessions on a chain the watcher looks after: every session but failed ones, created since sinceMs.
    QList<WatchedAddress> watchedAddresses(qint64 chainId, qint64 sinceMs);
    // Sessions whose status may still move with the chain head: detected, overpaid, and expired with money.
    QList<CheckoutSession> awaitingChain(qint64 chainId);
    // Unsettled native-coin sessions whose balance should be reconciled (pending, underpaid, detected,
    // overpaid, and with includeExpired expired ones). Token sessions are not: every token transfer,
    // contract-made or not, has a log.
    QList<CheckoutSession> toReconcile(qint64 chainId, qint64 sinceMs, bool includeExpired = true);
    // Their SQL (parameters :chain and :since), for the tests that check the indexes of migration 12 serve
    // it.
    static QString awaitingChainSql();
    static QString toReconcileSql(bool includeExpired);
    QStringList idsWithPaymentsAbove(qint64 chainId, qint64 blockNumber);
    // PostgreSQL: tells the other instances (SessionNotifications), when the transaction commits, that the
    // session changed with these events (a refund, say, which leaves the session's row as it is).
    void notifyOthers(const QString &sessionId, const QStringList &eventTypes);

private:
    Database &m_db;
    EventRepository &m_events;
};
