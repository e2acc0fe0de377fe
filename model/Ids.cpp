#include "Ids.h"

#include <QRandomGenerator>

QString randomToken(int length)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString token;
    token.reserve(length);
    auto *generator = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet[generator->bounded(62)]));
    return token;
}

QString newObjectId(QStringView prefix)
{
    return prefix.toString() + QLatin1Char('_') + randomToken(24);
}
