#pragma once

#include "AppConfig.h"
#include "Clock.h"
#include "JsonRpcClient.h"
#include "Storage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class CheckoutService;
class PaymentCrossChecker;
struct ChainProgress;

// What /healthz and the console show about one chain.
// Where the watcher of a chain stands.
enum class ChainState {
    Starting,      // not caught up once yet
    Syncing,       // catching up with the node's head
    Ok,            // at the head
    Behind,        // the node is below blocks we processed: we wait, nothing rolls back
    Error,         // the node cannot be reached or answers nonsense: retried with backoff
    Misconfigured, // the node is another chain than configured
};
// As /healthz says it: "starting", "syncing", "ok", "behind", "error", "misconfigured".
QString chainStateName(ChainState state);

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

// Follows one EVM chain and turns what happens on it into payments: scans every block's transactions for
// the deposit addresses it watches (a hash set, so a transaction costs the same with 10 or 10 million
// sessions), reads the configured tokens' Transfer logs of the same blocks (eth_getLogs, matched against
// the token sessions' addresses the same way), checks receipts, reconciles balances to catch transfers made
// by contracts, detects reorgs by block hashes and rolls back to the common ancestor, and persists its cursor
// so a restart or an outage resumes where it stopped. Every step is written through
// CheckoutService::recordChainProgress in one transaction.
class ChainWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainWatcher)

public:
    ChainWatcher(ChainConfig chain, Storage &store, CheckoutService &checkout, const Clock &clock,
                 QObject *parent = nullptr);

    void start();
    void stop();
    // Runs a step now (a new head was announced, or a test wants one).
    void poll();

    const ChainStatus &status() const { return m_status; }
    const ChainConfig &chain() const { return m_chain; }

    // Tuning, mostly for tests and benchmarks.
    void setBlocksPerBatch(int blocks) { m_blocksPerBatch = m_scanBatch = std::max(1, blocks); }
    int blocksPerBatch() const { return m_blocksPerBatch; }
    // Open sessions are reconciled every interval; expired ones (a contract may still pay them late, or
    // after the grace window) every kExpiredReconcileEvery intervals.
    void setReconcileIntervalMs(qint64 interval) { m_reconcileIntervalMs = interval; }
    static constexpr int kExpiredReconcileEvery = 20;

    static constexpr int kRecentBlocksKept = 256;
    static constexpr qint64 kWatchWindowMs =
        30LL * 24 * 60 * 60 * 1000; // settled sessions are watched this long

Q_SIGNALS:
    void statusChanged();
    // The watcher has processed every block up to head.
    void caughtUp(qint64 head);

private:
    struct ScannedBlock
    {
        qint64 number = 0;
        QString hash;
        QString parentHash;
        qint64 timestampMs = 0;
        QJsonArray transactions;
    };

    // Blocks read and checked, not committed yet: the payments found in them, and the native transfers that
    // wait for their receipts.
    struct ScannedBatch
    {
        QList<ScannedBlock> blocks;
        QList<Payment> payments; // ready to record (token transfers; native ones whose receipt said success)
        QList<Payment> candidates; // native transfers to watched addresses, until their receipts are read
        bool receiptsAsked = false;
        bool receiptsRead = false;
        // Nothing left to learn: it may be committed (once every batch before it is).
        bool isComplete() const { return candidates.isEmpty() || receiptsRead; }
    };
    // One round trip of a scan: receipts for earlier batches, then blocks from..to and their logs.
    struct ScanRound
    {
        QList<qint64> receiptsFor; // the batches (by first block) whose candidates' receipts come first
        qsizetype receipts = 0;
        qint64 from = -1; // no blocks: from < 0
        qint64 to = -1;
        bool logs = false;
        bool done = false;
        QList<Result<QJsonValue>> results;
    };
    void step();
    void verifyChainId();
    void readHead();
    void checkForReorg(qint64 head);
    // The node answered a head below our cursor: behind, unless its block there differs from ours.
    void checkLowerHead(qint64 head);
    void rollBack(qint64 head, const QList<ChainBlock> &recorded);
    void scan(qint64 head);
    void sendRounds();
    void onRoundsAnswered();
    // Takes in one answered round. False with *error set: a failure; false with *error empty: a
    // reorganisation under the scan, or a node that fell behind, already being handled.
    bool useRound(const ScanRound &round, QString *error);
    // Adds the configured tokens' transfers to watched addresses in eth_getLogs' answer to the batch.
    bool addTokenTransfers(ScannedBatch &batch, qint64 from, qint64 to, const Result<QJsonValue> &logs,
                           QString *error);
    // Records m_ready (payments, blocks, cursor) in one transaction. False (and fail()) when the store
    // refused it.
    bool commitReady();
    // Ends the scan in progress: rounds in flight, batches not committed.
    void dropScan();
    // Commits the complete batches at the front and drops the rest of the scan. False (and fail()) when the
    // store refused it.
    bool commitReadyAndDropScan();
    // Moves the complete batches at the front of m_batches to m_ready.
    void takeCompleteBatches();

    // Reconciles open sessions' balances (eth_getBalance; a token session's balanceOf through eth_call) at
    // the cursor with what was recorded: it catches transfers made by contracts, and payments made before
    // the chain's first cursor or while the node was unreachable.
    void reconcile(qint64 head);
    // A transfer made by a contract shows only as a higher balance. Where the balance rose is found by
    // bisecting eth_getBalance over the blocks since the last reconciliation (one batch per round for every
    // such session), so a payment is stamped with the block it happened in and lateness is judged by that
    // block's time, not by when the watcher looked. Several rises are found one after the other. A node that
    // keeps no history of balances gets the old answer: the reconciled block.
    // "Unseen" at block b: the balance at b less the recorded payments of blocks up to b; it can only grow.
    struct BalanceTrace
    {
        QString sessionId;
        QString address;
        SessionAsset asset;                     // a token session's balance is its token's balanceOf
        QList<QPair<qint64, UInt256>> recorded; // the session's recorded payments: block, amount
        UInt256 unseenTotal;                    // unseen at the reconciled block
        UInt256 traced;                         // the part of it already placed in blocks
        qint64 low = 0;                         // a block taken to have no more unseen than `traced`
        qint64 high = 0;                        // a block with more
        UInt256 highUnseen;                     // unseen at `high`

        UInt256 recordedUpTo(qint64 block) const;
    };
    struct BalanceRise
    {
        QString sessionId;
        qint64 blockNumber = 0;
        UInt256 amount;
        SessionAsset asset;
    };
    void traceBalances(qint64 head, const ChainCursor &at, QList<BalanceTrace> traces,
                       QList<BalanceRise> rises, int round);
    void recordBalanceRises(qint64 head, const ChainCursor &at, const QList<BalanceRise> &rises);
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
    void watch(const QString &sessionId, const QString &address, bool token);
    static std::optional<ScannedBlock> parseBlock(const QJsonValue &value, QString *error);

    ChainConfig m_chain;
    Storage &m_store;
    CheckoutService &m_checkout;
    const Clock &m_clock;
    JsonRpcClient *m_rpc = nullptr;
    PaymentCrossChecker *m_crossChecker = nullptr; // child
    QTimer m_pollTimer;
    ChainStatus m_status;

    bool m_running = false;
    bool m_busy = false;
    bool m_again = false;
    bool m_chainVerified = false;
    int m_consecutiveErrors = 0;
    // Where the last read did not link up: the cursor it was read from and the block that broke; -1: none.
    qint64 m_unlinkedAtCursor = -1;
    qint64 m_unlinkedAtBlock = -1;
    int m_blocksPerBatch = 50;
    int m_scanBatch = 50; // halved while rounds fail (an answer too large for the node or for us), grows back
    qint64 m_reconcileIntervalMs = 15000;
    qint64 m_lastReconcileAtMs = 0;
    qint64 m_lastReconciledBlock = -1;  // the block the last reconciliation read balances at
    qint64 m_lastFullReconcileAtMs = 0; // the last one that included expired sessions, and its block
    qint64 m_lastFullReconciledBlock = -1;
    static constexpr qint64 kMaxTracedBlocks = 4096;
    static constexpr int kMaxTraceRounds = 64;
    std::optional<ChainCursor> m_cursor;
    // The scan in progress: rounds in flight (in send order), batches read and not committed (in block
    // order).
    static constexpr int kRoundsInFlight = 3;
    static constexpr qsizetype kMaxReceiptsPerRound = 199; // more wait: a round stays one batch of <= 250
    qint64 m_scanHead = -1;
    qint64 m_nextBlock = 0;
    QString m_lastScannedHash; // the last block read (committed or not), which the next must extend
    qint64 m_lastScannedNumber = -1;
    QList<std::shared_ptr<ScanRound>> m_rounds;
    QList<ScannedBatch> m_batches;
    QList<ScannedBatch> m_ready; // complete, in block order, to be committed together
    static constexpr qsizetype kBlocksPerCommit = 200;
    quint64 m_generation = 0; // moves on at every failure and restart of a scan: older answers are dropped
    QHash<QString, QString> m_watched;       // lower-case address -> session id (every session)
    QHash<QString, QString> m_watchedTokens; // lower-case address -> session id (token sessions)
    QHash<QString, TokenConfig> m_tokens;    // lower-case contract -> the configured token
    QJsonArray m_tokenContracts;             // the eth_getLogs address filter
};
