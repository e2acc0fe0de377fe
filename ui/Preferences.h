#pragma once

#include <QString>

// What the console remembers between runs for the merchant's convenience (not configuration: that is
// config.ini, through interfaces::Console). Kept by QSettings under the application's name.
namespace preferences {

QString lastCurrency(); // "USD" until one was used
void setLastCurrency(const QString &currency);
QString lastAsset(); // empty until one was used
void setLastAsset(const QString &asset);

} // namespace preferences
