#pragma once

#include <QString>

// Object ids: a prefix and 24 random base62 characters (~142 bits) from the system CSPRNG, e.g.
// "cs_4fT0aQ...". Unguessable, because checkout pages are public by id.
QString newObjectId(QStringView prefix);
// n random bytes from the system CSPRNG, as base62 text.
QString randomToken(int length);
