#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

// BIP-39 recovery phrases (English word list): checking a phrase the owner types, and turning it into the
// 64-byte seed BIP-32 starts from. Everything secret stays in SecretBytes.
namespace bip39 {

const std::array<const char *, 2048> &englishWords();

// The phrase as BIP-39 wants it: its words in lower case, separated by single spaces. Any run of spaces,
// tabs or line breaks separates words, so a phrase pasted over several lines is fine.
// Fails (message in *problem, naming word positions but never the words) when the phrase is not 12, 15, 18,
// 21 or 24 words of the English list, or its checksum does not match (a wrong or swapped word).
std::optional<SecretBytes> normalisedPhrase(const SecretBytes &typed, QString *problem);

// PBKDF2-HMAC-SHA512(phrase, "mnemonic" + passphrase, 2048 rounds), 64 bytes. The phrase must already be
// normalised (normalisedPhrase); the passphrase (UTF-8, may be empty) is NFKD-normalised here as BIP-39 asks.
SecretBytes seed(const SecretBytes &normalisedPhrase, const SecretBytes &passphrase);

// The phrase for 16, 20, 24, 28 or 32 bytes of entropy (12 to 24 words); empty for any other size.
SecretBytes phraseFromEntropy(QByteArrayView entropy);

} // namespace bip39
