#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <optional>

// A BIP32 extended public key (xpub / tpub): the merchant's account key, from which the server derives a
// fresh deposit address per checkout without ever holding a private key.
//
// A value type: copies are cheap and independent, and every const member may be called from any thread.
class ExtendedPublicKey
{
public:
    enum class Network { Mainnet, Testnet };

    // Child numbers at or above this are hardened; they need the private key, so they cannot be derived here.
    static constexpr quint32 HardenedOffset = 0x80000000u;

    // Accepts a Base58Check xpub (mainnet, version 0x0488B21E) or tpub (testnet, 0x043587CF). Surrounding
    // whitespace is ignored. Private keys, recovery phrases and other wallet strings are refused with a
    // message the merchant can act on.
    static Result<ExtendedPublicKey> parse(const QString &text);

    // BIP32 CKDpub. Fails for hardened indexes (index >= 2^31), at the maximum depth of 255, and in the
    // ~2^-127 case BIP32 declares invalid (the caller should then move on to the next index).
    Result<ExtendedPublicKey> deriveChild(quint32 index) const;

    // The EIP-55 checksummed Ethereum address of <this key>/0/index. For an account-level key (m/44'/60'/0')
    // that is m/44'/60'/0'/0/index, the layout MetaMask and other BIP44 wallets use for their addresses.
    Result<QString> depositAddress(quint32 index) const;
    // depositAddress in two steps, for many addresses of one key: receiveChain() (<this key>/0) once, then
    // childAddress(index) on it.
    Result<ExtendedPublicKey> receiveChain() const;
    Result<QString> childAddress(quint32 index) const;

    // The Base58Check serialisation, keeping the version (xpub or tpub) the key was parsed with.
    QString toBase58() const;

    QByteArray compressedPublicKey() const;   // 33 bytes, 0x02/0x03 prefix
    QByteArray uncompressedPublicKey() const; // 65 bytes, 0x04 prefix
    QByteArray chainCode() const;             // 32 bytes
    Network network() const { return m_network; }
    int depth() const { return m_depth; }
    quint32 childNumber() const { return m_childNumber; }
    quint32 parentFingerprint() const { return m_parentFingerprint; } // BIP32's, as stored in the key

    // The first 16 lowercase hex characters (64 bits) of SHA-256(chain code || compressed public key).
    // Only the two fields that determine the derived addresses are hashed, so the same account pasted
    // as xpub or tpub, or exported by wallets that fill depth / parent / child number differently, keeps
    // one fingerprint and therefore one address-index counter: a restarted counter would hand out
    // addresses that earlier checkouts already used. Not BIP32's HASH160 fingerprint.
    QString fingerprint() const;

    // BIP32's fingerprint of a compressed public key: the first four bytes of HASH160 = RIPEMD-160(SHA-256),
    // as a child key stores its parent's. nullopt when OpenSSL offers no RIPEMD-160.
    static std::optional<quint32> keyFingerprint(QByteArrayView compressedPublicKey);

private:
    ExtendedPublicKey() = default;

    // CKDpub proper. The parent fingerprint (HASH160, via OpenSSL's RIPEMD-160) only matters for
    // serialisation, so address derivation skips it and cannot fail on an OpenSSL without RIPEMD-160.
    Result<ExtendedPublicKey> derive(quint32 index, bool withParentFingerprint) const;

    Network m_network = Network::Mainnet;
    quint8 m_depth = 0;
    quint32 m_parentFingerprint = 0;
    quint32 m_childNumber = 0;
    std::array<quint8, 32> m_chainCode{};
    std::array<quint8, 33> m_publicKey{}; // compressed, already checked to be on the curve
    // The same key as libsecp256k1 holds it once parsed (its opaque 64-byte secp256k1_pubkey): kept so that
    // deriving a child does not decompress the parent's key again, a square root per address. Meaningful
    // only to this process's libsecp256k1; never serialised.
    std::array<quint8, 64> m_point{};
};

// Bitcoin's Base58 and Base58Check, as used by BIP32 serialisation. Public so tests can build malformed keys.
namespace base58 {
QString encode(const QByteArray &bytes);
// nullopt when a character is outside the Base58 alphabet.
std::optional<QByteArray> decode(QStringView text);
// payload followed by the first four bytes of SHA-256(SHA-256(payload)), Base58-encoded.
QString encodeCheck(const QByteArray &payload);
} // namespace base58
