#include "Bip39.h"

#include <QHash>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace bip39 {

namespace {

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Index of a word in the list (sorted), or -1.
int wordIndex(const char *begin, std::size_t length)
{
    const auto &words = englishWords();
    const auto found =
        std::lower_bound(words.begin(), words.end(), std::string_view(begin, length),
                         [](const char *word, std::string_view wanted) { return wanted > word; });
    if (found == words.end() || std::string_view(*found) != std::string_view(begin, length))
        return -1;
    return int(found - words.begin());
}

// The first byte of SHA-256(data): BIP-39's checksum. EVP_Digest wipes its own state.
unsigned char sha256FirstByte(const unsigned char *data, std::size_t size)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data, size, digest, &length, EVP_sha256(), nullptr);
    const unsigned char first = digest[0];
    OPENSSL_cleanse(digest, sizeof digest);
    return first;
}

} // namespace

std::optional<SecretBytes> normalisedPhrase(const SecretBytes &typed, QString *problem)
{
    // Lower case and single spaces, written into a buffer that is wiped like the input.
    SecretBytes out(typed.size());
    qsizetype length = 0;
    std::vector<std::pair<qsizetype, qsizetype>> words; // start, length in out
    bool inWord = false;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        unsigned char c = typed.data()[i];
        if (isSpace(c)) {
            inWord = false;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c = static_cast<unsigned char>(c - 'A' + 'a');
        if (c < 'a' || c > 'z') {
            if (problem)
                *problem = u"The recovery phrase may hold only the English BIP-39 words, separated by spaces "
                           u"(word %1 has another character)."_s.arg(words.size() + (inWord ? 0 : 1));
            return std::nullopt;
        }
        if (!inWord) {
            if (length > 0)
                out.data()[length++] = ' ';
            words.emplace_back(length, 0);
            inWord = true;
        }
        out.data()[length++] = c;
        ++words.back().second;
    }
    const std::size_t count = words.size();
    if (count < 12 || count > 24 || count % 3 != 0) {
        if (problem)
            *problem = u"A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %1."_s.arg(count);
        return std::nullopt;
    }
    // 11 bits a word: entropy bits followed by a checksum of entropy/32 bits.
    std::array<int, 24> indexes{}; // the phrase itself, as numbers: wiped below
    for (std::size_t w = 0; w < count; ++w) {
        const int index = wordIndex(reinterpret_cast<const char *>(out.data()) + words[w].first,
                                    std::size_t(words[w].second));
        if (index < 0) {
            OPENSSL_cleanse(indexes.data(), sizeof indexes);
            if (problem)
                *problem =
                    u"Word %1 of the recovery phrase is not in the English BIP-39 word list. Check its "
                    u"spelling."_s.arg(w + 1);
            return std::nullopt;
        }
        indexes[w] = index;
    }
    const std::size_t totalBits = count * 11;
    const std::size_t checksumBits = totalBits / 33;
    const std::size_t entropyBytes = (totalBits - checksumBits) / 8;
    SecretBytes bits((qsizetype(totalBits) + 7) / 8);
    for (std::size_t w = 0; w < count; ++w) {
        for (int b = 0; b < 11; ++b) {
            if (indexes[w] & (1 << (10 - b))) {
                const std::size_t position = w * 11 + std::size_t(b);
                bits.data()[position / 8] |= static_cast<unsigned char>(0x80u >> (position % 8));
            }
        }
    }
    OPENSSL_cleanse(indexes.data(), sizeof indexes);
    const unsigned expected = sha256FirstByte(bits.data(), entropyBytes) >> (8 - checksumBits);
    const unsigned actual = bits.data()[entropyBytes] >> (8 - checksumBits);
    if (expected != actual) {
        if (problem)
            *problem =
                u"The recovery phrase's checksum does not match: a word is wrong, missing or out of order."_s;
        return std::nullopt;
    }
    SecretBytes result = SecretBytes::copyOf(QByteArrayView(out.data(), length));
    return result;
}

SecretBytes seed(const SecretBytes &normalisedPhrase, const SecretBytes &passphrase)
{
    // NFKD of the passphrase; the phrase is ASCII, which NFKD leaves as it is.
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(passphrase.data()), passphrase.size());
    QString normalised = text.normalized(QString::NormalizationForm_KD);
    QByteArray utf8 = normalised.toUtf8();
    wipeString(text);
    wipeString(normalised);
    static constexpr char Prefix[] = "mnemonic";
    SecretBytes salt(qsizetype(sizeof(Prefix) - 1) + utf8.size());
    std::memcpy(salt.data(), Prefix, sizeof(Prefix) - 1);
    if (!utf8.isEmpty())
        std::memcpy(salt.data() + sizeof(Prefix) - 1, utf8.constData(), std::size_t(utf8.size()));
    wipeBytes(utf8);

    SecretBytes result(64);
    PKCS5_PBKDF2_HMAC(reinterpret_cast<const char *>(normalisedPhrase.data()), int(normalisedPhrase.size()),
                      salt.data(), int(salt.size()), 2048, EVP_sha512(), 64, result.data());
    return result;
}

SecretBytes phraseFromEntropy(QByteArrayView entropy)
{
    const qsizetype size = entropy.size();
    if (size < 16 || size > 32 || size % 4 != 0)
        return {};
    SecretBytes bits(size + 1);
    std::memcpy(bits.data(), entropy.data(), std::size_t(size));
    bits.data()[size] = sha256FirstByte(bits.data(), std::size_t(size));
    const qsizetype count = (size * 8 + size / 4) / 11;
    SecretBytes out(count * 9); // the longest word has 8 letters, plus a space
    qsizetype length = 0;
    for (qsizetype w = 0; w < count; ++w) {
        int index = 0;
        for (int b = 0; b < 11; ++b) {
            const qsizetype position = w * 11 + b;
            index = (index << 1) | ((bits.data()[position / 8] >> (7 - position % 8)) & 1);
        }
        if (w > 0)
            out.data()[length++] = ' ';
        const char *word = englishWords()[std::size_t(index)];
        const std::size_t wordLength = std::strlen(word);
        std::memcpy(out.data() + length, word, wordLength);
        length += qsizetype(wordLength);
    }
    return SecretBytes::copyOf(QByteArrayView(out.data(), length));
}

} // namespace bip39
