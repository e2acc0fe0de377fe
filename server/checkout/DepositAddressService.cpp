#include "DepositAddressService.h"

#include "DomainError.h"

#include <mutex>

using namespace Qt::StringLiterals;

DepositAddressService::DepositAddressService(Storage &store, const QString &testXpub, const QString &liveXpub)
    : m_store(store)
    , m_test(load(testXpub, false))
    , m_live(load(liveXpub, true))
{
    m_workers.setMaxThreadCount(1);
    // Only on time no other thread wants (SCHED_IDLE on Linux): deriving ahead must not slow the requests
    // it is meant to speed up. Starved, it only means a create derives its address itself.
    m_workers.setThreadPriority(QThread::IdlePriority);
}

DepositAddressService::~DepositAddressService()
{
    m_stopping = true;
    m_workers.clear();
    m_workers.waitForDone();
}

DepositAddressService::Mode DepositAddressService::load(const QString &xpub, bool livemode)
{
    Mode mode;
    const QString group = livemode ? u"[live] xpub"_s : u"[test] xpub"_s;
    if (xpub.trimmed().isEmpty()) {
        mode.problem =
            u"No xpub is configured for %1 mode: set %2 in config.ini (or in the console's settings) to "
            "your wallet's account extended public key."_s.arg(livemode ? u"live"_s : u"test"_s, group);
        return mode;
    }
    auto parsed = ExtendedPublicKey::parse(xpub);
    if (!parsed) {
        mode.problem = u"%1 is not usable: %2"_s.arg(group, parsed.error());
        return mode;
    }
    const auto receiveChain = parsed->receiveChain();
    if (!receiveChain) {
        mode.problem = u"%1 is not usable: %2"_s.arg(group, receiveChain.error());
        return mode;
    }
    mode.key = *parsed;
    mode.receiveChain = *receiveChain;
    mode.fingerprint = parsed->fingerprint();
    return mode;
}

DepositAddressService::Allocation DepositAddressService::allocate(bool livemode)
{
    const Mode &current = mode(livemode);
    if (!current.key)
        throw DomainError::unavailable(u"xpub_unavailable"_s, current.problem);
    // A derivation can fail for about one index in 2^127 (BIP32's invalid child): skip to the next one.
    for (int attempt = 0; attempt < 4; ++attempt) {
        const qint64 index = m_store.sessions().takeNextAddressIndex(current.fingerprint);
        if (index >= static_cast<qint64>(ExtendedPublicKey::HardenedOffset)) {
            throw DomainError::unavailable(
                u"xpub_exhausted"_s,
                u"Every non-hardened address of this xpub has been used. Configure a new account xpub."_s);
        }
        QString address = takeDerived(livemode, index);
        if (address.isEmpty()) {
            const auto derived = current.receiveChain->childAddress(static_cast<quint32>(index));
            if (derived)
                address = *derived;
        }
        deriveAhead(livemode, index + 1);
        if (!address.isEmpty())
            return Allocation{index, address};
    }
    throw DomainError::unavailable(u"xpub_unavailable"_s, u"No deposit address could be derived."_s);
}

QString DepositAddressService::takeDerived(bool livemode, qint64 index)
{
    Ahead &ahead = livemode ? m_liveAhead : m_testAhead;
    // Never waits for the worker: at idle priority it may hold the lock for long on a busy machine. The
    // caller then derives the address itself.
    const std::unique_lock lock(ahead.mutex, std::try_to_lock);
    return lock.owns_lock() ? ahead.addresses.take(index) : QString();
}

void DepositAddressService::deriveAhead(bool livemode, qint64 from)
{
    Ahead &ahead = livemode ? m_liveAhead : m_testAhead;
    ahead.wanted.store(from, std::memory_order_relaxed);
    qint64 start = 0;
    qint64 end = 0;
    {
        const std::unique_lock lock(ahead.mutex, std::try_to_lock);
        if (!lock.owns_lock())
            return; // the worker is inserting: the next create looks again
        // Indexes below `from` are taken (or were rolled back and will be derived inline if they come up).
        for (auto it = ahead.addresses.begin(); it != ahead.addresses.end();)
            it = it.key() < from ? ahead.addresses.erase(it) : std::next(it);
        if (ahead.batchRunning || ahead.derivedUpTo >= from + kDeriveAhead / 2)
            return; // a batch is on its way, or enough are ahead
        start = std::max(from, ahead.derivedUpTo + 1);
        end = std::min(from + kDeriveAhead, static_cast<qint64>(ExtendedPublicKey::HardenedOffset));
        if (start >= end)
            return;
        ahead.derivedUpTo = end - 1;
        ahead.batchRunning = true;
    }
    const ExtendedPublicKey chain = *mode(livemode).receiveChain;
    m_workers.start([this, &ahead, chain, start, end] {
        for (qint64 index = start; index < end && !m_stopping.load(std::memory_order_relaxed); ++index) {
            if (index < ahead.wanted.load(std::memory_order_relaxed))
                continue; // taken while this batch waited for the processor
            const auto address = chain.childAddress(static_cast<quint32>(index));
            if (!address)
                continue; // BIP32's invalid child: allocate() derives inline and moves on
            const QMutexLocker lock(&ahead.mutex);
            ahead.addresses.insert(index, *address);
        }
        const QMutexLocker lock(&ahead.mutex);
        ahead.batchRunning = false;
    });
}

QStringList DepositAddressService::previewAddresses(bool livemode, int count) const
{
    QStringList addresses;
    const Mode &current = mode(livemode);
    if (!current.key)
        return addresses;
    for (int i = 0; i < count; ++i) {
        const auto address = current.key->depositAddress(static_cast<quint32>(i));
        if (address)
            addresses << *address;
    }
    return addresses;
}
