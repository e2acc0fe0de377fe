#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <initializer_list>

// The SHA-256 or SHA-512 of the parts, one after the other, on OpenSSL with the algorithm fetched once per
// process and a context kept per thread: OpenSSL 3's one-shot functions look the algorithm up on every call,
// which costs more than hashing a short input, and Qt's own SHA-2 is several times slower than OpenSSL's.
// For hashes on a hot path (every API request, every deposit address). Falls back to QCryptographicHash,
// which gives the same digest, should OpenSSL fail.
QByteArray keptDigest(QCryptographicHash::Algorithm algorithm, std::initializer_list<QByteArrayView> parts);
