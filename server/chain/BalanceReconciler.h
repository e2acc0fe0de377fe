#pragma once

#include "AppConfig.h"
#include "ChainRepository.h"
#include "CheckoutSession.h"
#include "JsonRpcClient.h"
#include "Payment.h"

#include <QPair>

#include <functional>

class Clock;
class Storage;

// Reconciles open sessions' balances (eth_getBalance; a token session's balanceOf through eth_call) at the
// cursor with what was recorded: it catches transfers made by contracts, and payments made before the
// chain's first cursor or while the node was unreachable.
//
// A transfer made by a contract shows only as a higher balance. Where the balance rose is found by
// bisecting the balance over the blocks since the last reconciliation (one batch per round for every such
// session), so a payment is stamped with the block it happened in and lateness is judged by that block's
// time, not by when the watcher looked. Several rises are found one after the other. A node that keeps no
// history of balances gets the old answer: the reconciled block.
class BalanceReconciler
{
public:
    // The payments found (possibly none), or why the reconciliation failed.
    using Done = std::function<void(const Result<QList<Payment>> &payments)>;

    BalanceReconciler(const ChainConfig &chain, Storage &store, JsonRpcClient &rpc, const Clock &clock);

    // Reconciles at the cursor `at` when an interval has passed since the last time (open sessions every
    // interval; expired ones, which a contract may still pay late, every kExpiredEvery intervals); done at
    // once with no payments otherwise.
    void run(const ChainCursor &at, Done done);

    void setIntervalMs(qint64 interval) { m_intervalMs = interval; }
    static constexpr int kExpiredEvery = 20;
    // Settled sessions are watched this long.
    static constexpr qint64 kWatchWindowMs = 30LL * 24 * 60 * 60 * 1000;

private:
    // "Unseen" at block b: the balance at b less the recorded payments of blocks up to b; it can only grow.
    struct Trace
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
    struct Rise
    {
        QString sessionId;
        qint64 blockNumber = 0;
        UInt256 amount;
        SessionAsset asset;
    };
    // One round of bisection for every trace still open, then stamp() once all have found their rises.
    void bisect(const ChainCursor &at, QList<Trace> traces, QList<Rise> rises, int round, Done done);
    void stamp(const ChainCursor &at, const QList<Rise> &rises, Done done);

    static constexpr qint64 kMaxTracedBlocks = 4096;
    static constexpr int kMaxTraceRounds = 64;

    const ChainConfig &m_chain;
    Storage &m_store;
    JsonRpcClient &m_rpc;
    const Clock &m_clock;
    qint64 m_intervalMs = 15000;
    qint64 m_lastAtMs = 0;
    qint64 m_lastBlock = -1;   // the block the last reconciliation read balances at
    qint64 m_lastFullAtMs = 0; // the last one that included expired sessions, and its block
    qint64 m_lastFullBlock = -1;
};
