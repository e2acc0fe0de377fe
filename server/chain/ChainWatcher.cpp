#include "ChainWatcher.h"

#include "CheckoutService.h"
#include "Erc20Transfer.h"
#include "PaymentCrossChecker.h"
#include "UrlRedaction.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWatcher, "cryptocheckout.watcher")

namespace {
QString hexQuantity(qint64 value)
{
    return JsonRpcClient::quantity(value);
}

JsonRpcClient::Request balanceRequest(const QString &address, const SessionAsset &asset, qint64 block)
{
    return JsonRpcClient::balanceRequest(address, asset.contract, block);
}

std::optional<UInt256> parseBalance(const QJsonValue &value, const SessionAsset &asset)
{
    return JsonRpcClient::parseBalance(value, asset.isToken());
}

bool isHash(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.size() == 66 && text.startsWith(u"0x"_s);
}
} // namespace

QString chainStateName(ChainState state)
{
    switch (state) {
    case ChainState::Starting:
        return u"starting"_s;
    case ChainState::Syncing:
        return u"syncing"_s;
    case ChainState::Ok:
        return u"ok"_s;
    case ChainState::Behind:
        return u"behind"_s;
    case ChainState::Error:
        return u"error"_s;
    case ChainState::Misconfigured:
        break;
    }
    return u"misconfigured"_s;
}

QJsonObject ChainStatus::toJson() const
{
    QJsonObject json{{u"chainId"_s, chainId},
                     {u"name"_s, name},
                     {u"state"_s, chainStateName(state)},
                     {u"head"_s, head},
                     {u"processedBlock"_s, cursor},
                     {u"lag"_s, head >= 0 && cursor >= 0 ? head - cursor : -1},
                     {u"newHeads"_s, newHeadsSubscription}};
    json.insert(u"lastError"_s, lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastError));
    if (!confirmNodes.isEmpty()) {
        json.insert(u"confirmNodes"_s, confirmNodes);
        json.insert(u"disputes"_s, QJsonArray::fromStringList(disputes));
    }
    return json;
}

ChainWatcher::ChainWatcher(ChainConfig chain, Storage &store, CheckoutService &checkout, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_chain(std::move(chain))
    , m_store(store)
    , m_checkout(checkout)
    , m_clock(clock)
    , m_rpc(new JsonRpcClient(m_chain.rpcUrl, this))
    , m_crossChecker(new PaymentCrossChecker(m_chain.confirmRpcUrls, m_chain.confirmations, this))
{
    m_status.chainId = m_chain.chainId;
    m_status.name = m_chain.name;
    for (const TokenConfig &token : m_chain.tokens) {
        m_tokens.insert(token.contract.toLower(), token);
        m_tokenContracts.append(token.contract.toLower());
    }
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChainWatcher::step);
    connect(m_rpc, &JsonRpcClient::newHead, this, &ChainWatcher::poll);
    // The client keeps the subscription (it subscribes again after a reconnection); the watcher shows it,
    // and catches up at once when it is back, since heads announced while it was away were missed.
    connect(m_rpc, &JsonRpcClient::newHeadsSubscribed, this, [this] {
        qCInfo(lcWatcher).noquote() << m_chain.name << "follows new heads by eth_subscribe";
        m_status.newHeadsSubscription = true;
        Q_EMIT statusChanged();
        poll();
    });
    connect(m_rpc, &JsonRpcClient::subscriptionLost, this, [this](const QString &reason) {
        if (m_status.newHeadsSubscription)
            qCInfo(lcWatcher).noquote() << m_chain.name << "lost its newHeads subscription:" << reason;
        else
            qCDebug(lcWatcher).noquote() << m_chain.name << "cannot subscribe to newHeads yet:" << reason;
        m_status.newHeadsSubscription = false;
        Q_EMIT statusChanged();
    });
    connect(&m_checkout, &CheckoutService::sessionChanged, this,
            [this](const CheckoutSession &session, const QStringList &events) {
                if (session.chainId == m_chain.chainId && events.contains(u"session.created"_s))
                    watch(session.id, session.address, session.asset.isToken());
            });
}

void ChainWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    loadWatchedAddresses();
    if (m_rpc->isWebSocket())
        m_rpc->subscribeNewHeads(); // shown in the status once the node confirms it
    step();
}

void ChainWatcher::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_rpc->unsubscribeNewHeads();
    m_status.newHeadsSubscription = false;
}

void ChainWatcher::poll()
{
    if (!m_running)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_pollTimer.stop();
    step();
}

void ChainWatcher::loadWatchedAddresses()
{
    m_watched.clear();
    m_watchedTokens.clear();
    for (const WatchedAddress &watched :
         m_store.sessions().watchedAddresses(m_chain.chainId, m_clock.nowMs() - kWatchWindowMs))
        watch(watched.sessionId, watched.address, watched.token);
}

void ChainWatcher::watch(const QString &sessionId, const QString &address, bool token)
{
    // Native transfers are looked for at every address: ETH sent to a token session is recorded (and
    // flags it) rather than lost.
    m_watched.insert(address.toLower(), sessionId);
    if (token)
        m_watchedTokens.insert(address.toLower(), sessionId);
}

void ChainWatcher::step()
{
    if (!m_running)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    if (!m_chainVerified)
        verifyChainId();
    else
        readHead();
}

bool ChainWatcher::commit(const ChainProgress &progress)
{
    try {
        m_checkout.recordChainProgress(progress);
        return true;
    } catch (const std::exception &error) {
        fail(u"cannot record chain progress: %1"_s.arg(QString::fromUtf8(error.what())));
        return false;
    }
}

void ChainWatcher::fail(const QString &error)
{
    if (m_status.lastError != error || m_status.state != ChainState::Error)
        qCWarning(lcWatcher).noquote() << m_chain.name << "(chain" << m_chain.chainId << "):" << error;
    m_status.state = ChainState::Error;
    m_status.lastError = error;
    m_status.lastErrorAtMs = m_clock.nowMs();
    m_chainVerified = false; // a node that comes back may be a different one
    dropScan();
    ++m_consecutiveErrors;
    m_busy = false;
    m_again = false;
    Q_EMIT statusChanged();
    if (m_running) {
        const qint64 backoff = std::min<qint64>(30'000, static_cast<qint64>(m_chain.pollIntervalMs)
                                                            << std::min(m_consecutiveErrors, 6));
        m_pollTimer.start(static_cast<int>(backoff));
    }
}

void ChainWatcher::behind(qint64 nodeHead, const QString &why)
{
    dropScan();
    const bool changed = m_status.state != ChainState::Behind || m_status.lastError != why;
    if (changed)
        qCWarning(lcWatcher).noquote()
            << m_chain.name << "(chain" << m_chain.chainId << "): the node is behind, waiting for it:" << why;
    m_status.state = ChainState::Behind;
    m_status.head = nodeHead;
    m_status.cursor = m_cursor ? m_cursor->blockNumber : -1;
    m_status.lastError = why;
    m_status.lastErrorAtMs = m_clock.nowMs();
    m_busy = false;
    m_again = false;
    if (changed)
        Q_EMIT statusChanged();
    if (m_running)
        m_pollTimer.start(m_chain.pollIntervalMs);
}

void ChainWatcher::verifyChainId()
{
    m_rpc->call(u"eth_chainId"_s, {}, [this](const Result<QJsonValue> &result) {
        if (!result)
            return fail(result.error());
        const auto id = parseQuantity(*result);
        if (!id)
            return fail(u"eth_chainId answered something that is not a quantity"_s);
        if (*id != m_chain.chainId) {
            m_status.state = ChainState::Misconfigured;
            m_status.lastError =
                u"The node at %1 is chain %2, but it is configured as [chain.%3]. No session on this chain "
                "changes until the RPC URL is fixed."_s.arg(redactedUrl(m_chain.rpcUrl))
                    .arg(*id)
                    .arg(m_chain.chainId);
            qCWarning(lcWatcher).noquote() << m_status.lastError;
            m_busy = false;
            Q_EMIT statusChanged();
            m_pollTimer.start(30'000);
            return;
        }
        m_chainVerified = true;
        readHead();
    });
}

void ChainWatcher::readHead()
{
    m_rpc->call(u"eth_blockNumber"_s, {}, [this](const Result<QJsonValue> &result) {
        if (!result)
            return fail(result.error());
        const auto head = parseQuantity(*result);
        if (!head)
            return fail(u"eth_blockNumber answered something that is not a quantity"_s);
        m_status.head = *head;
        if (!m_cursor)
            m_cursor = m_store.chain().cursor(m_chain.chainId);
        if (m_cursor) {
            if (*head < m_cursor->blockNumber)
                return checkLowerHead(*head);
            checkForReorg(*head);
            return;
        }
        // First start on this chain: begin at the current head (no session can have been paid before).
        m_rpc->call(u"eth_getBlockByNumber"_s, {hexQuantity(*head), false},
                    [this, head = *head](const Result<QJsonValue> &block) {
                        if (!block)
                            return fail(block.error());
                        QString error;
                        const auto parsed = parseBlock(*block, &error);
                        if (!parsed)
                            return fail(error);
                        ChainProgress progress;
                        progress.chainId = m_chain.chainId;
                        progress.blocks = {ChainBlock{parsed->number, parsed->hash, parsed->timestampMs}};
                        progress.cursor = ChainCursor{m_chain.chainId, parsed->number, parsed->hash};
                        progress.headBlockNumber = head;
                        if (!commit(progress))
                            return;
                        m_cursor = progress.cursor;
                        reconcile(head);
                    });
    });
}

std::optional<ChainWatcher::ScannedBlock> ChainWatcher::parseBlock(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = u"the node returned no block where one was expected"_s;
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ScannedBlock block;
    const auto number = parseQuantity(object.value(u"number"_s));
    const auto timestamp = parseQuantity(object.value(u"timestamp"_s));
    if (!number || !timestamp || !isHash(object.value(u"hash"_s)) || !isHash(object.value(u"parentHash"_s))) {
        *error =
            u"the node returned a block with a missing or malformed number, hash, parent hash or timestamp"_s;
        return std::nullopt;
    }
    block.number = *number;
    block.timestampMs = *timestamp * 1000;
    block.hash = object.value(u"hash"_s).toString().toLower();
    block.parentHash = object.value(u"parentHash"_s).toString().toLower();
    block.transactions = object.value(u"transactions"_s).toArray();
    return block;
}

void ChainWatcher::checkForReorg(qint64 head)
{
    if (m_cursor->blockNumber < 0 || m_cursor->blockHash.isEmpty()) {
        scan(head);
        return;
    }
    m_rpc->call(u"eth_getBlockByNumber"_s, {hexQuantity(m_cursor->blockNumber), false},
                [this, head](const Result<QJsonValue> &result) {
                    if (!result)
                        return fail(result.error());
                    if (result->isNull())
                        return behind(head, u"the node has no block %1, which was already processed"_s.arg(
                                                m_cursor->blockNumber));
                    const QString hash = result->toObject().value(u"hash"_s).toString().toLower();
                    if (hash == m_cursor->blockHash) {
                        scan(head);
                        return;
                    }
                    rollBack(head, m_store.chain().recentBlocks(m_chain.chainId, kRecentBlocksKept));
                });
}

void ChainWatcher::checkLowerHead(qint64 head)
{
    // A node below our cursor is a reorganisation only if its block at a height we hold has another hash;
    // otherwise it is behind (a lagging backend of the same chain has the same blocks, just fewer).
    const QString lower =
        u"the node is at block %1, below block %2 that was already processed"_s.arg(head).arg(
            m_cursor->blockNumber);
    QList<ChainBlock> recorded;
    try {
        recorded = m_store.chain().recentBlocks(m_chain.chainId, kRecentBlocksKept);
    } catch (const StorageError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    const auto held = std::find_if(recorded.cbegin(), recorded.cend(),
                                   [head](const ChainBlock &block) { return block.number == head; });
    if (held == recorded.cend())
        return behind(head, lower);
    m_rpc->call(u"eth_getBlockByNumber"_s, {hexQuantity(head), false},
                [this, head, lower, recorded, ours = held->hash](const Result<QJsonValue> &result) {
                    if (!result)
                        return fail(result.error());
                    const QString theirs = result->toObject().value(u"hash"_s).toString().toLower();
                    if (result->isNull() || theirs == ours)
                        return behind(head, lower);
                    rollBack(head, recorded);
                });
}

void ChainWatcher::rollBack(qint64 head, const QList<ChainBlock> &recorded)
{
    QList<JsonRpcClient::Request> requests;
    QList<ChainBlock> candidates;
    for (const ChainBlock &block : recorded) {
        if (block.number <= head) {
            requests.append({u"eth_getBlockByNumber"_s, {hexQuantity(block.number), false}});
            candidates.append(block);
        }
    }
    m_rpc->batch(requests, [this, head, candidates, recorded](const QList<Result<QJsonValue>> &results) {
        // Only a block the node has, with another hash than ours, is evidence of a reorganisation; a null
        // (a backend that lags behind the one that told us the head) is no evidence at all.
        std::optional<ChainBlock> ancestor;
        for (qsizetype i = 0; i < results.size() && !ancestor; ++i) {
            if (!results[i])
                return fail(results[i].error());
            if (results[i]->isNull())
                return behind(head, u"the node has no block %1, which was already processed"_s.arg(
                                        candidates[i].number));
            if (results[i]->toObject().value(u"hash"_s).toString().toLower() == candidates[i].hash)
                ancestor = candidates[i];
        }
        auto apply = [this, head](const ChainBlock &commonAncestor) {
            qCWarning(lcWatcher).noquote() << m_chain.name << ": reorganisation, rolling back from block"
                                           << m_cursor->blockNumber << "to" << commonAncestor.number;
            ChainProgress progress;
            progress.chainId = m_chain.chainId;
            progress.rollbackTo = commonAncestor.number;
            progress.cursor = ChainCursor{m_chain.chainId, commonAncestor.number, commonAncestor.hash};
            progress.headBlockNumber = head;
            if (!commit(progress))
                return;
            m_cursor = progress.cursor;
            scan(head);
        };
        if (ancestor)
            return apply(*ancestor);
        // No common block in our memory (the node was replaced, or the reorg is deeper than we keep):
        // start again below everything we remember, so nothing on the node's chain is missed.
        const qint64 below = recorded.isEmpty() ? m_cursor->blockNumber - 1 : recorded.last().number - 1;
        const qint64 restart = std::max<qint64>(-1, std::min(below, head));
        if (restart < 0)
            return apply(ChainBlock{-1, QString(), 0});
        m_rpc->call(u"eth_getBlockByNumber"_s, {hexQuantity(restart), false},
                    [this, apply](const Result<QJsonValue> &block) {
                        if (!block)
                            return fail(block.error());
                        QString error;
                        const auto parsed = parseBlock(*block, &error);
                        if (!parsed)
                            return fail(error);
                        apply(ChainBlock{parsed->number, parsed->hash, parsed->timestampMs});
                    });
    });
}

void ChainWatcher::scan(qint64 head)
{
    // From the cursor to the head in a pipeline of round trips, kRoundsInFlight at a time: each asks for the
    // next batch of full blocks (with its token Transfer logs) and for the receipts of the transfers found in
    // batches read before. While they are on their way, answers already in are checked and committed, so the
    // node always has work and a batch costs about one round trip. Batches are committed in block order,
    // each once the receipts of its transfers are in.
    dropScan();
    m_scanHead = head;
    m_nextBlock = m_cursor->blockNumber + 1;
    m_lastScannedHash = m_cursor->blockHash;
    m_lastScannedNumber = m_cursor->blockNumber;
    if (m_nextBlock > head) {
        reconcile(head);
        return;
    }
    if (head - m_cursor->blockNumber > m_blocksPerBatch)
        m_status.state = ChainState::Syncing;
    sendRounds();
}

void ChainWatcher::dropScan()
{
    ++m_generation; // answers on their way are dropped
    m_rounds.clear();
    m_batches.clear();
    m_ready.clear();
}

bool ChainWatcher::commitReadyAndDropScan()
{
    takeCompleteBatches();
    const QList<ScannedBatch> ready = std::exchange(m_ready, {});
    dropScan();
    m_ready = ready;
    return m_ready.isEmpty() || commitReady();
}

void ChainWatcher::takeCompleteBatches()
{
    while (!m_batches.isEmpty() && m_batches.first().isComplete())
        m_ready.append(m_batches.takeFirst());
}

void ChainWatcher::sendRounds()
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
                requests.append({u"eth_getBlockByNumber"_s, {hexQuantity(number), true}});
            if (!m_tokenContracts.isEmpty() && !m_watchedTokens.isEmpty()) {
                round->logs = true;
                requests.append({u"eth_getLogs"_s,
                                 {QJsonObject{{u"fromBlock"_s, hexQuantity(round->from)},
                                              {u"toBlock"_s, hexQuantity(round->to)},
                                              {u"address"_s, m_tokenContracts},
                                              {u"topics"_s, QJsonArray{erc20::transferTopic()}}}}});
            }
        }
        if (requests.isEmpty())
            return;
        m_rounds.append(round);
        m_rpc->batch(requests,
                     [this, round, generation = m_generation](const QList<Result<QJsonValue>> &results) {
                         if (generation != m_generation)
                             return; // the watcher failed or started over since: a stale answer
                         round->done = true;
                         round->results = results;
                         onRoundsAnswered();
                     });
    }
}

void ChainWatcher::onRoundsAnswered()
{
    // Answers are used in the order the rounds were sent (they may arrive out of order on several
    // connections).
    while (!m_rounds.isEmpty() && m_rounds.first()->done) {
        const std::shared_ptr<ScanRound> round = m_rounds.takeFirst();
        QString error;
        if (!useRound(*round, &error)) {
            if (error.isEmpty())
                return; // the chain reorganised under us: handled
            // A node may refuse (or we may cut off) an answer that is too large: ask for fewer blocks a round
            // until a step succeeds again.
            if (round->to - round->from + 1 > 1) {
                m_scanBatch = std::max<int>(1, static_cast<int>(round->to - round->from + 1) / 2);
                qCInfo(lcWatcher).noquote()
                    << m_chain.name << "reads" << m_scanBatch << "blocks a round for now";
            }
            return fail(error);
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
        reconcile(m_scanHead);
}

bool ChainWatcher::useRound(const ScanRound &round, QString *error)
{
    // 1. Receipts: only successful transactions pay, a reverted one moved no value.
    qsizetype next = 0;
    for (const qint64 first : round.receiptsFor) {
        auto batch = std::find_if(m_batches.begin(), m_batches.end(), [first](const ScannedBatch &b) {
            return b.blocks.first().number == first;
        });
        if (batch == m_batches.end()) {
            *error = u"internal: no batch at block %1 waits for receipts"_s.arg(first);
            return false;
        }
        for (const Payment &candidate : std::as_const(batch->candidates)) {
            const Result<QJsonValue> &result = round.results[next++];
            if (!result) {
                *error = result.error();
                return false;
            }
            if (result->isNull()) {
                // A mined transaction the node does not know: a backend behind the one that served its block.
                const QString why =
                    u"the node has no receipt for mined transaction %1"_s.arg(candidate.txHash);
                if (!commitReadyAndDropScan()) // ends the scan, this batch included
                    return false;
                behind(m_scanHead, why);
                error->clear();
                return false;
            }
            const QJsonObject receipt = result->toObject();
            if (receipt.isEmpty()) {
                *error = u"the node has no receipt for mined transaction %1"_s.arg(candidate.txHash);
                return false;
            }
            if (receipt.value(u"blockHash"_s).toString().toLower() != candidate.blockHash) {
                *error =
                    u"the receipt of %1 is from another block (reorg in progress)"_s.arg(candidate.txHash);
                return false;
            }
            const QJsonValue status = receipt.value(u"status"_s);
            if (status.isUndefined() || parseQuantity(status) == 1)
                batch->payments.append(candidate);
        }
        batch->receiptsRead = true;
    }
    if (round.from < 0)
        return true;

    // 2. The blocks must extend our chain; if not, the chain reorganised while we were reading it: drop what
    // was read and not committed, check the cursor's block and read again. The same break again from the
    // same cursor is no reorganisation in progress but a node whose blocks do not link up: an error (retried
    // with backoff), not a tight loop.
    ScannedBatch batch;
    const qsizetype count = round.to - round.from + 1;
    for (qsizetype i = 0; i < count; ++i) {
        const Result<QJsonValue> &result = round.results[round.receipts + i];
        if (!result) {
            *error = result.error();
            return false;
        }
        if (result->isNull()) {
            // Below the head the node announced, yet unknown to it: another backend answered, or the node
            // lost blocks. Nothing read from here on is used; committed blocks stay as they are.
            if (!commitReadyAndDropScan())
                return false;
            behind(m_scanHead,
                   u"the node announced block %1 but has no block %2"_s.arg(m_scanHead).arg(round.from + i));
            error->clear();
            return false;
        }
        const auto block = parseBlock(*result, error);
        if (!block) {
            *error = u"block %1: %2"_s.arg(round.from + i).arg(*error);
            return false;
        }
        if (block->number != round.from + i) {
            *error =
                u"asked for block %1, the node answered block %2"_s.arg(round.from + i).arg(block->number);
            return false;
        }
        batch.blocks.append(*block);
    }
    QString expectedParent = m_lastScannedHash;
    qint64 expectedNumber = m_lastScannedNumber;
    for (const ScannedBlock &block : std::as_const(batch.blocks)) {
        if (!expectedParent.isEmpty() && block.parentHash != expectedParent) {
            // Commit what linked up and has its receipts; the rest is read again.
            if (!commitReadyAndDropScan())
                return false;
            if (m_unlinkedAtCursor == m_cursor->blockNumber && m_unlinkedAtBlock == block.number) {
                *error = u"the node's block %1 names parent %2, but the node's block %3 is %4: its blocks do "
                         "not link up (a reorganisation that does not settle, or a node serving inconsistent "
                         "blocks)"_s.arg(block.number)
                             .arg(block.parentHash)
                             .arg(expectedNumber)
                             .arg(expectedParent);
                return false;
            }
            m_unlinkedAtCursor = m_cursor->blockNumber;
            m_unlinkedAtBlock = block.number;
            checkForReorg(m_scanHead);
            return false; // error empty: handled
        }
        expectedParent = block.hash;
        expectedNumber = block.number;
    }

    // 3. Native transfers to watched addresses (their receipts are asked for next) and token transfers.
    for (const ScannedBlock &block : std::as_const(batch.blocks)) {
        for (const QJsonValue &value : block.transactions) {
            const QJsonObject tx = value.toObject();
            const auto session = m_watched.constFind(tx.value(u"to"_s).toString().toLower());
            if (session == m_watched.cend())
                continue;
            const auto amount = JsonRpcClient::parseAmount(tx.value(u"value"_s));
            if (!amount || !isHash(tx.value(u"hash"_s))) {
                *error =
                    u"block %1 has a transaction to a watched address with a malformed value or hash"_s.arg(
                        block.number);
                return false;
            }
            if (amount->isZero())
                continue;
            Payment payment;
            payment.sessionId = *session;
            payment.chainId = m_chain.chainId;
            payment.txHash = tx.value(u"hash"_s).toString().toLower();
            payment.blockNumber = block.number;
            payment.blockHash = block.hash;
            payment.blockTimestampMs = block.timestampMs;
            payment.amount = *amount;
            payment.fromAddress = tx.value(u"from"_s).toString();
            payment.seenAtMs = m_clock.nowMs();
            payment.assetSymbol = m_chain.symbol;
            payment.assetDecimals = kWeiDecimals;
            batch.candidates.append(payment);
        }
    }
    if (round.logs &&
        !addTokenTransfers(batch, round.from, round.to, round.results[round.receipts + count], error))
        return false;
    for (ScannedBlock &block : batch.blocks)
        block.transactions = {}; // read; only the hashes and times are kept until the commit
    m_lastScannedHash = batch.blocks.last().hash;
    m_lastScannedNumber = batch.blocks.last().number;
    m_batches.append(batch);
    return true;
}

bool ChainWatcher::addTokenTransfers(ScannedBatch &batch, qint64 from, qint64 to,
                                     const Result<QJsonValue> &logs, QString *error)
{
    if (!logs) {
        *error = logs.error();
        return false;
    }
    if (!logs->isArray()) {
        *error = u"eth_getLogs answered something that is not a list of logs"_s;
        return false;
    }
    for (const QJsonValue &value : logs->toArray()) {
        const auto transfer = erc20::parseTransferLog(value);
        if (!transfer) {
            // Not a transfer we can account for (a malformed answer, or a non-ERC-20 event with the same
            // signature); said loudly, and the remaining logs still count.
            qCWarning(lcWatcher).noquote()
                << m_chain.name << "(chain" << m_chain.chainId << "): ignoring a log:" << transfer.error();
            continue;
        }
        if (transfer->removed)
            continue;
        const auto session = m_watchedTokens.constFind(transfer->to);
        if (session == m_watchedTokens.cend() || transfer->amount.isZero())
            continue;
        const auto token = m_tokens.constFind(transfer->contract);
        if (token == m_tokens.cend())
            continue; // the node ignored our address filter
        if (transfer->blockNumber < from || transfer->blockNumber > to) {
            *error = u"eth_getLogs for blocks %1 to %2 answered a log of block %3"_s.arg(from).arg(to).arg(
                transfer->blockNumber);
            return false;
        }
        const ScannedBlock &block = batch.blocks[transfer->blockNumber - from];
        if (transfer->blockHash != block.hash) {
            *error = u"the Transfer log in %1 is from another block %2 (reorg in progress)"_s.arg(
                transfer->txHash, transfer->blockHash);
            return false;
        }
        Payment payment;
        payment.sessionId = *session;
        payment.chainId = m_chain.chainId;
        payment.txHash = transfer->txHash;
        payment.logIndex = transfer->logIndex;
        payment.blockNumber = block.number;
        payment.blockHash = block.hash;
        payment.blockTimestampMs = block.timestampMs;
        payment.amount = transfer->amount;
        payment.fromAddress = transfer->from;
        payment.seenAtMs = m_clock.nowMs();
        payment.tokenContract = transfer->contract;
        payment.assetSymbol = token->symbol;
        payment.assetDecimals = token->decimals;
        batch.payments.append(payment);
    }
    return true;
}

bool ChainWatcher::commitReady()
{
    const QList<ScannedBatch> batches = std::exchange(m_ready, {});
    ChainProgress progress;
    progress.chainId = m_chain.chainId;
    for (const ScannedBatch &batch : batches) {
        progress.payments.append(batch.payments);
        for (const ScannedBlock &block : batch.blocks)
            progress.blocks.append(ChainBlock{block.number, block.hash, block.timestampMs});
    }
    const ScannedBlock &last = batches.last().blocks.last();
    progress.cursor = ChainCursor{m_chain.chainId, last.number, last.hash};
    progress.headBlockNumber = m_scanHead;
    if (!commit(progress))
        return false;
    m_cursor = progress.cursor;
    m_status.cursor = m_cursor->blockNumber;
    m_unlinkedAtCursor = -1;
    m_unlinkedAtBlock = -1;
    return true;
}

void ChainWatcher::reconcile(qint64 head)
{
    const qint64 now = m_clock.nowMs();
    if (now - m_lastReconcileAtMs < m_reconcileIntervalMs || m_cursor->blockNumber < 0) {
        finishStep(head);
        return;
    }
    m_lastReconcileAtMs = now;
    const bool full = now - m_lastFullReconcileAtMs >= m_reconcileIntervalMs * kExpiredReconcileEvery;
    if (full)
        m_lastFullReconcileAtMs = now;
    const QList<CheckoutSession> sessions =
        m_store.sessions().toReconcile(m_chain.chainId, now - kWatchWindowMs, full);
    if (sessions.isEmpty()) {
        finishStep(head);
        return;
    }
    // Balances at the block we have scanned to, so every transaction up to it is already counted.
    const ChainCursor at = *m_cursor;
    QList<JsonRpcClient::Request> requests;
    for (const CheckoutSession &session : sessions)
        requests.append(balanceRequest(session.address, session.asset, at.blockNumber));
    // Where a rise may have begun: after the last look at that balance. Expired sessions were last looked
    // at by the last full reconciliation (an earlier floor is always safe, it only widens the search).
    const qint64 floor = std::max<qint64>({0, m_lastReconciledBlock, at.blockNumber - kMaxTracedBlocks});
    const qint64 expiredFloor =
        std::max<qint64>({0, m_lastFullReconciledBlock, at.blockNumber - kMaxTracedBlocks});
    m_rpc->batch(requests, [this, head, sessions, at, floor, expiredFloor,
                            full](const QList<Result<QJsonValue>> &results) {
        QList<BalanceTrace> traces;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results[i])
                return fail(results[i].error());
            const auto balance = parseBalance(*results[i], sessions[i].asset);
            if (!balance)
                return fail(u"the balance of %1 at block %2 is not a quantity"_s.arg(sessions[i].address)
                                .arg(at.blockNumber));
            // More on the address than the transfers we saw: one made by a contract, or one made before we
            // followed this chain (or while the node was unreachable).
            if (*balance > sessions[i].amountReceived) {
                BalanceTrace trace;
                trace.sessionId = sessions[i].id;
                trace.address = sessions[i].address;
                trace.asset = sessions[i].asset;
                try {
                    for (const Payment &payment : m_store.sessions().payments(sessions[i].id))
                        if (sessions[i].asset.matches(payment.tokenContract))
                            trace.recorded.append({payment.blockNumber, payment.amount});
                } catch (const StorageError &error) {
                    return fail(QString::fromUtf8(error.what()));
                }
                trace.unseenTotal = balance->saturatingSub(trace.recordedUpTo(at.blockNumber));
                if (trace.unseenTotal.isZero())
                    continue;
                trace.low = std::min(sessions[i].status == SessionStatus::Expired ? expiredFloor : floor,
                                     at.blockNumber - 1);
                trace.high = at.blockNumber;
                trace.highUnseen = trace.unseenTotal;
                traces.append(trace);
            }
        }
        m_lastReconciledBlock = at.blockNumber;
        if (full)
            m_lastFullReconciledBlock = at.blockNumber;
        if (traces.isEmpty())
            return finishStep(head);
        traceBalances(head, at, traces, {}, 0);
    });
}

UInt256 ChainWatcher::BalanceTrace::recordedUpTo(qint64 block) const
{
    UInt256 sum;
    for (const auto &[number, amount] : recorded)
        if (number <= block)
            sum = sum.saturatingAdd(amount);
    return sum;
}

void ChainWatcher::traceBalances(qint64 head, const ChainCursor &at, QList<BalanceTrace> traces,
                                 QList<BalanceRise> rises, int round)
{
    // Traces whose window is one block wide have found a rise: record it and look for the next one above.
    for (qsizetype i = 0; i < traces.size();) {
        BalanceTrace &trace = traces[i];
        if (trace.high - trace.low > 1 && round < kMaxTraceRounds) {
            ++i;
            continue;
        }
        rises.append(BalanceRise{trace.sessionId, trace.high, trace.highUnseen.saturatingSub(trace.traced),
                                 trace.asset});
        trace.traced = trace.highUnseen;
        if (trace.traced < trace.unseenTotal && trace.high < at.blockNumber && round < kMaxTraceRounds) {
            trace.low = trace.high;
            trace.high = at.blockNumber;
            trace.highUnseen = trace.unseenTotal;
            continue; // bisect the rest of the window
        }
        traces.removeAt(i);
    }
    if (traces.isEmpty())
        return recordBalanceRises(head, at, rises);

    QList<JsonRpcClient::Request> requests;
    for (const BalanceTrace &trace : traces)
        requests.append(balanceRequest(trace.address, trace.asset, trace.low + (trace.high - trace.low) / 2));
    m_rpc->batch(
        requests, [this, head, at, traces, rises, round](const QList<Result<QJsonValue>> &results) mutable {
            for (qsizetype i = 0; i < results.size(); ++i) {
                BalanceTrace &trace = traces[i];
                const std::optional<UInt256> balance =
                    results[i] ? parseBalance(*results[i], trace.asset) : std::nullopt;
                if (!balance) {
                    // No history of balances on this node (or a bad answer): the rise stays at the reconciled
                    // block, as without tracing.
                    qCInfo(lcWatcher).noquote()
                        << m_chain.name << "cannot read the balance of" << trace.address
                        << "at an earlier block (" << (results[i] ? u"not a quantity"_s : results[i].error())
                        << "); its contract transfer is stamped with block" << at.blockNumber;
                    trace.low = at.blockNumber - 1;
                    trace.high = at.blockNumber;
                    trace.highUnseen = trace.unseenTotal;
                    continue;
                }
                const qint64 middle = trace.low + (trace.high - trace.low) / 2;
                const UInt256 unseen = balance->saturatingSub(trace.recordedUpTo(middle));
                if (unseen > trace.traced) {
                    trace.high = middle;
                    trace.highUnseen = std::min(unseen, trace.unseenTotal);
                } else {
                    trace.low = middle;
                }
            }
            traceBalances(head, at, traces, rises, round + 1);
        });
}

void ChainWatcher::recordBalanceRises(qint64 head, const ChainCursor &at, const QList<BalanceRise> &rises)
{
    // The blocks the rises happened in: their hashes (for reorgs) and timestamps (for lateness).
    QList<qint64> numbers;
    for (const BalanceRise &rise : rises)
        if (!numbers.contains(rise.blockNumber))
            numbers.append(rise.blockNumber);
    QList<JsonRpcClient::Request> requests;
    for (const qint64 number : numbers)
        requests.append({u"eth_getBlockByNumber"_s, {hexQuantity(number), false}});
    m_rpc->batch(requests, [this, head, at, rises, numbers](const QList<Result<QJsonValue>> &results) {
        QHash<qint64, ChainBlock> blocks;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results[i])
                return fail(results[i].error());
            QString error;
            const auto parsed = parseBlock(*results[i], &error);
            if (!parsed)
                return fail(error);
            if (parsed->number != numbers[i])
                return fail(
                    u"eth_getBlockByNumber(%1) answered block %2"_s.arg(numbers[i]).arg(parsed->number));
            if (parsed->number == at.blockNumber && parsed->hash != at.blockHash)
                return fail(
                    u"block %1 changed while reconciling balances (reorg in progress)"_s.arg(at.blockNumber));
            blocks.insert(parsed->number, ChainBlock{parsed->number, parsed->hash, parsed->timestampMs});
        }
        ChainProgress progress;
        progress.chainId = m_chain.chainId;
        progress.headBlockNumber = head;
        for (const BalanceRise &rise : rises) {
            if (rise.amount.isZero())
                continue;
            const ChainBlock &block = blocks[rise.blockNumber];
            Payment payment;
            payment.sessionId = rise.sessionId;
            payment.chainId = m_chain.chainId;
            payment.blockNumber = block.number;
            payment.blockHash = block.hash;
            payment.blockTimestampMs = block.timestampMs;
            payment.amount = rise.amount;
            payment.seenAtMs = m_clock.nowMs();
            payment.tokenContract = rise.asset.contract.toLower(); // as Transfer logs give it
            payment.assetSymbol = rise.asset.isToken() ? rise.asset.symbol : m_chain.symbol;
            payment.assetDecimals = rise.asset.decimals;
            progress.payments.append(payment);
        }
        if (!progress.payments.isEmpty() && !commit(progress))
            return;
        finishStep(head);
    });
}

void ChainWatcher::finishStep(qint64 head)
{
    if (!m_crossChecker->enabled())
        return completeStep(head);
    QList<PaymentToCrossCheck> due;
    try {
        due = m_store.sessions().paymentsToCrossCheck(m_chain.chainId, head - m_chain.confirmations + 1);
    } catch (const StorageError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    if (due.isEmpty())
        return completeStep(head);
    m_crossChecker->check(due, [this, head, due](const QList<PaymentCrossChecker::Verdict> &verdicts) {
        ChainProgress progress;
        progress.chainId = m_chain.chainId;
        progress.headBlockNumber = head;
        for (qsizetype i = 0; i < verdicts.size(); ++i) {
            const PaymentCrossChecker::Verdict &verdict = verdicts[i];
            if (!verdict.agreed && verdict.disagreement.isEmpty())
                continue; // no answer from a node yet: asked again at the next step
            if (!verdict.disagreement.isEmpty())
                qCWarning(lcWatcher).noquote()
                    << m_chain.name << "payment to session" << due[i].payment.sessionId
                    << "is disputed:" << verdict.disagreement;
            progress.crossChecks.append({verdict.paymentId, due[i].payment.sessionId, verdict.disagreement});
        }
        if (!progress.crossChecks.isEmpty() && !commit(progress))
            return;
        completeStep(head);
    });
}

void ChainWatcher::completeStep(qint64 head)
{
    // Confirmations move with the head: re-evaluate every session that waits on them.
    ChainProgress progress;
    progress.chainId = m_chain.chainId;
    progress.headBlockNumber = head;
    try {
        for (const CheckoutSession &session : m_store.sessions().awaitingChain(m_chain.chainId))
            progress.reevaluate << session.id;
    } catch (const StorageError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    if (!progress.reevaluate.isEmpty() && !commit(progress))
        return;
    const bool changed = m_status.state != ChainState::Ok || m_status.cursor != m_cursor->blockNumber ||
                         !m_status.lastError.isEmpty();
    if (m_status.state == ChainState::Error)
        qCInfo(lcWatcher).noquote() << m_chain.name << "is reachable again at block" << head;
    m_status.state = ChainState::Ok;
    m_status.head = head;
    m_status.cursor = m_cursor->blockNumber;
    m_status.lastError.clear();
    if (m_crossChecker->enabled()) {
        m_status.confirmNodes = m_crossChecker->status();
        QStringList disputes;
        try {
            for (const Payment &payment : m_store.sessions().disputedPayments(m_chain.chainId))
                disputes << u"session %1, block %2: %3"_s.arg(payment.sessionId)
                                .arg(payment.blockNumber)
                                .arg(payment.crossCheckError);
        } catch (const StorageError &error) {
            return fail(QString::fromUtf8(error.what()));
        }
        m_status.disputes = disputes;
    }
    m_scanBatch = std::min(m_blocksPerBatch, m_scanBatch * 2);
    m_consecutiveErrors = 0;
    m_busy = false;
    if (changed)
        Q_EMIT statusChanged();
    Q_EMIT caughtUp(head);
    if (!m_running)
        return;
    if (std::exchange(m_again, false))
        QTimer::singleShot(0, this, &ChainWatcher::step);
    else
        m_pollTimer.start(m_chain.pollIntervalMs);
}
