#include "WebhookSignature.h"

#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>

namespace webhooksignature {

QByteArray sign(const QByteArray &secret, qint64 timestampSeconds, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestampSeconds));
    mac.addData(".", 1);
    mac.addData(body);
    return mac.result().toHex();
}

QByteArray header(const QStringList &secrets, qint64 timestampSeconds, const QByteArray &body)
{
    QByteArray value = "t=" + QByteArray::number(timestampSeconds);
    for (const QString &secret : secrets)
        value += ",v1=" + sign(secret.toUtf8(), timestampSeconds, body);
    return value;
}

bool verify(const QByteArray &header, const QByteArray &secret, const QByteArray &body, qint64 nowSeconds,
            qint64 toleranceSeconds)
{
    qint64 timestamp = -1;
    QByteArrayList signatures;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith("t=")) {
            bool ok = false;
            timestamp = trimmed.mid(2).toLongLong(&ok);
            if (!ok)
                return false;
        } else if (trimmed.startsWith("v1=")) {
            signatures << trimmed.mid(3);
        }
    }
    if (timestamp < 0 || std::abs(nowSeconds - timestamp) > toleranceSeconds)
        return false;
    const QByteArray expected = sign(secret, timestamp, body);
    bool matched = false;
    for (const QByteArray &signature : signatures) {
        if (signature.size() == expected.size() && CRYPTO_memcmp(signature.constData(), expected.constData(),
                                                                 static_cast<size_t>(expected.size())) == 0)
            matched = true;
    }
    return matched;
}

} // namespace webhooksignature
