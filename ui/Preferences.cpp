#include "Preferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace preferences {

QString lastCurrency()
{
    return QSettings().value(u"console/lastCurrency"_s, u"USD"_s).toString();
}

void setLastCurrency(const QString &currency)
{
    QSettings().setValue(u"console/lastCurrency"_s, currency);
}

QString lastAsset()
{
    return QSettings().value(u"console/lastAsset"_s).toString();
}

void setLastAsset(const QString &asset)
{
    QSettings().setValue(u"console/lastAsset"_s, asset);
}

} // namespace preferences
