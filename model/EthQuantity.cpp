#include "EthQuantity.h"

#include <QString>

using namespace Qt::StringLiterals;

std::optional<qint64> parseQuantity(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (!text.startsWith(u"0x"_s) || text.size() < 3 || text.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 number = text.mid(2).toLongLong(&ok, 16);
    if (!ok || number < 0)
        return std::nullopt;
    for (QChar c : QStringView(text).mid(2)) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return std::nullopt;
    }
    return number;
}
