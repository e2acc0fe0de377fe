#pragma once

#include "AppConfig.h"
#include "CheckoutSession.h"
#include "Clock.h"
#include "DepositAddressService.h"
#include "PaymentLink.h"
#include "RateService.h"
#include "Refund.h"
#include "Requests.h"
#include "SessionStateMachine.h"
#include "Storage.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

// What a caller asks for when creating a session. Null strings mean "not given".

// What the chain watcher learned in one step, written in one transaction.
struct ChainProgress
{
    qint64 chainId = 0;
    std::optional<qint64> rollbackTo; // a reorg: drop payments and blocks above this block
    QList<Payment> payments;          // newly found transfers (sessionId set)
    QList<Payment> refundTransfers;   // newly found transfers to pending refunds' addresses (no sessionId)
    QList<ChainBlock> blocks;         // newly scanned blocks, oldest first
    std::optional<ChainCursor> cursor;
    qint64 headBlockNumber = 0; // for confirmations
    QStringList reevaluate;     // further sessions whose status may have moved with the head
    // What the confirmation nodes said: payment id and session, and the disagreement (empty: they agreed).
    struct CrossCheck
    {
        qint64 paymentId = 0;
        QString sessionId;
        QString disagreement;
    };
    QList<CrossCheck> crossChecks;
};

// Creates checkout sessions and payment links, expires sessions on time, and announces every change.
// The API, the console and the payment-link page all create sessions through here, so the rules are
// the same everywhere. Errors are DomainError with a message for the merchant.
class CheckoutService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutService)

public:
    CheckoutService(const AppConfig &config, Storage &store, const Clock &clock,
                    DepositAddressService &addresses, RateService &rates, QObject *parent = nullptr);

    // Creates the session, its address index and its session.created event in one transaction.
    // inTransaction runs inside that transaction after the insert, with the session's wire JSON (compact,
    // the bytes of the event's object): the API answers with them and stores its idempotent response
    // there, so a crash cannot separate the two.
    using CreatedCallback = std::function<void(const CheckoutSession &, const QByteArray &wireJson)>;
    CheckoutSession createSession(const SessionRequest &request, bool livemode,
                                  const CreatedCallback &inTransaction = {});
    std::optional<CheckoutSession> session(const QString &id, bool livemode);
    // Either mode: for the public pages, which know a session by its unguessable id alone.
    std::optional<CheckoutSession> sessionById(const QString &id);
    // Another instance on the same database created or changed this session (SessionNotifications): said
    // here as sessionChanged, as if it happened here.
    void changedElsewhere(const QString &id, const QStringList &eventTypes);
    QList<Payment> payments(const QString &sessionId);

    // A session as a reader sees it: with its payments and its chain's last processed block (for
    // confirmations). Served from memory while the database is unchanged (Database::changeToken), so a shop
    // polling a session, or many customers' pages, cost no SQL between changes; read afresh after any.
    struct SessionView
    {
        CheckoutSession session;
        QList<Payment> payments;
        QList<Refund> refunds;
        qint64 headBlockNumber = 0;
        // Differs for every view read from the database: what is derived from a view (its JSON) may be kept
        // for as long as the same version comes back.
        quint64 version = 0;
    };
    std::optional<SessionView> sessionView(const QString &id, bool livemode);
    SessionPage listSessions(const SessionQuery &query);
    // The merchant ends a pending or underpaid session now.
    CheckoutSession expireSession(const QString &id, bool livemode);

    PaymentLink createPaymentLink(const PaymentLinkRequest &request, bool livemode);
    PaymentLink updatePaymentLink(const QString &id, const PaymentLinkRequest &request, bool livemode);
    std::optional<PaymentLink> paymentLink(const QString &id, bool livemode);
    QList<PaymentLink> listPaymentLinks(bool livemode, int limit, const QString &startingAfter,
                                        bool *hasMore);

    // Refunds (CheckoutRefunds.cpp). Each change is written with its event (refund.created,
    // refund.succeeded) in one transaction, under the session's lock, and announced as sessionChanged.
    // Records a pending refund: the amount must be covered by confirmed payments in the session's asset less
    // what other refunds (pending or succeeded) take.
    // inTransaction runs in the refund's transaction (the API records its idempotent answer there).
    Refund createRefund(const QString &sessionId, const RefundRequest &request, bool livemode,
                        const std::function<void(const Refund &)> &inTransaction = {});
    std::optional<Refund> refund(const QString &id, bool livemode);
    QList<Refund> refunds(const QString &sessionId);
    QHash<QString, QList<Refund>> refundsOf(const QStringList &sessionIds);
    // The merchant withdraws a pending refund (not once its transfer has confirmed).
    Refund cancelRefund(const QString &id, bool livemode);
    // The owner names the transfer that paid a pending refund; `transfer` is what the chain says of it
    // (ChainWatcher::readRefundTransfer): to the refund's address, in its asset, at least its amount, not
    // before the session's payment and paying no other refund. Succeeded at once with the chain's
    // confirmations, otherwise the watcher confirms it.
    Refund attachRefundTransfer(const QString &id, bool livemode, const Payment &transfer, qint64 head);
    SessionPolicy policyFor(const CheckoutSession &session) const;
    QString checkoutUrl(const QString &sessionId) const;
    QString paymentLinkUrl(const QString &linkId) const;

    // Applies a watcher step: payments, reorg rollback, cursor and the resulting status changes with their
    // events, all in one transaction; then announces the changes.
    void recordChainProgress(const ChainProgress &progress);

    // Expires every session that is due and re-arms the timer for the next one.
    void expireDueSessions();

Q_SIGNALS:
    // After the change is committed. events: the event types written with it.
    void sessionChanged(const CheckoutSession &session, const QStringList &events);

private:
    // Resolves the asset and locks the rate: amount, asset, ethPriceUsd and the rates on the session.
    void priceSession(CheckoutSession &session, const QString &asset) const;
    // The configured token `asset` names on the chain, or nothing for the chain's own coin (no asset, or its
    // symbol). Unknown and unpriceable (no peg) tokens are refused, naming what is configured.
    std::optional<TokenConfig> resolveAsset(qint64 chainId, const QString &asset,
                                            const QString &currency) const;
    void applyLinkAsset(PaymentLink &link, const PaymentLinkRequest &request) const;
    void scheduleNextExpiry();
    // In recordChainProgress's transaction: transfers to refund addresses paying pending refunds, and
    // refunds whose transfer now has its confirmations. The changes to announce are appended.
    void recordRefundProgress(const ChainProgress &progress, qint64 nowMs,
                              QList<QPair<CheckoutSession, QStringList>> &changes);
    void attachInTransaction(const QString &id, bool livemode, const Payment &transfer, qint64 head,
                             Refund &refund, CheckoutSession &session, QString &eventType);
    // The refund and its session, locked (in a transaction); DomainError when there is no such refund.
    std::pair<CheckoutSession, Refund> lockRefund(const QString &id, bool livemode);
    // Writes a refund change and its event (the refund as JSON) in the current transaction.
    void saveRefund(const CheckoutSession &session, const Refund &refund, const QString &eventType);
    // Confirmed payments in the session's asset: what refunds may return.
    UInt256 confirmedReceived(const CheckoutSession &session, const QList<Payment> &payments);
    static CheckoutSession withEvaluation(CheckoutSession session, const SessionEvaluation &evaluation,
                                          qint64 nowMs);
    // Writes the changed session and an event per type, in one transaction.
    void saveChange(const CheckoutSession &session, const QStringList &eventTypes, qint64 nowMs,
                    qint64 headBlockNumber = 0);

    const AppConfig &m_config;
    Storage &m_store;
    const Clock &m_clock;
    DepositAddressService &m_addresses;
    RateService &m_rates;
    QTimer m_expiryTimer;
    static constexpr int kMaxCachedViews = 4096;
    QHash<QString, SessionView> m_views;
    quint64 m_viewVersions = 0;
    Database::ChangeToken m_viewsAsOf;
};
