#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// The hosted page's languages, from the same Qt Linguist .ts files as the console (compiled into this
// library's resources, see web/CMakeLists.txt). Unlike the console, each request has its own language, so
// this keeps one translator per language instead of installing one globally.
class PageTranslations
{
public:
    PageTranslations();
    ~PageTranslations();

    static QStringList languages(); // "en" first

    // ?lang= wins, then the best Accept-Language match (q-values honoured), then English.
    QString negotiate(const QString &langParameter, const QByteArray &acceptLanguage) const;
    QString translate(const QString &language, const char *context, const char *sourceText) const;

private:
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
};
