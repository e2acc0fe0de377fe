#pragma once

#include <QByteArray>
#include <QString>

// Ethereum account addresses: from a public key, and in EIP-55 mixed-case checksum form, so that an
// address typed or pasted with a wrong character is caught before money is sent to it.
namespace ethereum {

// Keccak-256 as Ethereum uses it (the original Keccak padding, not the standardised SHA3-256).
QByteArray keccak256(const QByteArray &data);

// The EIP-55 address of an uncompressed secp256k1 public key (65 bytes, 0x04 prefix): the last 20 bytes
// of Keccak-256 over the 64 coordinate bytes. Returns an empty string if the input is not such a key.
QString addressFromPublicKey(const QByteArray &uncompressed65);

// The EIP-55 form of a 40-hex-digit address given with or without 0x, in any letter case. The case of the
// input is ignored, not verified (use isValidAddress for that). Returns an empty string if the input is
// not 40 hex digits.
QString toChecksumAddress(const QString &hexAddress);

// True for 0x followed by 40 hex digits that are all lower case, all upper case, or exactly the EIP-55
// checksum casing. Mixed case with a wrong checksum means a mistyped address, so it is refused.
bool isValidAddress(const QString &text);

} // namespace ethereum
