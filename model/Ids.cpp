#include "Ids.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <atomic>

#include <pthread.h>

namespace {
// In ASCII order, so that base62 numbers of one width sort as text the way they sort as numbers.
constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// Counts forks: a child's buffers were filled before, in its parent (pthread_atfork moves it on).
std::atomic<unsigned> forks{0};

// OpenSSL's DRBG, drawn a batch at a time into a buffer of this thread's (a call costs about as much for 4
// KiB as for 64 bytes; the system generator draws from RDRAND word by word, microseconds per word on virtual
// machines). Each byte is handed out once and wiped as it is; a forked child draws afresh, never its
// parent's bytes.
class RandomBytes
{
public:
    RandomBytes()
    {
        static const bool registered = [] {
            return ::pthread_atfork(nullptr, nullptr, [] { forks.fetch_add(1); }) == 0;
        }();
        m_watchesForks = registered;
    }

    unsigned char next()
    {
        if (m_at == m_bytes.size() || !m_watchesForks || m_forks != forks.load(std::memory_order_relaxed))
            refill();
        const unsigned char byte = m_bytes[m_at];
        m_bytes[m_at++] = 0;
        return byte;
    }

private:
    void refill()
    {
        // Without the fork watch every byte is drawn afresh (in a batch of 4, the fallback's word).
        const int size = m_watchesForks ? static_cast<int>(m_bytes.size()) : 4;
        m_at = m_bytes.size() - static_cast<size_t>(size);
        if (RAND_bytes(m_bytes.data() + m_at, size) != 1)
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_bytes.data() + m_at),
                                                  size / 4);
        m_forks = forks.load(std::memory_order_relaxed);
    }

    std::array<unsigned char, 4096> m_bytes{};
    size_t m_at = m_bytes.size();
    unsigned m_forks = 0;
    bool m_watchesForks = false;
};
} // namespace

QString randomToken(int length)
{
    thread_local RandomBytes random;
    QString token;
    token.reserve(length);
    // Bytes of 248 and above are dropped so that every character is equally likely (248 = 4 × 62).
    while (token.size() < length) {
        const unsigned char byte = random.next();
        if (byte < 248)
            token.append(QLatin1Char(alphabet[byte % 62]));
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
