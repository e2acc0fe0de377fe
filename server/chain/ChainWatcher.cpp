#include "ChainWatcher.h"

#include "CheckoutService.h"
#include "Erc20Transfer.h"
#include "EthQuantity.h"
#include "PaymentCrossChecker.h"
#include "UrlRedaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWatcher, "cryptocheckout.watcher") // shared by the watcher's parts

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
    case ChainState::Standby:
        return u"standby"_s;
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
    , m_matcher(m_chain)
{
    m_scanner =
        std::make_unique<BlockScanner>(m_chain, *m_rpc, m_clock, m_matcher,
                                       BlockScanner::Hooks{
                                           [this](const ChainProgress &progress) {
                                               if (!commit(progress))
                                                   return false;
                                               m_cursor = progress.cursor;
                                               m_status.cursor = m_cursor->blockNumber;
                                               return true;
                                           },
                                           [this](const QString &error) { fail(error); },
                                           [this](qint64 head, const QString &why) { behind(head, why); },
                                           [this](qint64 head) { m_reorgs->checkCursor(*m_cursor, head); },
                                           [this](qint64 head) { reconcile(head); },
                                       });
    m_reorgs = std::make_unique<ReorgDetector>(
        m_chain, m_store, *m_rpc,
        ReorgDetector::Hooks{
            [this](const QString &error) { fail(error); },
            [this](qint64 head, const QString &why) { behind(head, why); },
            [this](qint64 head) { scan(head); },
            [this](const ChainBlock &ancestor, qint64 head) { rollBack(ancestor, head); },
        });
    m_reconciler = std::make_unique<BalanceReconciler>(m_chain, m_store, *m_rpc, m_clock);
    m_status.chainId = m_chain.chainId;
    m_status.name = m_chain.name;
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
                if (session.chainId != m_chain.chainId)
                    return;
                if (events.contains(u"session.created"_s))
                    m_matcher.watch(session.id, session.address, session.asset.isToken());
                // A refund's address is watched while the refund is pending.
                for (const QString &event : events) {
                    if (event.startsWith(u"refund."_s)) {
                        refreshWatchedAddresses();
                        break;
                    }
                }
            });
}

ChainWatcher::~ChainWatcher() = default;

void ChainWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    // What another instance did meanwhile is in the database, not here.
    m_cursor.reset();
    m_chainVerified = false;
    m_scanner->drop();
    m_busy = false;
    m_again = false;
    if (m_status.state == ChainState::Standby) {
        m_status.state = ChainState::Starting;
        Q_EMIT statusChanged();
    }
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

void ChainWatcher::standby()
{
    stop();
    m_scanner->drop();
    m_status.state = ChainState::Standby;
    m_status.lastError.clear();
    Q_EMIT statusChanged();
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

void ChainWatcher::refreshWatchedAddresses()
{
    if (!m_running)
        return; // start() reads them
    try {
        loadWatchedAddresses();
    } catch (const StorageError &error) {
        fail(u"cannot read the sessions to watch: %1"_s.arg(QString::fromUtf8(error.what())));
    }
}

void ChainWatcher::loadWatchedAddresses()
{
    m_matcher.clear();
    for (const WatchedAddress &watched : m_store.sessions().watchedAddresses(
             m_chain.chainId, m_clock.nowMs() - BalanceReconciler::kWatchWindowMs))
        m_matcher.watch(watched.sessionId, watched.address, watched.token);
    for (const Refund &refund : m_store.refunds().pending(m_chain.chainId))
        m_matcher.watchRefund(refund.address, !refund.tokenContract.isEmpty());
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
    // An answer that arrives after the watcher stopped (another instance leads now) is not written.
    if (!m_running)
        return false;
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
    m_scanner->drop();
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
    m_scanner->drop();
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
        if (!m_cursor)
            return startAtHead(*head);
        if (*head < m_cursor->blockNumber)
            return m_reorgs->checkLowerHead(*m_cursor, *head);
        m_reorgs->checkCursor(*m_cursor, *head);
    });
}

void ChainWatcher::startAtHead(qint64 head)
{
    m_rpc->call(u"eth_getBlockByNumber"_s, {JsonRpcClient::quantity(head), false},
                [this, head](const Result<QJsonValue> &block) {
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
}

void ChainWatcher::scan(qint64 head)
{
    if (head - m_cursor->blockNumber > m_scanner->blocksPerBatch())
        m_status.state = ChainState::Syncing;
    m_scanner->start(*m_cursor, head);
}

void ChainWatcher::rollBack(const ChainBlock &ancestor, qint64 head)
{
    qCWarning(lcWatcher).noquote() << m_chain.name << ": reorganisation, rolling back from block"
                                   << m_cursor->blockNumber << "to" << ancestor.number;
    ChainProgress progress;
    progress.chainId = m_chain.chainId;
    progress.rollbackTo = ancestor.number;
    progress.cursor = ChainCursor{m_chain.chainId, ancestor.number, ancestor.hash};
    progress.headBlockNumber = head;
    if (!commit(progress))
        return;
    m_cursor = progress.cursor;
    scan(head);
}

void ChainWatcher::reconcile(qint64 head)
{
    m_reconciler->run(*m_cursor, [this, head](const Result<QList<Payment>> &found) {
        if (!found)
            return fail(found.error());
        if (!found->isEmpty()) {
            ChainProgress progress;
            progress.chainId = m_chain.chainId;
            progress.headBlockNumber = head;
            progress.payments = *found;
            if (!commit(progress))
                return;
        }
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
    m_scanner->stepSucceeded();
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

void ChainWatcher::readRefundTransfer(const QString &txHash, const Refund &refund,
                                      const std::function<void(const Result<RefundTransfer> &)> &done)
{
    static const QRegularExpression hash(u"^0x[0-9a-fA-F]{64}$"_s);
    if (!hash.match(txHash).hasMatch())
        return done(Result<RefundTransfer>::failure(u"txHash must be 0x and 64 hex digits."_s, u"txHash"_s));
    const QList<JsonRpcClient::Request> requests{
        {u"eth_getTransactionByHash"_s, {txHash}},
        {u"eth_getTransactionReceipt"_s, {txHash}},
        {u"eth_blockNumber"_s, {}},
    };
    m_rpc->batch(requests, [this, txHash, refund, done](const QList<Result<QJsonValue>> &answers) {
        for (const auto &answer : answers) {
            if (!answer)
                return done(Result<RefundTransfer>::failure(
                    u"The node of %1 cannot be asked now: %2"_s.arg(m_chain.name, answer.error())));
        }
        const QJsonObject tx = answers[0]->toObject();
        const QJsonObject receipt = answers[1]->toObject();
        const auto head = parseQuantity(*answers[2]);
        if (answers[0]->isNull() || answers[1]->isNull())
            return done(Result<RefundTransfer>::failure(
                u"%1 has no mined transaction %2."_s.arg(m_chain.name, txHash), u"txHash"_s));
        const auto block = parseQuantity(receipt.value(u"blockNumber"_s));
        const QString blockHash = receipt.value(u"blockHash"_s).toString().toLower();
        if (!head || !block || !isBlockHash(receipt.value(u"blockHash"_s)) ||
            receipt.value(u"transactionHash"_s).toString().compare(txHash, Qt::CaseInsensitive) != 0)
            return done(Result<RefundTransfer>::failure(
                u"The node answered a malformed receipt for %1."_s.arg(txHash), u"txHash"_s));
        if (receipt.value(u"status"_s).toString() != u"0x1")
            return done(Result<RefundTransfer>::failure(
                u"Transaction %1 failed on chain: it sent nothing."_s.arg(txHash), u"txHash"_s));
        RefundTransfer found;
        found.head = *head;
        Payment &transfer = found.transfer;
        transfer.chainId = m_chain.chainId;
        transfer.txHash = txHash.toLower();
        transfer.blockNumber = *block;
        transfer.blockHash = blockHash;
        if (refund.tokenContract.isEmpty()) {
            const auto value = JsonRpcClient::parseAmount(tx.value(u"value"_s));
            if (!value)
                return done(Result<RefundTransfer>::failure(
                    u"The node answered a malformed transaction %1."_s.arg(txHash), u"txHash"_s));
            transfer.amount = *value;
            transfer.toAddress = tx.value(u"to"_s).toString();
            transfer.fromAddress = tx.value(u"from"_s).toString();
            return done(Result<RefundTransfer>::success(found));
        }
        // A token refund: the largest Transfer of the refund's token to its address in the receipt.
        bool any = false;
        for (const QJsonValue &log : receipt.value(u"logs"_s).toArray()) {
            const auto parsed = erc20::parseTransferLog(log);
            if (!parsed || parsed->removed ||
                parsed->contract.compare(refund.tokenContract, Qt::CaseInsensitive) ||
                parsed->to.compare(refund.address, Qt::CaseInsensitive) || parsed->blockHash != blockHash)
                continue;
            if (any && parsed->amount <= transfer.amount)
                continue;
            any = true;
            transfer.amount = parsed->amount;
            transfer.logIndex = parsed->logIndex;
            transfer.toAddress = parsed->to;
            transfer.fromAddress = parsed->from;
            transfer.tokenContract = parsed->contract;
        }
        if (!any)
            return done(Result<RefundTransfer>::failure(
                u"Transaction %1 moves none of the session's token to %2."_s.arg(txHash, refund.address),
                u"txHash"_s));
        done(Result<RefundTransfer>::success(found));
    });
}
