#include "BrandColor.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

std::optional<BrandColor> BrandColor::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"_s);
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    QString digits = trimmed.mid(1);
    if (digits.size() == 3)
        digits = QString(2, digits[0]) + QString(2, digits[1]) + QString(2, digits[2]);
    return BrandColor{digits.mid(0, 2).toInt(nullptr, 16), digits.mid(2, 2).toInt(nullptr, 16),
                      digits.mid(4, 2).toInt(nullptr, 16)};
}

QString BrandColor::toHex() const
{
    return u"#%1%2%3"_s.arg(red, 2, 16, QChar(u'0'))
        .arg(green, 2, 16, QChar(u'0'))
        .arg(blue, 2, 16, QChar(u'0'));
}

double BrandColor::relativeLuminance() const
{
    auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

double BrandColor::contrastRatio(const BrandColor &a, const BrandColor &b)
{
    const double la = a.relativeLuminance();
    const double lb = b.relativeLuminance();
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
