#include "BalanceReconciler.h"

#include "BlockReading.h"
#include "Clock.h"
#include "Storage.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWatcher)

namespace {
JsonRpcClient::Request balanceRequest(const QString &address, const SessionAsset &asset, qint64 block)
{
    return JsonRpcClient::balanceRequest(address, asset.contract, block);
}

std::optional<UInt256> parseBalance(const QJsonValue &value, const SessionAsset &asset)
{
    return JsonRpcClient::parseBalance(value, asset.isToken());
}
} // namespace

BalanceReconciler::BalanceReconciler(const ChainConfig &chain, Storage &store, JsonRpcClient &rpc,
                                     const Clock &clock)
    : m_chain(chain)
    , m_store(store)
    , m_rpc(rpc)
    , m_clock(clock)
{}

UInt256 BalanceReconciler::Trace::recordedUpTo(qint64 block) const
{
    UInt256 sum;
    for (const auto &[number, amount] : recorded)
        if (number <= block)
            sum = sum.saturatingAdd(amount);
    return sum;
}

void BalanceReconciler::run(const ChainCursor &at, Done done)
{
    const qint64 now = m_clock.nowMs();
    if (now - m_lastAtMs < m_intervalMs || at.blockNumber < 0)
        return done(Result<QList<Payment>>::success({}));
    m_lastAtMs = now;
    const bool full = now - m_lastFullAtMs >= m_intervalMs * kExpiredEvery;
    if (full)
        m_lastFullAtMs = now;
    QList<CheckoutSession> sessions;
    try {
        sessions = m_store.sessions().toReconcile(m_chain.chainId, now - kWatchWindowMs, full);
    } catch (const StorageError &error) {
        return done(Result<QList<Payment>>::failure(QString::fromUtf8(error.what())));
    }
    if (sessions.isEmpty())
        return done(Result<QList<Payment>>::success({}));
    // Balances at the block we have scanned to, so every transaction up to it is already counted.
    QList<JsonRpcClient::Request> requests;
    for (const CheckoutSession &session : sessions)
        requests.append(balanceRequest(session.address, session.asset, at.blockNumber));
    // Where a rise may have begun: after the last look at that balance. Expired sessions were last looked at
    // by the last full reconciliation (an earlier floor is always safe, it only widens the search).
    const qint64 floor = std::max<qint64>({0, m_lastBlock, at.blockNumber - kMaxTracedBlocks});
    const qint64 expiredFloor = std::max<qint64>({0, m_lastFullBlock, at.blockNumber - kMaxTracedBlocks});
    m_rpc.batch(requests, [this, sessions, at, floor, expiredFloor, full,
                           done = std::move(done)](const QList<Result<QJsonValue>> &results) {
        QList<Trace> traces;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results[i])
                return done(Result<QList<Payment>>::failure(results[i].error()));
            const auto balance = parseBalance(*results[i], sessions[i].asset);
            if (!balance)
                return done(Result<QList<Payment>>::failure(
                    u"the balance of %1 at block %2 is not a quantity"_s.arg(sessions[i].address)
                        .arg(at.blockNumber)));
            // More on the address than the transfers we saw: one made by a contract, or one made before we
            // followed this chain (or while the node was unreachable).
            if (*balance > sessions[i].amountReceived) {
                Trace trace;
                trace.sessionId = sessions[i].id;
                trace.address = sessions[i].address;
                trace.asset = sessions[i].asset;
                try {
                    for (const Payment &payment : m_store.sessions().payments(sessions[i].id))
                        if (sessions[i].asset.matches(payment.tokenContract))
                            trace.recorded.append({payment.blockNumber, payment.amount});
                } catch (const StorageError &error) {
                    return done(Result<QList<Payment>>::failure(QString::fromUtf8(error.what())));
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
        m_lastBlock = at.blockNumber;
        if (full)
            m_lastFullBlock = at.blockNumber;
        if (traces.isEmpty())
            return done(Result<QList<Payment>>::success({}));
        bisect(at, traces, {}, 0, done);
    });
}

void BalanceReconciler::bisect(const ChainCursor &at, QList<Trace> traces, QList<Rise> rises, int round,
                               Done done)
{
    // Traces whose window is one block wide have found a rise: record it and look for the next one above.
    for (qsizetype i = 0; i < traces.size();) {
        Trace &trace = traces[i];
        if (trace.high - trace.low > 1 && round < kMaxTraceRounds) {
            ++i;
            continue;
        }
        rises.append(
            Rise{trace.sessionId, trace.high, trace.highUnseen.saturatingSub(trace.traced), trace.asset});
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
        return stamp(at, rises, std::move(done));

    QList<JsonRpcClient::Request> requests;
    for (const Trace &trace : traces)
        requests.append(balanceRequest(trace.address, trace.asset, trace.low + (trace.high - trace.low) / 2));
    m_rpc.batch(requests, [this, at, traces, rises, round,
                           done = std::move(done)](const QList<Result<QJsonValue>> &results) mutable {
        for (qsizetype i = 0; i < results.size(); ++i) {
            Trace &trace = traces[i];
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
        bisect(at, traces, rises, round + 1, std::move(done));
    });
}

void BalanceReconciler::stamp(const ChainCursor &at, const QList<Rise> &rises, Done done)
{
    // The blocks the rises happened in: their hashes (for reorgs) and timestamps (for lateness).
    QList<qint64> numbers;
    for (const Rise &rise : rises)
        if (!numbers.contains(rise.blockNumber))
            numbers.append(rise.blockNumber);
    QList<JsonRpcClient::Request> requests;
    for (const qint64 number : numbers)
        requests.append({u"eth_getBlockByNumber"_s, {JsonRpcClient::quantity(number), false}});
    m_rpc.batch(requests, [this, at, rises, numbers,
                           done = std::move(done)](const QList<Result<QJsonValue>> &results) {
        QHash<qint64, ChainBlock> blocks;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results[i])
                return done(Result<QList<Payment>>::failure(results[i].error()));
            QString error;
            const auto parsed = parseBlock(*results[i], &error);
            if (!parsed)
                return done(Result<QList<Payment>>::failure(error));
            if (parsed->number != numbers[i])
                return done(Result<QList<Payment>>::failure(
                    u"eth_getBlockByNumber(%1) answered block %2"_s.arg(numbers[i]).arg(parsed->number)));
            if (parsed->number == at.blockNumber && parsed->hash != at.blockHash)
                return done(Result<QList<Payment>>::failure(
                    u"block %1 changed while reconciling balances (reorg in progress)"_s.arg(
                        at.blockNumber)));
            blocks.insert(parsed->number, ChainBlock{parsed->number, parsed->hash, parsed->timestampMs});
        }
        QList<Payment> payments;
        for (const Rise &rise : rises) {
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
            payments.append(payment);
        }
        done(Result<QList<Payment>>::success(payments));
    });
}
