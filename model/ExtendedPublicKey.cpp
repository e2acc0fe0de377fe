#include "ExtendedPublicKey.h"

#include "Digest.h"
#include "EthereumAddress.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>

#include <openssl/evp.h>
#include <secp256k1.h>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 MainnetPublicVersion = 0x0488B21Eu; // "xpub"
constexpr quint32 TestnetPublicVersion = 0x043587CFu; // "tpub"
constexpr qsizetype PayloadSize = 78;
constexpr qsizetype ChecksumSize = 4;
// Any xpub or tpub is 111 characters; anything much longer is not worth the quadratic Base58 decode.
constexpr qsizetype MaxTextLength = 200;

// Private-key versions of BIP32 and SLIP-132 (xprv, tprv, yprv, zprv, uprv, vprv, Yprv, Zprv, Uprv, Vprv).
constexpr std::array<quint32, 10> PrivateVersions{0x0488ADE4u, 0x04358394u, 0x049D7878u, 0x04B2430Cu,
                                                  0x044A4E28u, 0x045F18BCu, 0x0295B005u, 0x02AA7A99u,
                                                  0x024285B5u, 0x02575048u};
// SLIP-132 public versions (ypub, zpub, upub, vpub, Ypub, Zpub, Upub, Vpub): Bitcoin SegWit accounts.
constexpr std::array<quint32, 8> SegwitPublicVersions{0x049D7CB2u, 0x04B24746u, 0x044A5262u, 0x045F1CF6u,
                                                      0x0295B43Fu, 0x02AA7ED3u, 0x024289EFu, 0x02575483u};

// The order n of the secp256k1 group, big-endian.
constexpr std::array<quint8, 32> CurveOrder{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                            0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48,
                                            0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41};

constexpr char Base58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

// The digit value of a Base58 character, or -1 for anything outside the alphabet.
int base58Digit(QChar c)
{
    const char16_t code = c.unicode();
    const char *found = code != 0 && code < 128 ? std::strchr(Base58Alphabet, char(code)) : nullptr;
    return found ? int(found - Base58Alphabet) : -1;
}

static_assert(sizeof(secp256k1_pubkey) == 64, "libsecp256k1 documents its parsed public key as 64 bytes");

const secp256k1_context *curveContext()
{
    // One context for the whole process: creating one is expensive, and after creation it is only
    // read, which libsecp256k1 documents as thread-safe. Deliberately never destroyed, so a worker
    // thread still deriving during shutdown cannot touch a freed context.
    static const secp256k1_context *const context = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    return context;
}

// HMAC-SHA512 (RFC 2104) keyed with a chain code, as BIP32's CKD uses it; once per deposit address, so on
// keptDigest rather than QMessageAuthenticationCode (about a quarter of its cost).
QByteArray hmacSha512(const std::array<quint8, 32> &chainCode, QByteArrayView data)
{
    constexpr std::size_t block = 128; // SHA-512's; a chain code is shorter, so it is used as it is
    std::array<char, block> innerPad{};
    std::array<char, block> outerPad{};
    innerPad.fill(0x36);
    outerPad.fill(0x5c);
    for (std::size_t i = 0; i < chainCode.size(); ++i) {
        innerPad[i] = char(innerPad[i] ^ chainCode[i]);
        outerPad[i] = char(outerPad[i] ^ chainCode[i]);
    }
    const auto view = [](const std::array<char, block> &pad) { return QByteArrayView(pad.data(), block); };
    const QByteArray inner = keptDigest(QCryptographicHash::Sha512, {view(innerPad), data});
    return keptDigest(QCryptographicHash::Sha512, {view(outerPad), inner});
}

QByteArray sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray checksumOf(QByteArrayView payload)
{
    return sha256(sha256(payload)).left(ChecksumSize);
}

quint32 readBigEndian32(const QByteArray &bytes, qsizetype offset)
{
    quint32 value = 0;
    for (qsizetype i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

void appendBigEndian32(QByteArray &bytes, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(static_cast<char>((value >> shift) & 0xff));
}

template <std::size_t N> QByteArray toByteArray(const std::array<quint8, N> &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(N));
}

QString privateKeyMessage()
{
    return u"This is a private key. Never paste a private key here or anywhere else: whoever sees it can "
           u"take every payment sent to the wallet. Paste the extended public key (it starts with xpub) "
           u"instead, and if this private key has been shared, move the funds to a new wallet."_s;
}

QString copyAgainMessage(const QString &problem)
{
    return u"This is not an extended public key: %1. Copy the xpub again from your wallet."_s.arg(problem);
}

bool looksLikeRecoveryPhrase(const QStringList &words)
{
    if (words.size() < 12)
        return false;
    return std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
        return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
    });
}

bool isHex(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

// Things merchants paste by mistake, recognised before decoding so the message can say what they are.
// Secrets come first: the merchant must hear that they should not be pasted at all.
std::optional<QString> recogniseOtherWalletString(const QString &text)
{
    static constexpr std::array<QStringView, 10> privatePrefixes{u"xprv", u"tprv", u"yprv", u"zprv", u"uprv",
                                                                 u"vprv", u"Yprv", u"Zprv", u"Uprv", u"Vprv"};
    for (QStringView prefix : privatePrefixes) {
        if (text.startsWith(prefix))
            return privateKeyMessage();
    }
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    if (looksLikeRecoveryPhrase(words)) {
        return u"This looks like a recovery phrase. Never enter your recovery phrase anywhere but your "
               u"wallet: whoever sees it can take all your funds. Export the extended public key (xpub) "
               u"of the account from your wallet and paste that instead."_s;
    }
    if (words.size() > 1) {
        return u"This is not an extended public key: it contains spaces or line breaks. Copy the xpub "
               u"again from your wallet as a single line."_s;
    }
    const QStringView digits = text.startsWith(u"0x") ? QStringView(text).mid(2) : QStringView(text);
    if (digits.size() == 64 && isHex(digits)) {
        return u"This looks like a raw private key (64 hex digits). Never paste a private key here or "
               u"anywhere else: whoever sees it can take every payment sent to the wallet. Paste the "
               u"extended public key (xpub) instead, and if this key has been shared, move the funds to a "
               u"new wallet."_s;
    }
    if (text.startsWith(u"0x") && digits.size() == 40 && isHex(digits)) {
        return u"This is an Ethereum address, not an extended public key. A single address cannot give "
               u"each checkout its own address: export the account's extended public key (xpub) from your "
               u"wallet and paste that instead."_s;
    }
    return std::nullopt;
}

} // namespace

namespace base58 {

QString encode(const QByteArray &bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes.at(zeros) == 0)
        ++zeros;
    std::vector<quint8> digits; // base 58, least significant first
    digits.reserve(std::size_t(bytes.size() * 138 / 100 + 1));
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        int carry = static_cast<quint8>(bytes.at(i));
        for (quint8 &digit : digits) {
            carry += digit * 256;
            digit = quint8(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(quint8(carry % 58));
            carry /= 58;
        }
    }
    QString text(zeros, u'1');
    text.reserve(zeros + qsizetype(digits.size()));
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        text.append(QChar::fromLatin1(Base58Alphabet[*it]));
    return text;
}

std::optional<QByteArray> decode(QStringView text)
{
    qsizetype zeros = 0;
    while (zeros < text.size() && text.at(zeros) == u'1')
        ++zeros;
    std::vector<quint8> bytes; // base 256, least significant first
    bytes.reserve(std::size_t(text.size() * 733 / 1000 + 1));
    for (qsizetype i = zeros; i < text.size(); ++i) {
        int carry = base58Digit(text.at(i));
        if (carry < 0)
            return std::nullopt;
        for (quint8 &byte : bytes) {
            carry += byte * 58;
            byte = quint8(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(quint8(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray result(zeros, '\0');
    result.reserve(zeros + qsizetype(bytes.size()));
    for (auto it = bytes.crbegin(); it != bytes.crend(); ++it)
        result.append(static_cast<char>(*it));
    return result;
}

QString encodeCheck(const QByteArray &payload)
{
    return encode(payload + checksumOf(payload));
}

} // namespace base58

Result<ExtendedPublicKey> ExtendedPublicKey::parse(const QString &text)
{
    using R = Result<ExtendedPublicKey>;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return R::failure(u"Paste the extended public key (xpub) of the wallet account that should receive "
                          u"payments."_s);
    }
    if (auto message = recogniseOtherWalletString(trimmed))
        return R::failure(*message);
    if (trimmed.size() > MaxTextLength) {
        return R::failure(
            copyAgainMessage(u"it is %1 characters long, and an xpub is 111"_s.arg(trimmed.size())));
    }

    const std::optional<QByteArray> decoded = base58::decode(trimmed);
    if (!decoded) {
        const auto bad =
            std::find_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return base58Digit(c) < 0; });
        const QChar c = bad != trimmed.cend() ? *bad : QChar();
        // Copying from web pages and chat apps can bring in invisible characters; name them by code point.
        const QString shown = c.unicode() > 0x20 && c.unicode() < 0x7f
                                  ? u"\"%1\""_s.arg(c)
                                  : u"the invisible or non-ASCII character U+%1"_s.arg(
                                        QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        return R::failure(copyAgainMessage(
            u"it contains %1, which never appears in one (there is no 0, O, I or l in an xpub)"_s.arg(
                shown)));
    }
    if (decoded->size() != PayloadSize + ChecksumSize) {
        return R::failure(
            copyAgainMessage(u"it is %1 characters long, and an xpub is 111"_s.arg(trimmed.size())));
    }
    const QByteArray payload = decoded->left(PayloadSize);
    if (checksumOf(payload) != decoded->right(ChecksumSize))
        return R::failure(copyAgainMessage(u"the checksum does not match"_s));

    const quint32 version = readBigEndian32(payload, 0);
    if (std::find(PrivateVersions.cbegin(), PrivateVersions.cend(), version) != PrivateVersions.cend())
        return R::failure(privateKeyMessage());
    if (std::find(SegwitPublicVersions.cbegin(), SegwitPublicVersions.cend(), version) !=
        SegwitPublicVersions.cend()) {
        return R::failure(u"This is the extended public key of a Bitcoin SegWit account (ypub, zpub or "
                          u"similar). Export the xpub of your Ethereum account instead."_s);
    }
    if (version != MainnetPublicVersion && version != TestnetPublicVersion) {
        return R::failure(u"This is not a BIP32 extended public key: only keys starting with xpub (or tpub "
                          u"for testnets) are accepted. Export the Ethereum account's xpub from your "
                          u"wallet."_s);
    }

    ExtendedPublicKey key;
    key.m_network = version == MainnetPublicVersion ? Network::Mainnet : Network::Testnet;
    key.m_depth = static_cast<quint8>(payload.at(4));
    key.m_parentFingerprint = readBigEndian32(payload, 5);
    key.m_childNumber = readBigEndian32(payload, 9);
    std::memcpy(key.m_chainCode.data(), payload.constData() + 13, key.m_chainCode.size());
    std::memcpy(key.m_publicKey.data(), payload.constData() + 45, key.m_publicKey.size());

    // An xpub header around private key material (0x00 then 32 key bytes) is still a private key.
    if (key.m_publicKey[0] == 0x00)
        return R::failure(privateKeyMessage());
    if (key.m_depth == 0 && (key.m_parentFingerprint != 0 || key.m_childNumber != 0)) {
        return R::failure(copyAgainMessage(
            u"it says it is a master key (depth 0) but also names a parent key, so it is corrupt"_s));
    }
    if (key.m_publicKey[0] != 0x02 && key.m_publicKey[0] != 0x03) {
        return R::failure(
            copyAgainMessage(u"the public key inside it is not in compressed form, so the key is corrupt"_s));
    }
    secp256k1_pubkey point;
    if (!secp256k1_ec_pubkey_parse(curveContext(), &point, key.m_publicKey.data(), key.m_publicKey.size())) {
        return R::failure(copyAgainMessage(
            u"the public key inside it is not a point on the secp256k1 curve, so the key is corrupt"_s));
    }
    std::memcpy(key.m_point.data(), &point, key.m_point.size());
    return R::success(key);
}

Result<ExtendedPublicKey> ExtendedPublicKey::deriveChild(quint32 index) const
{
    return derive(index, true);
}

Result<ExtendedPublicKey> ExtendedPublicKey::derive(quint32 index, bool withParentFingerprint) const
{
    using R = Result<ExtendedPublicKey>;
    if (index >= HardenedOffset) {
        return R::failure(u"Index %1 is a hardened index (2147483648 or above). Hardened keys can only be "
                          u"derived with the private key, which this server never has; use an index below "
                          u"2147483648."_s.arg(index));
    }
    if (m_depth == 255) {
        return R::failure(u"This key is at the deepest level BIP32 allows (255), so no key can be derived "
                          u"from it. Use your wallet's account-level xpub instead."_s);
    }

    std::array<quint8, 37> data{}; // serP(K) || ser32(i)
    std::copy(m_publicKey.cbegin(), m_publicKey.cend(), data.begin());
    for (int i = 0; i < 4; ++i)
        data[33 + std::size_t(i)] = quint8(index >> (24 - 8 * i));
    const QByteArray hmac = hmacSha512(m_chainCode, QByteArrayView(data.data(), qsizetype(data.size())));
    const auto *tweak = reinterpret_cast<const quint8 *>(hmac.constData()); // IL: the first 32 bytes

    // BIP32 declares the child invalid when IL >= n or the sum is the point at infinity (odds about
    // 1 in 2^127); the caller is meant to skip to the next index.
    const auto invalidChild = [index] {
        return R::failure(u"Index %1 gives no valid key for this xpub, which BIP32 expects about once in "
                          u"2^127 indexes. Use the next index."_s.arg(index));
    };
    if (!std::lexicographical_compare(tweak, tweak + 32, CurveOrder.cbegin(), CurveOrder.cend()))
        return invalidChild();

    secp256k1_pubkey point;
    std::memcpy(&point, m_point.data(), m_point.size());
    if (!secp256k1_ec_pubkey_tweak_add(curveContext(), &point, tweak))
        return invalidChild();

    ExtendedPublicKey child;
    std::memcpy(child.m_point.data(), &point, child.m_point.size());
    child.m_network = m_network;
    child.m_depth = quint8(m_depth + 1);
    child.m_childNumber = index;
    std::memcpy(child.m_chainCode.data(), hmac.constData() + 32, child.m_chainCode.size());
    std::size_t size = child.m_publicKey.size();
    if (!secp256k1_ec_pubkey_serialize(curveContext(), child.m_publicKey.data(), &size, &point,
                                       SECP256K1_EC_COMPRESSED) ||
        size != child.m_publicKey.size())
        return invalidChild();

    if (withParentFingerprint) {
        const std::optional<quint32> parentFingerprint =
            keyFingerprint(QByteArrayView(m_publicKey.data(), qsizetype(m_publicKey.size())));
        if (!parentFingerprint) {
            return R::failure(u"This system's OpenSSL cannot compute RIPEMD-160, which BIP32 needs to "
                              u"record a child key's parent. Install an OpenSSL that provides it (3.0.7 or "
                              u"later, or enable the legacy provider)."_s);
        }
        child.m_parentFingerprint = *parentFingerprint;
    }
    return R::success(child);
}

Result<QString> ExtendedPublicKey::depositAddress(quint32 index) const
{
    const Result<ExtendedPublicKey> chain = receiveChain();
    if (!chain)
        return Result<QString>::failure(chain.error());
    return chain->childAddress(index);
}

Result<ExtendedPublicKey> ExtendedPublicKey::receiveChain() const
{
    return derive(0, false);
}

Result<QString> ExtendedPublicKey::childAddress(quint32 index) const
{
    using R = Result<QString>;
    if (index >= HardenedOffset) {
        return R::failure(
            u"Deposit address index %1 is too large: indexes go up to 2147483647."_s.arg(index));
    }
    const Result<ExtendedPublicKey> child = derive(index, false);
    if (!child)
        return R::failure(child.error());
    const QString address = ethereum::addressFromPublicKey(child->uncompressedPublicKey());
    if (address.isEmpty()) {
        return R::failure(
            u"Could not compute the deposit address for index %1. Use the next index."_s.arg(index));
    }
    return R::success(address);
}

QString ExtendedPublicKey::toBase58() const
{
    QByteArray payload;
    payload.reserve(PayloadSize);
    appendBigEndian32(payload, m_network == Network::Mainnet ? MainnetPublicVersion : TestnetPublicVersion);
    payload.append(static_cast<char>(m_depth));
    appendBigEndian32(payload, m_parentFingerprint);
    appendBigEndian32(payload, m_childNumber);
    payload.append(toByteArray(m_chainCode));
    payload.append(toByteArray(m_publicKey));
    return base58::encodeCheck(payload);
}

QByteArray ExtendedPublicKey::compressedPublicKey() const
{
    return toByteArray(m_publicKey);
}

QByteArray ExtendedPublicKey::uncompressedPublicKey() const
{
    secp256k1_pubkey point;
    std::memcpy(&point, m_point.data(), m_point.size()); // parse() and derive() set it
    std::array<quint8, 65> bytes{};
    std::size_t size = bytes.size();
    if (!secp256k1_ec_pubkey_serialize(curveContext(), bytes.data(), &size, &point,
                                       SECP256K1_EC_UNCOMPRESSED))
        return {};
    return toByteArray(bytes);
}

QByteArray ExtendedPublicKey::chainCode() const
{
    return toByteArray(m_chainCode);
}

QString ExtendedPublicKey::fingerprint() const
{
    const QByteArray digest = sha256(toByteArray(m_chainCode) + toByteArray(m_publicKey));
    return QString::fromLatin1(digest.left(8).toHex());
}

std::optional<quint32> ExtendedPublicKey::keyFingerprint(QByteArrayView compressedPublicKey)
{
    const QByteArray shaDigest = sha256(compressedPublicKey);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (EVP_Digest(shaDigest.constData(), std::size_t(shaDigest.size()), digest, &digestSize, EVP_ripemd160(),
                   nullptr) != 1 ||
        digestSize != 20)
        return std::nullopt;
    return (quint32(digest[0]) << 24) | (quint32(digest[1]) << 16) | (quint32(digest[2]) << 8) |
           quint32(digest[3]);
}
