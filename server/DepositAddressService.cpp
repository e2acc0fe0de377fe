#include "DepositAddressService.h"

#include "HttpTypes.h"

using namespace Qt::StringLiterals;

DepositAddressService::DepositAddressService(Store &store, const QString &testXpub, const QString &liveXpub)
    : m_store(store)
    , m_test(load(testXpub, false))
    , m_live(load(liveXpub, true))
{}

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
        throw ApiError(503, u"api_error"_s, u"xpub_unavailable"_s, current.problem);
    // A derivation can fail for about one index in 2^127 (BIP32's invalid child): skip to the next one.
    for (int attempt = 0; attempt < 4; ++attempt) {
        const qint64 index = m_store.takeNextAddressIndex(current.fingerprint);
        if (index >= static_cast<qint64>(ExtendedPublicKey::HardenedOffset)) {
            throw ApiError(
                503, u"api_error"_s, u"xpub_exhausted"_s,
                u"Every non-hardened address of this xpub has been used. Configure a new account xpub."_s);
        }
        const auto address = current.receiveChain->childAddress(static_cast<quint32>(index));
        if (address)
            return Allocation{index, *address};
    }
    throw ApiError(503, u"api_error"_s, u"xpub_unavailable"_s, u"No deposit address could be derived."_s);
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
