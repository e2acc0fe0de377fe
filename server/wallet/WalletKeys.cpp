#include "WalletKeys.h"

#include "Bip39.h"

using namespace Qt::StringLiterals;

Result<WalletKeys> WalletKeys::unlock(const SecretBytes &phrase, const SecretBytes &passphrase,
                                      const ExtendedPublicKey &expected)
{
    using R = Result<WalletKeys>;
    QString problem;
    const auto normalised = bip39::normalisedPhrase(phrase, &problem);
    if (!normalised)
        return R::failure(problem);
    auto master = ExtendedPrivateKey::fromSeed(bip39::seed(*normalised, passphrase));
    if (!master)
        return R::failure(master.error());
    auto account = master->derivePath(u"m/44'/60'/0'");
    if (!account)
        return R::failure(account.error());
    const ExtendedPublicKey derived = account->publicKey(expected.network());
    if (derived.fingerprint() != expected.fingerprint()) {
        const QString theirs = derived.depositAddress(0).ok() ? *derived.depositAddress(0) : QString();
        const QString ours = expected.depositAddress(0).ok() ? *expected.depositAddress(0) : QString();
        return R::failure(
            u"This recovery phrase%1 is not the wallet this mode is paid into: its first address is %2, the "
            u"configured xpub's is %3. Nothing was signed or sent. Check the words, their order%4."_s.arg(
                passphrase.isEmpty() ? QString() : u" with this passphrase"_s, theirs, ours,
                passphrase.isEmpty() ? u", and whether the wallet has a passphrase"_s
                                     : u" and the passphrase"_s));
    }
    auto receive = account->deriveChild(0);
    if (!receive)
        return R::failure(receive.error());
    return R::success(WalletKeys(std::move(receive.value())));
}
