#pragma once

#include <QByteArray>
#include <QStringList>

// The Crypto-Checkout-Signature header: "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>", with
// one v1 per active secret while a secret is being rolled. Receivers should accept a timestamp within
// 300 seconds of their clock and any matching v1.
namespace webhooksignature {

inline constexpr qint64 kToleranceSeconds = 300;

QByteArray sign(const QByteArray &secret, qint64 timestampSeconds, const QByteArray &body);
QByteArray header(const QStringList &secrets, qint64 timestampSeconds, const QByteArray &body);
// Verifies a header as a receiver would (constant-time comparison, tolerance against nowSeconds).
bool verify(const QByteArray &header, const QByteArray &secret, const QByteArray &body, qint64 nowSeconds,
            qint64 toleranceSeconds = kToleranceSeconds);

} // namespace webhooksignature
