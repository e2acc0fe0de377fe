#pragma once

#include "BlockReading.h"
#include "CheckoutService.h"
#include "JsonRpcClient.h"

#include <functional>
#include <memory>

class Clock;

// Reads a chain from the cursor to the head in a pipeline of round trips, kRoundsInFlight at a time: each
// asks for the next batch of full blocks (with its token Transfer logs) and for the receipts of the
// transfers found in batches read before. While they are on their way, answers already in are checked and
// committed, so the node always has work and a batch costs about one round trip. Batches are committed in
// block order, each once the receipts of its transfers are in; only successful transactions pay.
//
// It tells the chain watcher (its coordinator) through hooks what it cannot handle itself: blocks that do
// not extend the chain (a reorganisation to check), a node behind the head it announced, and failures.
class BlockScanner
{
public:
    struct Hooks
    {
        // Records scanned blocks and payments with the new cursor; false when that failed (the watcher has
        // then failed, and the scan is dropped).
        std::function<bool(const ChainProgress &)> commit;
        std::function<void(const QString &error)> fail;
        std::function<void(qint64 head, const QString &why)> behind;
        // The blocks read do not extend the committed cursor: check the cursor's block (a reorganisation).
        std::function<void(qint64 head)> reorgSuspected;
        // Every block up to head is committed.
        std::function<void(qint64 head)> finished;
    };

    BlockScanner(const ChainConfig &chain, JsonRpcClient &rpc, const Clock &clock,
                 const TransferMatcher &matcher, Hooks hooks);

    // Scans from the block after `cursor` to head; finished() at once when there is nothing to read.
    void start(const ChainCursor &cursor, qint64 head);
    // Ends the scan in progress: rounds in flight are ignored, batches not committed are dropped.
    void drop();
    // A step succeeded: rounds grow back towards blocksPerBatch after failures halved them.
    void stepSucceeded() { m_scanBatch = std::min(kBlocksPerBatch, m_scanBatch * 2); }

    int blocksPerBatch() const { return kBlocksPerBatch; }

private:
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
    // One round trip: receipts for earlier batches, then blocks from..to and their logs.
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
    // How an answered round went: used, or the scan ended (failed, or handed to the watcher).
    enum class Outcome { Used, Failed, Handled };

    void sendRounds();
    void onRoundsAnswered();
    Outcome useRound(const ScanRound &round, QString *error);
    Outcome useReceipts(const ScanRound &round, QString *error);
    Outcome useBlocks(const ScanRound &round, QString *error);
    // Records m_ready (payments, blocks, cursor) in one transaction. False when that failed.
    bool commitReady();
    // Commits the complete batches at the front and drops the rest of the scan.
    bool commitReadyAndDrop();
    // Moves the complete batches at the front of m_batches to m_ready.
    void takeCompleteBatches();

    static constexpr int kRoundsInFlight = 3;
    static constexpr qsizetype kMaxReceiptsPerRound = 199; // more wait: a round stays one batch of <= 250
    static constexpr qsizetype kBlocksPerCommit = 200;

    const ChainConfig &m_chain;
    JsonRpcClient &m_rpc;
    const Clock &m_clock;
    const TransferMatcher &m_matcher;
    Hooks m_hooks;
    static constexpr int kBlocksPerBatch = 50;
    int m_scanBatch =
        kBlocksPerBatch;  // halved while rounds fail (an answer too large for the node or for us), grows back
    ChainCursor m_cursor; // committed
    qint64 m_scanHead = -1;
    qint64 m_nextBlock = 0;
    QString m_lastScannedHash; // the last block read (committed or not), which the next must extend
    qint64 m_lastScannedNumber = -1;
    // Where the last read did not link up: the cursor it was read from and the block that broke; -1: none.
    qint64 m_unlinkedAtCursor = -1;
    qint64 m_unlinkedAtBlock = -1;
    QList<std::shared_ptr<ScanRound>> m_rounds; // in flight, in send order
    QList<ScannedBatch> m_batches;              // read and not committed, in block order
    QList<ScannedBatch> m_ready;                // complete, in block order, to be committed together
    quint64 m_generation = 0;                   // moves on at every drop: older answers are ignored
};
