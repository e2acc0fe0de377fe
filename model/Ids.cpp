#include "Ids.h"

#include <QRandomGenerator>

#include <openssl/rand.h>

#include <array>

QString randomToken(int length)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
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
    return prefix.toString() + QLatin1Char('_') + randomToken(24);
}
