#include "PageTranslations.h"

#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

PageTranslations::PageTranslations()
{
    for (const QString &language : languages()) {
        if (language == u"en")
            continue;
        auto translator = std::make_shared<QTranslator>();
        // The web library's own copy (web/CMakeLists.txt), so the page is translated wherever it is served.
        if (translator->load(u":/i18n/checkout_%1.qm"_s.arg(language)))
            m_translators.insert(language, translator);
    }
}

PageTranslations::~PageTranslations() = default;

QStringList PageTranslations::languages()
{
    return {u"en"_s, u"de"_s, u"es"_s, u"fr"_s};
}

QString PageTranslations::negotiate(const QString &langParameter, const QByteArray &acceptLanguage) const
{
    const QString requested = langParameter.left(2).toLower();
    if (languages().contains(requested))
        return requested;
    struct Choice
    {
        QString language;
        double quality; // not money: a preference weight
    };
    QList<Choice> choices;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> fields = part.trimmed().split(';');
        const QString tag = QString::fromLatin1(fields.value(0)).trimmed().toLower().left(2);
        double quality = 1.0;
        for (const QByteArray &field : fields.mid(1)) {
            if (field.trimmed().startsWith("q="))
                quality = field.trimmed().mid(2).toDouble();
        }
        if (!tag.isEmpty() && quality > 0)
            choices.append({tag, quality});
    }
    std::stable_sort(choices.begin(), choices.end(),
                     [](const Choice &a, const Choice &b) { return a.quality > b.quality; });
    for (const Choice &choice : choices) {
        if (languages().contains(choice.language))
            return choice.language;
    }
    return u"en"_s;
}

QString PageTranslations::translate(const QString &language, const char *context,
                                    const char *sourceText) const
{
    const auto translator = m_translators.value(language);
    if (translator) {
        const QString translated = translator->translate(context, sourceText);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(sourceText);
}
