#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Where webhooks may be sent. Checked when an endpoint is registered (its host name resolved then) and
// again each time the dispatcher opens a connection, since what a name resolves to can change.
namespace webhooktarget {

// Why a webhook may not go to this address (link-local, where cloud metadata services live, or
// unspecified), or an empty string when it may.
QString refusedAddress(const QHostAddress &address);

// Why url may not receive webhooks when its host resolves to these addresses, or an empty string: any
// refused address refuses the endpoint; in live mode plain http is allowed only when every address is
// loopback.
QString refusedAddresses(const QUrl &url, bool livemode, const QList<QHostAddress> &addresses);

// The addresses a host has without asking DNS: a literal address is itself, and "localhost" (and names
// under .localhost, RFC 6761) is this machine, 127.0.0.1 then ::1, whatever /etc/hosts says.
std::optional<QList<QHostAddress>> knownAddresses(const QString &host);

// The host's addresses, looked up on a worker thread for at most timeoutMs: std::nullopt when the name
// is unknown or the lookup takes longer. A literal address is returned at once.
std::optional<QList<QHostAddress>> resolveWithin(const QString &host, int timeoutMs);

} // namespace webhooktarget
