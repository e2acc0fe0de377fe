#include "BrandColor.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The shop's accent colour: parsed strictly, and judged by WCAG 2.1 contrast with the white text the pay
// button puts on it (values checked against the WCAG formula by hand and WebAIM's contrast checker).
class TestBrandColor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses()
    {
        QCOMPARE(BrandColor::parse(u"#1F6FEB"_s)->toHex(), u"#1f6feb"_s);
        QCOMPARE(BrandColor::parse(u" #16a "_s)->toHex(), u"#1166aa"_s);
        for (const QString &bad :
             {u"1f6feb"_s, u"#1f6fe"_s, u"#gggggg"_s, u"blue"_s, u"#1f6feb00"_s, QString()})
            QVERIFY2(!BrandColor::parse(bad), qPrintable(bad));
    }

    void contrast()
    {
        const BrandColor black{0, 0, 0};
        const BrandColor white{255, 255, 255};
        QCOMPARE(qRound(BrandColor::contrastRatio(black, white) * 100), 2100);
        QCOMPARE(qRound(BrandColor::contrastRatio(white, black) * 100), 2100);
        QCOMPARE(qRound(white.contrastWithWhite() * 100), 100);
        // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 fails (4.48:1).
        QCOMPARE(qRound(BrandColor::parse(u"#767676"_s)->contrastWithWhite() * 100), 454);
        QVERIFY(BrandColor::parse(u"#767676"_s)->readableWithWhiteText());
        QVERIFY(!BrandColor::parse(u"#777777"_s)->readableWithWhiteText());
        QVERIFY(BrandColor::parse(u"#3b5bdb"_s)->readableWithWhiteText());  // the page's own
        QVERIFY(!BrandColor::parse(u"#ffd43b"_s)->readableWithWhiteText()); // yellow: 1.4:1
    }
};

QTEST_APPLESS_MAIN(TestBrandColor)
#include "tst_brandcolor.moc"
