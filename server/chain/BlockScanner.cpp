#include "BlockScanner.h"

#include "Clock.h"
#include "Erc20Transfer.h"
#include "EthQuantity.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWatcher)

BlockScanner::BlockScanner(const ChainConfig &chain, JsonRpcClient &rpc, const Clock &clock,
                           const TransferMatcher &matcher, Hooks hooks)
    : m_chain(chain)
    , m_rpc(rpc)
    , m_clock(clock)
    , m_matcher(matcher)
    , m_hooks(std::move(hooks))
{}

void BlockScanner::start(const ChainCursor &cursor, qint64 head)
{
    drop();
    m_cursor = cursor;
    m_scanHead = head;
    m_nextBlock = cursor.blockNumber + 1;
    m_lastScannedHash = cursor.blockHash;
    m_lastScannedNumber = cursor.blockNumber;
    if (m_nextBlock > head) {
        m_hooks.finished(head);
        return;
    }
    sendRounds();
}

void BlockScanner::drop()
{
    ++m_generation; // answers on their way are ignored
    m_rounds.clear();
    m_batches.clear();
    m_ready.clear();
}

bool BlockScanner::commitReadyAndDrop()
{
    takeCompleteBatches();
    const QList<ScannedBatch> ready = std::exchange(m_ready, {});
    drop();
    m_ready = ready;
    return m_ready.isEmpty() || commitReady();
}

void BlockScanner::takeCompleteBatches()
{
    while (!m_batches.isEmpty() && m_batches.first().isComplete())
        m_ready.append(m_batches.takeFirst());
}

void BlockScanner::sendRounds()
{
    while (m_rounds.size() < kRoundsInFlight) {
        auto round = std::make_shared<ScanRound>();
        QList<JsonRpcClient::Request> requests;
        for (ScannedBatch &batch : m_batches) {
            if (batch.receiptsAsked || batch.candidates.isEmpty())
                continue;
            if (!requests.isEmpty() && requests.size() + batch.candidates.size() > kMaxReceiptsPerRound)
                break;
            batch.receiptsAsked = true;
            round->receiptsFor.append(batch.blocks.first().number);
            for (const Payment &payment : std::as_const(batch.candidates))
                requests.append({u"eth_getTransactionReceipt"_s, {payment.txHash}});
        }
        round->receipts = requests.size();
        if (m_nextBlock <= m_scanHead) {
            round->from = m_nextBlock;
            round->to = std::min(m_scanHead, m_nextBlock + m_scanBatch - 1);
            m_nextBlock = round->to + 1;
            for (qint64 number = round->from; number <= round->to; ++number)
                requests.append({u"eth_getBlockByNumber"_s, {JsonRpcClient::quantity(number), true}});
            if (m_matcher.wantsLogs()) {
                round->logs = true;
                requests.append({u"eth_getLogs"_s,
                                 {QJsonObject{{u"fromBlock"_s, JsonRpcClient::quantity(round->from)},
                                              {u"toBlock"_s, JsonRpcClient::quantity(round->to)},
                                              {u"address"_s, m_matcher.tokenContracts()},
                                              {u"topics"_s, QJsonArray{erc20::transferTopic()}}}}});
            }
        }
        if (requests.isEmpty())
            return;
        m_rounds.append(round);
        m_rpc.batch(requests,
                    [this, round, generation = m_generation](const QList<Result<QJsonValue>> &results) {
                        if (generation != m_generation)
                            return; // the scan was dropped since: a stale answer
                        round->done = true;
                        round->results = results;
                        onRoundsAnswered();
                    });
    }
}

void BlockScanner::onRoundsAnswered()
{
    // Answers are used in the order the rounds were sent (they may arrive out of order on several
    // connections).
    while (!m_rounds.isEmpty() && m_rounds.first()->done) {
        const std::shared_ptr<ScanRound> round = m_rounds.takeFirst();
        QString error;
        switch (useRound(*round, &error)) {
        case Outcome::Used:
            continue;
        case Outcome::Handled:
            return; // handed to the watcher (behind, a reorganisation to check) or a commit that failed
        case Outcome::Failed:
            // A node may refuse (or we may cut off) an answer that is too large: ask for fewer blocks a round
            // until a step succeeds again.
            if (round->to - round->from + 1 > 1) {
                m_scanBatch = std::max<int>(1, static_cast<int>(round->to - round->from + 1) / 2);
                qCInfo(lcWatcher).noquote()
                    << m_chain.name << "reads" << m_scanBatch << "blocks a round for now";
            }
            m_hooks.fail(error);
            return;
        }
    }
    sendRounds(); // ask for more before writing, so the node works while we do
    // Every batch at the front whose receipts are in is ready. While catching up, ready batches are committed
    // a few hundred blocks at a time (a crash loses nothing: what was not committed is read again); at the
    // end of the scan at once, so a payment near the head changes its session without delay.
    takeCompleteBatches();
    const bool finished = m_rounds.isEmpty() && m_batches.isEmpty();
    const qint64 readyBlocks =
        m_ready.isEmpty() ? 0
                          : m_ready.last().blocks.last().number - m_ready.first().blocks.first().number + 1;
    if (readyBlocks > 0 && (finished || readyBlocks >= kBlocksPerCommit) && !commitReady())
        return;
    if (finished)
        m_hooks.finished(m_scanHead);
}

BlockScanner::Outcome BlockScanner::useRound(const ScanRound &round, QString *error)
{
    const Outcome receipts = useReceipts(round, error);
    if (receipts != Outcome::Used || round.from < 0)
        return receipts;
    return useBlocks(round, error);
}

BlockScanner::Outcome BlockScanner::useReceipts(const ScanRound &round, QString *error)
{
    // Only successful transactions pay, a reverted one moved no value.
    qsizetype next = 0;
    for (const qint64 first : round.receiptsFor) {
        auto batch = std::find_if(m_batches.begin(), m_batches.end(), [first](const ScannedBatch &b) {
            return b.blocks.first().number == first;
        });
        if (batch == m_batches.end()) {
            *error = u"internal: no batch at block %1 waits for receipts"_s.arg(first);
            return Outcome::Failed;
        }
        for (const Payment &candidate : std::as_const(batch->candidates)) {
            const Result<QJsonValue> &result = round.results[next++];
            if (!result) {
                *error = result.error();
                return Outcome::Failed;
            }
            if (result->isNull()) {
                // A mined transaction the node does not know: a backend behind the one that served its block.
                const QString why =
                    u"the node has no receipt for mined transaction %1"_s.arg(candidate.txHash);
                if (commitReadyAndDrop()) // ends the scan, this batch included
                    m_hooks.behind(m_scanHead, why);
                return Outcome::Handled;
            }
            const QJsonObject receipt = result->toObject();
            if (receipt.isEmpty()) {
                *error = u"the node has no receipt for mined transaction %1"_s.arg(candidate.txHash);
                return Outcome::Failed;
            }
            if (receipt.value(u"blockHash"_s).toString().toLower() != candidate.blockHash) {
                *error =
                    u"the receipt of %1 is from another block (reorg in progress)"_s.arg(candidate.txHash);
                return Outcome::Failed;
            }
            const QJsonValue status = receipt.value(u"status"_s);
            if (status.isUndefined() || parseQuantity(status) == 1)
                batch->payments.append(candidate);
        }
        batch->receiptsRead = true;
    }
    return Outcome::Used;
}

BlockScanner::Outcome BlockScanner::useBlocks(const ScanRound &round, QString *error)
{
    // The blocks must extend our chain; if not, the chain reorganised while we were reading it: drop what was
    // read and not committed, check the cursor's block and read again. The same break again from the same
    // cursor is no reorganisation in progress but a node whose blocks do not link up: an error (retried with
    // backoff), not a tight loop.
    ScannedBatch batch;
    const qsizetype count = round.to - round.from + 1;
    for (qsizetype i = 0; i < count; ++i) {
        const Result<QJsonValue> &result = round.results[round.receipts + i];
        if (!result) {
            *error = result.error();
            return Outcome::Failed;
        }
        if (result->isNull()) {
            // Below the head the node announced, yet unknown to it: another backend answered, or the node
            // lost blocks. Nothing read from here on is used; committed blocks stay as they are.
            if (commitReadyAndDrop())
                m_hooks.behind(
                    m_scanHead,
                    u"the node announced block %1 but has no block %2"_s.arg(m_scanHead).arg(round.from + i));
            return Outcome::Handled;
        }
        const auto block = parseBlock(*result, error);
        if (!block) {
            *error = u"block %1: %2"_s.arg(round.from + i).arg(*error);
            return Outcome::Failed;
        }
        if (block->number != round.from + i) {
            *error =
                u"asked for block %1, the node answered block %2"_s.arg(round.from + i).arg(block->number);
            return Outcome::Failed;
        }
        batch.blocks.append(*block);
    }
    QString expectedParent = m_lastScannedHash;
    qint64 expectedNumber = m_lastScannedNumber;
    for (const ScannedBlock &block : std::as_const(batch.blocks)) {
        if (!expectedParent.isEmpty() && block.parentHash != expectedParent) {
            // Commit what linked up and has its receipts; the rest is read again.
            if (!commitReadyAndDrop())
                return Outcome::Handled;
            if (m_unlinkedAtCursor == m_cursor.blockNumber && m_unlinkedAtBlock == block.number) {
                *error = u"the node's block %1 names parent %2, but the node's block %3 is %4: its blocks do "
                         "not link up (a reorganisation that does not settle, or a node serving inconsistent "
                         "blocks)"_s.arg(block.number)
                             .arg(block.parentHash)
                             .arg(expectedNumber)
                             .arg(expectedParent);
                return Outcome::Failed;
            }
            m_unlinkedAtCursor = m_cursor.blockNumber;
            m_unlinkedAtBlock = block.number;
            m_hooks.reorgSuspected(m_scanHead);
            return Outcome::Handled;
        }
        expectedParent = block.hash;
        expectedNumber = block.number;
    }

    // Native transfers to watched addresses (their receipts are asked for next) and token transfers.
    const qint64 now = m_clock.nowMs();
    for (const ScannedBlock &block : std::as_const(batch.blocks)) {
        if (!m_matcher.nativeTransfers(block, now, &batch.candidates, error))
            return Outcome::Failed;
    }
    if (round.logs) {
        const Result<QJsonValue> &logs = round.results[round.receipts + count];
        if (!logs) {
            *error = logs.error();
            return Outcome::Failed;
        }
        if (!m_matcher.tokenTransfers(batch.blocks, round.from, round.to, *logs, now, &batch.payments, error))
            return Outcome::Failed;
    }
    for (ScannedBlock &block : batch.blocks)
        block.transactions = {}; // read; only the hashes and times are kept until the commit
    m_lastScannedHash = batch.blocks.last().hash;
    m_lastScannedNumber = batch.blocks.last().number;
    m_batches.append(batch);
    return Outcome::Used;
}

bool BlockScanner::commitReady()
{
    const QList<ScannedBatch> batches = std::exchange(m_ready, {});
    ChainProgress progress;
    progress.chainId = m_chain.chainId;
    for (const ScannedBatch &batch : batches) {
        for (const Payment &payment : batch.payments)
            (payment.sessionId.isEmpty() ? progress.refundTransfers : progress.payments).append(payment);
        for (const ScannedBlock &block : batch.blocks)
            progress.blocks.append(ChainBlock{block.number, block.hash, block.timestampMs});
    }
    const ScannedBlock &last = batches.last().blocks.last();
    progress.cursor = ChainCursor{m_chain.chainId, last.number, last.hash};
    progress.headBlockNumber = m_scanHead;
    if (!m_hooks.commit(progress))
        return false;
    m_cursor = *progress.cursor;
    m_unlinkedAtCursor = -1;
    m_unlinkedAtBlock = -1;
    return true;
}
