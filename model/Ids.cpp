#include "Ids.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <openssl/rand.h>

#include <algorithm>
#include <array>

namespace {
// In ASCII order, so that base62 numbers of one width sort as text the way they sort as numbers.
constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
} // namespace

QString randomToken(int length)
{
    QString token;
    token.reserve(length);
    // OpenSSL's DRBG, a batch of bytes at a time: the system generator draws from RDRAND word by word, which
    // costs microseconds per word on virtual machines. Bytes of 248 and above are dropped so that every
    // character is equally likely (248 = 4 × 62).
    std::array<unsigned char, 64> bytes{};
    while (token.size() < length) {
        if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                                  bytes.size() / 4);
        for (const unsigned char byte : bytes) {
            if (byte < 248 && token.size() < length)
                token.append(QLatin1Char(alphabet[byte % 62]));
        }
    }
    return token;
}

QString newObjectId(QStringView prefix)
{
    // The time first, in kIdTimeChars base62 digits (62^8 ms is some 6,900 years): a new row lands at the
    // end of the indexes that hold ids (the session's, its events', events by session) instead of on a
    // random page of each, which a durable create would have to read, change and write to the log.
    qint64 ms = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch());
    std::array<char, kIdTimeChars> time{};
    for (auto digit = time.rbegin(); digit != time.rend(); ++digit) {
        *digit = alphabet[ms % 62];
        ms /= 62;
    }
    QString id = prefix.toString();
    id.reserve(id.size() + 1 + kIdTimeChars + kIdRandomChars);
    id += QLatin1Char('_');
    id += QLatin1StringView(time.data(), time.size());
    id += randomToken(kIdRandomChars);
    return id;
}
