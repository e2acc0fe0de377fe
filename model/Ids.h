#pragma once

#include <QString>

// Object ids: a prefix and 24 base62 characters, e.g. "cs_0ScW8Yq2…": the creation time in milliseconds
// (8 characters), then 16 random characters (~95 bits) from the system CSPRNG. Unguessable, because checkout
// pages are public by id; ordered by time as text (ids of one millisecond in random order), so that the
// database appends new ones instead of scattering them.
inline constexpr int kIdTimeChars = 8;
inline constexpr int kIdRandomChars = 16;
QString newObjectId(QStringView prefix);
// n random bytes from the system CSPRNG, as base62 text.
QString randomToken(int length);
