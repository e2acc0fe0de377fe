#pragma once

#include "AppConfig.h"
#include "BalanceReconciler.h"
#include "BlockReading.h"
#include "BlockScanner.h"
#include "Clock.h"
#include "JsonRpcClient.h"
#include "Refund.h"
#include "ReorgDetector.h"
#include "Storage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class CheckoutService;
class PaymentCrossChecker;
struct ChainProgress;

// Where the watcher of a chain stands.
enum class ChainState {
    Starting,      // not caught up once yet
    Syncing,       // catching up with the node's head
    Ok,            // at the head
    Behind,        // the node is below blocks we processed: we wait, nothing rolls back
    Error,         // the node cannot be reached or answers nonsense: retried with backoff
    Misconfigured, // the node is another chain than configured
    Standby,       // another instance on the same database watches this chain (WatcherLeadership)
};
// As /healthz says it: "starting", "syncing", "ok", "behind", "error", "misconfigured", "standby".
QString chainStateName(ChainState state);

// What /healthz and the console show about one chain.
struct ChainStatus
{
    qint64 chainId = 0;
    QString name;
    ChainState state = ChainState::Starting;
    qint64 head = -1; // the node's height as it last answered
    qint64 cursor = -1;
    QString lastError;
    qint64 lastErrorAtMs = 0;
    bool newHeadsSubscription = false;
    QJsonArray confirmNodes; // [chain.<id>] confirmRpcUrls: each node and its last error
    QStringList disputes;    // what confirmation nodes said against recorded payments, the newest first

    QJsonObject toJson() const;
};

// Follows one EVM chain and turns what happens on it into payments. A thin coordinator of one step at a
// time (on a timer, or at once when the node announces a head): check the node is the configured chain,
// read the head, let the ReorgDetector tell a reorganisation (roll back to the common ancestor) from a node
// that is behind (wait), let the BlockScanner read every block up to the head, the BalanceReconciler catch
// transfers made by contracts, and the PaymentCrossChecker ask the confirmation nodes; then re-evaluate the
// sessions that wait on confirmations. Its cursor is persisted, so a restart or an outage resumes where it
// stopped. Every step is written through CheckoutService::recordChainProgress in one transaction.
class ChainWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainWatcher)

public:
    ChainWatcher(ChainConfig chain, Storage &store, CheckoutService &checkout, const Clock &clock,
                 QObject *parent = nullptr);
    ~ChainWatcher() override;

    // Starts following the chain from the cursor in the database (where another instance may have left
    // it). A stopped watcher may be started again.
    void start();
    void stop();
    // Stops, and says that another instance watches the chain.
    void standby();
    // Reads again which addresses to look for (sessions created elsewhere may have been missed).
    void refreshWatchedAddresses();
    // What the chain says a transaction sent towards a refund: the native value to its `to`, or the
    // largest Transfer of the refund's token to the refund's address in its receipt; only for a mined,
    // successful transaction. The caller (CheckoutService::attachRefundTransfer) decides whether it pays.
    struct RefundTransfer
    {
        Payment transfer;
        qint64 head = 0;
    };
    void readRefundTransfer(const QString &txHash, const Refund &refund,
                            const std::function<void(const Result<RefundTransfer> &)> &done);
    // Runs a step now (a new head was announced, or a test wants one).
    void poll();

    const ChainStatus &status() const { return m_status; }
    const ChainConfig &chain() const { return m_chain; }

    // Tuning, mostly for tests and benchmarks.
    int blocksPerBatch() const { return m_scanner->blocksPerBatch(); }
    void setReconcileIntervalMs(qint64 interval) { m_reconciler->setIntervalMs(interval); }

Q_SIGNALS:
    void statusChanged();
    // The watcher has processed every block up to head.
    void caughtUp(qint64 head);

private:
    void step();
    void verifyChainId();
    void readHead();
    // First start on this chain: begin at the current head (no session can have been paid before).
    void startAtHead(qint64 head);
    void scan(qint64 head);
    void rollBack(const ChainBlock &ancestor, qint64 head);
    void reconcile(qint64 head);
    // Cross-checks the payments deep enough to settle with the confirmation nodes (when there are any),
    // then completeStep().
    void finishStep(qint64 head);
    // Re-evaluates the sessions that wait on confirmations and schedules the next step.
    void completeStep(qint64 head);
    void fail(const QString &error);
    // The node does not have a block we already processed (it answered a lower height or null): one node
    // lagging behind a load balancer, or a node still syncing. Only a different hash at a height we hold is a
    // reorganisation; this keeps the cursor and every status and tries again at the next poll.
    void behind(qint64 nodeHead, const QString &why);
    bool commit(const ChainProgress &progress); // false (and fail()) when the store refused it
    void loadWatchedAddresses();
    void setState(ChainState state);

    ChainConfig m_chain;
    Storage &m_store;
    CheckoutService &m_checkout;
    const Clock &m_clock;
    JsonRpcClient *m_rpc = nullptr;                // child
    PaymentCrossChecker *m_crossChecker = nullptr; // child
    TransferMatcher m_matcher;
    std::unique_ptr<BlockScanner> m_scanner;
    std::unique_ptr<ReorgDetector> m_reorgs;
    std::unique_ptr<BalanceReconciler> m_reconciler;
    QTimer m_pollTimer;
    ChainStatus m_status;

    bool m_running = false;
    bool m_busy = false;
    bool m_again = false;
    bool m_chainVerified = false;
    int m_consecutiveErrors = 0;
    std::optional<ChainCursor> m_cursor;
};
