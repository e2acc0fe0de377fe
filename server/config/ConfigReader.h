#pragma once

// Internal to the configuration library: the reader every section loader shares, and the loaders that
// live in their own file.

#include "AppConfig.h"

#include <QSettings>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace configload {

// Collects every problem in the file, so the merchant fixes them in one go.
class Reader
{
public:
    explicit Reader(QSettings &settings)
        : m_settings(settings)
    {}

    bool has(const QString &key) const { return m_settings.contains(key); }

    QString text(const QString &key, const QString &fallback) const
    {
        if (!has(key))
            return fallback;
        const QVariant value = m_settings.value(key);
        // QSettings turns "a, b" into a list; an INI value is one line of text to us.
        if (value.metaType().id() == QMetaType::QStringList)
            return value.toStringList().join(u", "_s);
        return value.toString().trimmed();
    }

    int integer(const QString &key, int fallback, int minimum, int maximum, const QString &unit)
    {
        if (!has(key))
            return fallback;
        bool ok = false;
        const QString raw = text(key, {});
        const int value = raw.toInt(&ok);
        if (!ok || value < minimum || value > maximum) {
            error(key, u"'%1' is not a whole number of %2 from %3 to %4"_s.arg(raw, unit).arg(minimum).arg(
                           maximum));
            return fallback;
        }
        return value;
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QString raw = text(key, {}).toLower();
        if (raw == u"true" || raw == u"1" || raw == u"yes")
            return true;
        if (raw == u"false" || raw == u"0" || raw == u"no")
            return false;
        error(key, u"'%1' is not true or false"_s.arg(raw));
        return fallback;
    }

    QUrl url(const QString &key, const QUrl &fallback, const QStringList &schemes)
    {
        if (!has(key))
            return fallback;
        const QString raw = text(key, {});
        const QUrl value(raw, QUrl::StrictMode);
        if (!value.isValid() || value.host().isEmpty() || !schemes.contains(value.scheme())) {
            error(key, u"'%1' is not a %2 URL"_s.arg(raw, schemes.join(u" or "_s)));
            return fallback;
        }
        return value;
    }

    void error(const QString &key, const QString &message)
    {
        const int slash = key.indexOf(u'/');
        const QString shown = slash < 0 ? key : u"[%1] %2"_s.arg(key.left(slash), key.mid(slash + 1));
        m_errors << u"%1: %2."_s.arg(shown, message);
    }

    const QStringList &errors() const { return m_errors; }

private:
    QSettings &m_settings;
    QStringList m_errors;
};

// [prices] (AppConfigPrices.cpp)
void loadPrices(AppConfig &config, Reader &reader);

} // namespace configload
