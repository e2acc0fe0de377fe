#include "WebhookTarget.h"

#include <QHostInfo>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace webhooktarget {

QString refusedAddress(const QHostAddress &given)
{
    QHostAddress address = given;
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped); // ::ffff:169.254.169.254 is 169.254.169.254
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        address = QHostAddress(ipv4);
    address.setScopeId({});
    if (address.isLinkLocal() || address.isInSubnet(QHostAddress(u"169.254.0.0"_s), 16) ||
        address.isInSubnet(QHostAddress(u"fe80::"_s), 10))
        return u"%1 is a link-local address (where cloud metadata services live)"_s.arg(address.toString());
    if (address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6) ||
        address.isInSubnet(QHostAddress(u"0.0.0.0"_s), 8))
        return u"%1 is an unspecified address"_s.arg(address.toString());
    return {};
}

QString refusedAddresses(const QUrl &url, bool livemode, const QList<QHostAddress> &addresses)
{
    if (addresses.isEmpty())
        return u"%1 has no address"_s.arg(url.host());
    bool allLoopback = true;
    for (const QHostAddress &address : addresses) {
        const QString refused = refusedAddress(address);
        if (!refused.isEmpty())
            return url.host() == address.toString() ? refused
                                                    : u"%1 resolves to %2"_s.arg(url.host(), refused);
        allLoopback = allLoopback && address.isLoopback();
    }
    if (livemode && url.scheme().toLower() != u"https" && !allLoopback)
        return u"plain http in live mode is allowed only to this machine, and %1 is not"_s.arg(url.host());
    return {};
}

std::optional<QList<QHostAddress>> knownAddresses(const QString &host)
{
    const QHostAddress literal(host);
    if (!literal.isNull())
        return QList<QHostAddress>{literal};
    const QString name = host.toLower();
    if (name == u"localhost" || name.endsWith(u".localhost"))
        return QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost),
                                   QHostAddress(QHostAddress::LocalHostIPv6)};
    return std::nullopt;
}

std::optional<QList<QHostAddress>> resolveWithin(const QString &host, int timeoutMs)
{
    if (auto known = knownAddresses(host))
        return known;
    struct Lookup
    {
        std::mutex mutex;
        std::condition_variable done;
        std::optional<QList<QHostAddress>> addresses;
        bool finished = false;
    };
    auto lookup = std::make_shared<Lookup>();
    // Detached: a lookup that outlives the wait finishes on its own and only releases the shared state.
    std::thread([lookup, host] {
        const QHostInfo info = QHostInfo::fromName(host);
        std::lock_guard lock(lookup->mutex);
        if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty())
            lookup->addresses = info.addresses();
        lookup->finished = true;
        lookup->done.notify_all();
    }).detach();
    std::unique_lock lock(lookup->mutex);
    lookup->done.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return lookup->finished; });
    return lookup->addresses;
}

} // namespace webhooktarget
