#pragma once

#include "ExtendedPublicKey.h"
#include "Result.h"
#include "SecretBytes.h"

#include <QString>

// A BIP-32 extended private key, held only for as long as a command that signs needs it (collecting the
// shop's money into its wallet). Key and chain code live in SecretBytes, wiped when the object goes.
// Move-only, like the bytes it holds.
class ExtendedPrivateKey
{
public:
    // BIP-32 master key: HMAC-SHA512("Bitcoin seed", seed). Fails in the ~2^-127 case BIP-32 calls invalid.
    static Result<ExtendedPrivateKey> fromSeed(const SecretBytes &seed);

    // CKDpriv; index >= ExtendedPublicKey::HardenedOffset is hardened.
    Result<ExtendedPrivateKey> deriveChild(quint32 index) const;
    // "m/44'/60'/0'/0/3" (h or ' mark hardened) from a master key.
    Result<ExtendedPrivateKey> derivePath(QStringView path) const;

    // The matching extended public key (N(k, c) in BIP-32): compare with the configured xpub.
    ExtendedPublicKey
    publicKey(ExtendedPublicKey::Network network = ExtendedPublicKey::Network::Mainnet) const;
    // The EIP-55 Ethereum address of this key.
    QString address() const;
    // The 32-byte private key, for signing.
    const SecretBytes &privateKey() const { return m_key; }

    ExtendedPrivateKey(ExtendedPrivateKey &&) noexcept = default;
    ExtendedPrivateKey &operator=(ExtendedPrivateKey &&) noexcept = default;

private:
    ExtendedPrivateKey() = default;
    ExtendedPrivateKey clone() const;
    QByteArray compressedPublicKey() const;

    SecretBytes m_key;       // 32 bytes
    SecretBytes m_chainCode; // 32 bytes
    quint8 m_depth = 0;
    quint32 m_parentFingerprint = 0;
    quint32 m_childNumber = 0;
};
