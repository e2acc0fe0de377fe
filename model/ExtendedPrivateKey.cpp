#include "ExtendedPrivateKey.h"

#include "EthereumAddress.h"

#include <QCryptographicHash>
#include <QList>
#include <QStringView>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <secp256k1.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

const secp256k1_context *context()
{
    // Read-only after creation, which libsecp256k1 documents as thread-safe; never destroyed (see
    // ExtendedPublicKey.cpp).
    static const secp256k1_context *const ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    return ctx;
}

SecretBytes hmacSha512(const SecretBytes &key, QByteArrayView data)
{
    SecretBytes out(64);
    unsigned int size = 0;
    HMAC(EVP_sha512(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
         std::size_t(data.size()), out.data(), &size);
    return out;
}

QByteArray publicKeyOf(const SecretBytes &key, bool compressed)
{
    secp256k1_pubkey point;
    if (!secp256k1_ec_pubkey_create(context(), &point, key.data()))
        return {};
    unsigned char out[65];
    std::size_t size = compressed ? 33 : 65;
    secp256k1_ec_pubkey_serialize(context(), out, &size, &point,
                                  compressed ? SECP256K1_EC_COMPRESSED : SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(size));
}

void appendBigEndian32(QByteArray &bytes, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(static_cast<char>((value >> shift) & 0xff));
}

} // namespace

Result<ExtendedPrivateKey> ExtendedPrivateKey::fromSeed(const SecretBytes &seed)
{
    using R = Result<ExtendedPrivateKey>;
    static constexpr char Key[] = "Bitcoin seed";
    const SecretBytes i = hmacSha512(SecretBytes::copyOf(QByteArrayView(Key, sizeof(Key) - 1)), seed.view());
    ExtendedPrivateKey master;
    master.m_key = SecretBytes::copyOf(QByteArrayView(i.data(), 32));
    master.m_chainCode = SecretBytes::copyOf(QByteArrayView(i.data() + 32, 32));
    if (!secp256k1_ec_seckey_verify(context(), master.m_key.data()))
        return R::failure(u"This seed gives no valid master key (BIP-32's rare invalid case)."_s);
    return R::success(std::move(master));
}

Result<ExtendedPrivateKey> ExtendedPrivateKey::deriveChild(quint32 index) const
{
    using R = Result<ExtendedPrivateKey>;
    if (m_depth == 255)
        return R::failure(u"BIP-32 keys cannot be derived deeper than 255 levels."_s);
    SecretBytes data(37);
    if (index >= ExtendedPublicKey::HardenedOffset) {
        data.data()[0] = 0;
        std::memcpy(data.data() + 1, m_key.data(), 32);
    } else {
        const QByteArray point = compressedPublicKey();
        std::memcpy(data.data(), point.constData(), 33);
    }
    for (int b = 0; b < 4; ++b)
        data.data()[33 + b] = static_cast<unsigned char>((index >> (24 - 8 * b)) & 0xff);
    const SecretBytes i = hmacSha512(m_chainCode, data.view());

    ExtendedPrivateKey child;
    child.m_key = m_key.clone();
    // k_i = parse256(IL) + k_par (mod n); fails when IL >= n or the sum is zero.
    if (!secp256k1_ec_seckey_tweak_add(context(), child.m_key.data(), i.data()))
        return R::failure(u"BIP-32 child %1 is invalid; use the next index."_s.arg(index));
    child.m_chainCode = SecretBytes::copyOf(QByteArrayView(i.data() + 32, 32));
    child.m_depth = quint8(m_depth + 1);
    child.m_parentFingerprint = ExtendedPublicKey::keyFingerprint(compressedPublicKey()).value_or(0);
    child.m_childNumber = index;
    return R::success(std::move(child));
}

Result<ExtendedPrivateKey> ExtendedPrivateKey::derivePath(QStringView path) const
{
    using R = Result<ExtendedPrivateKey>;
    const auto parts = path.split(u'/');
    if (parts.isEmpty() || parts.front() != u"m" || m_depth != 0)
        return R::failure(u"A derivation path starts with m/ and is taken from the master key."_s);
    Result<ExtendedPrivateKey> key = R::success(clone());
    for (qsizetype p = 1; p < parts.size(); ++p) {
        QStringView part = parts[p];
        bool hardened = false;
        if (part.endsWith(u'\'') || part.endsWith(u'h')) {
            hardened = true;
            part.chop(1);
        }
        bool ok = false;
        const quint32 number = part.toUInt(&ok);
        if (!ok || number >= ExtendedPublicKey::HardenedOffset)
            return R::failure(u"'%1' is not a derivation step."_s.arg(parts[p]));
        key = key->deriveChild(hardened ? number + ExtendedPublicKey::HardenedOffset : number);
        if (!key)
            return key;
    }
    return key;
}

ExtendedPrivateKey ExtendedPrivateKey::clone() const
{
    ExtendedPrivateKey copy;
    copy.m_key = m_key.clone();
    copy.m_chainCode = m_chainCode.clone();
    copy.m_depth = m_depth;
    copy.m_parentFingerprint = m_parentFingerprint;
    copy.m_childNumber = m_childNumber;
    return copy;
}

QByteArray ExtendedPrivateKey::compressedPublicKey() const
{
    return publicKeyOf(m_key, true);
}

ExtendedPublicKey ExtendedPrivateKey::publicKey(ExtendedPublicKey::Network network) const
{
    QByteArray payload;
    appendBigEndian32(payload, network == ExtendedPublicKey::Network::Mainnet ? 0x0488B21Eu : 0x043587CFu);
    payload.append(static_cast<char>(m_depth));
    appendBigEndian32(payload, m_parentFingerprint);
    appendBigEndian32(payload, m_childNumber);
    payload.append(reinterpret_cast<const char *>(m_chainCode.data()), 32);
    payload.append(compressedPublicKey());
    // Built from a valid key, so parsing cannot fail.
    return *ExtendedPublicKey::parse(base58::encodeCheck(payload));
}

QString ExtendedPrivateKey::address() const
{
    return ethereum::addressFromPublicKey(publicKeyOf(m_key, false));
}
