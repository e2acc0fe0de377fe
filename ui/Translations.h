#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QObject;
class QTranslator;

// Installs the translations for `locale`: Qt's own (its dialogs' buttons) and the program's, from
// `directory` (the program's are compiled in at ":/i18n"). A language the program is not translated into,
// and the C locale (LANG=C), get the English file, which carries the plural forms ("1 session",
// "6 sessions") that the source text cannot. The translators are owner's children; returned so a caller
// can remove them again.
QList<QTranslator *> installTranslations(QObject *owner, const QLocale &locale,
                                         const QString &directory = QStringLiteral(":/i18n"));
