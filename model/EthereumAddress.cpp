#include "EthereumAddress.h"

#include <QCryptographicHash>

namespace ethereum {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isFortyHexDigits(QStringView digits)
{
    if (digits.size() != 40)
        return false;
    for (QChar c : digits) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

QStringView withoutPrefix(QStringView text)
{
    if (text.startsWith(u"0x") || text.startsWith(u"0X"))
        return text.mid(2);
    return text;
}

// EIP-55: a letter is upper case when the matching nibble of Keccak-256(lower-case hex) is 8 or more.
QString checksumCase(QStringView fortyHexDigits)
{
    const QByteArray lower = fortyHexDigits.toLatin1().toLower();
    const QByteArray hash = keccak256(lower);
    QString result;
    result.reserve(42);
    result.append(u"0x");
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const auto byte = static_cast<quint8>(hash.at(i / 2));
        const int nibble = (i % 2 == 0) ? (byte >> 4) : (byte & 0x0f);
        const char c = lower.at(i);
        result.append(QChar::fromLatin1(nibble >= 8 && c >= 'a' && c <= 'f' ? char(c - 'a' + 'A') : c));
    }
    return result;
}

} // namespace

QByteArray keccak256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

QString addressFromPublicKey(const QByteArray &uncompressed65)
{
    if (uncompressed65.size() != 65 || static_cast<quint8>(uncompressed65.at(0)) != 0x04)
        return {};
    const QByteArray hash = keccak256(uncompressed65.mid(1));
    return checksumCase(QString::fromLatin1(hash.right(20).toHex()));
}

QString toChecksumAddress(const QString &hexAddress)
{
    const QStringView digits = withoutPrefix(hexAddress);
    if (!isFortyHexDigits(digits))
        return {};
    return checksumCase(digits);
}

bool isValidAddress(const QString &text)
{
    // Only the lower-case prefix: "0X" is not how any wallet or explorer writes an address.
    if (!text.startsWith(u"0x"))
        return false;
    const QStringView digits = QStringView(text).mid(2);
    if (!isFortyHexDigits(digits))
        return false;
    bool hasLower = false;
    bool hasUpper = false;
    for (QChar c : digits) {
        hasLower = hasLower || (c >= u'a' && c <= u'f');
        hasUpper = hasUpper || (c >= u'A' && c <= u'F');
    }
    // Single-case addresses carry no checksum (EIP-55 predates them), so they cannot be verified.
    if (!hasLower || !hasUpper)
        return true;
    return checksumCase(digits) == text;
}

} // namespace ethereum
