#pragma once

#include "ExtendedPublicKey.h"
#include "Storage.h"

#include <QHash>
#include <QMutex>
#include <QThreadPool>

#include <atomic>

#include <memory>
#include <optional>

// Hands out deposit addresses: <xpub>/0/i with the next unused i of the mode's xpub. The index is taken
// in the caller's transaction, so it is never handed out twice, not under concurrent requests, not after
// a crash.
class DepositAddressService
{
public:
    // testXpub / liveXpub may be empty (live has no default) or invalid: that mode then cannot create
    // sessions, and problem() says why.
    DepositAddressService(Storage &store, const QString &testXpub, const QString &liveXpub);
    ~DepositAddressService();

    struct Allocation
    {
        qint64 index = 0;
        QString address;
    };

    // Must run inside a storage transaction. Throws DomainError (unavailable) when the mode has no usable
    // xpub.
    Allocation allocate(bool livemode);

    bool isReady(bool livemode) const { return mode(livemode).key.has_value(); }
    // Why the mode cannot create sessions (empty when it can).
    QString problem(bool livemode) const { return mode(livemode).problem; }
    // The first addresses of the mode's xpub, to compare with the wallet.
    QStringList previewAddresses(bool livemode, int count = 3) const;

private:
    struct Mode
    {
        std::optional<ExtendedPublicKey> key;
        std::optional<ExtendedPublicKey> receiveChain; // <xpub>/0, derived once
        QString fingerprint;                           // the key of its index counter
        QString problem;
    };
    const Mode &mode(bool livemode) const { return livemode ? m_live : m_test; }
    static Mode load(const QString &xpub, bool livemode);

    // Addresses derived ahead on a worker thread of idle priority, so that a create rarely waits for curve
    // arithmetic and the derivations take no time from requests. An address depends only on its index, so
    // a derived one is right whenever its index comes up; the index itself is still taken in the caller's
    // transaction. The request thread never waits for the worker's lock: when it is held, a create derives
    // its address itself.
    static constexpr qint64 kDeriveAhead = 64;
    // One batch at a time: a worker starved for long (the machine busy) leaves no queue of batches behind,
    // and skips the indexes creates took meanwhile.
    struct Ahead
    {
        QMutex mutex;
        QHash<qint64, QString> addresses; // index -> address
        qint64 derivedUpTo = -1;          // highest index derived or being derived
        bool batchRunning = false;
        std::atomic<qint64> wanted{0}; // indexes below are taken: the worker skips them
    };
    QString takeDerived(bool livemode, qint64 index);
    void deriveAhead(bool livemode, qint64 from);

    Storage &m_store;
    Mode m_test;
    Mode m_live;
    Ahead m_testAhead;
    Ahead m_liveAhead;
    std::atomic<bool> m_stopping{false}; // the worker's batch ends at its next index
    QThreadPool m_workers;               // one thread; finished before the keys it reads go away
};
