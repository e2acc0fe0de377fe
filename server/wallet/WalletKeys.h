#pragma once

#include "ExtendedPrivateKey.h"
#include "ExtendedPublicKey.h"
#include "Result.h"
#include "SecretBytes.h"

// The shop's wallet, unlocked for one collect: the private key of its receive chain (m/44'/60'/0'/0),
// from which each deposit address's key is derived when it signs. Only ever in memory; wiped with it.
class WalletKeys
{
public:
    // From a BIP-39 recovery phrase and optional passphrase (UTF-8). Refused, with a message that says which
    // addresses differ, unless the phrase's account key m/44'/60'/0' is `expected` (the mode's xpub): a
    // wrong phrase, or the right one with a wrong passphrase, signs nothing.
    static Result<WalletKeys> unlock(const SecretBytes &phrase, const SecretBytes &passphrase,
                                     const ExtendedPublicKey &expected);

    // The key of deposit address <xpub>/0/index.
    Result<ExtendedPrivateKey> key(quint32 index) const { return m_receive.deriveChild(index); }

private:
    explicit WalletKeys(ExtendedPrivateKey receive)
        : m_receive(std::move(receive))
    {}
    ExtendedPrivateKey m_receive;
};
