#include "ConfigFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace configfile {

QMap<QString, QString> read(const QString &path)
{
    QMap<QString, QString> entries;
    if (!QFile::exists(path))
        return entries;
    const QSettings settings(path, QSettings::IniFormat);
    for (const QString &key : settings.allKeys()) {
        // QSettings reads "a,b" as a list; to us an INI value is one line of text.
        const QVariant value = settings.value(key);
        entries.insert(key, value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',')
                                                                     : value.toString());
    }
    return entries;
}

bool writeOver(const QString &from, const QString &to, const QMap<QString, QString> &entries)
{
    QFile::remove(to);
    if (QFile::exists(from) && !QFile::copy(from, to))
        return false;
    if (!QFile::exists(to)) {
        QFile created(to);
        if (!created.open(QIODevice::WriteOnly))
            return false;
        created.write("; Crypto Checkout settings. The README lists every key.\n");
    }
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    QSettings settings(to, QSettings::IniFormat);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it.value().isEmpty())
            settings.remove(it.key());
        else
            settings.setValue(it.key(), it.value());
    }
    settings.sync();
    return settings.status() == QSettings::NoError;
}

bool replace(const QString &path, const QMap<QString, QString> &entries, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString next = path + QStringLiteral(".new");
    if (!writeOver(path, next, entries)) {
        QFile::remove(next);
        *error = QCoreApplication::translate("ConfigFile", "Cannot write %1.").arg(next);
        return false;
    }
    if (std::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(next);
        *error = QCoreApplication::translate("ConfigFile", "Cannot replace %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace configfile
