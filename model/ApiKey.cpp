#include "ApiKey.h"

using namespace Qt::StringLiterals;

QString apiKeyKindName(ApiKey::Kind kind)
{
    return kind == ApiKey::Kind::ReadOnly ? u"read_only"_s : u"secret"_s;
}
