#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

QList<QTranslator *> installTranslations(QObject *owner, const QLocale &locale, const QString &directory)
{
    QList<QTranslator *> installed;
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed << qt;
    } else {
        delete qt;
    }
    auto *own = new QTranslator(owner);
    if (own->load(locale, u"cryptocheckout"_s, u"_"_s, directory) ||
        own->load(u"cryptocheckout_en"_s, directory)) {
        QCoreApplication::installTranslator(own);
        installed << own;
    } else {
        delete own;
    }
    return installed;
}
