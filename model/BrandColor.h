#pragma once

#include <QString>

#include <optional>

// A shop's accent colour ([shop] accentColor, "#1f6feb" or "#16a"): parsed, and checked against the WCAG
// 2.1 contrast its use needs. The hosted page puts white text on it (the pay button), so it must reach AA
// for normal text, 4.5:1, against white; a lighter colour is refused and the page keeps its own.
struct BrandColor
{
    int red = 0;
    int green = 0;
    int blue = 0;

    // "#rrggbb" or "#rgb", any case; nothing for anything else.
    static std::optional<BrandColor> parse(const QString &text);
    QString toHex() const; // "#1f6feb"
    // WCAG 2.1 relative luminance, 0 (black) to 1 (white).
    double relativeLuminance() const;
    // (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21.
    static double contrastRatio(const BrandColor &a, const BrandColor &b);
    double contrastWithWhite() const { return contrastRatio(*this, BrandColor{255, 255, 255}); }
    bool readableWithWhiteText() const { return contrastWithWhite() >= kMinimumContrast; }

    static constexpr double kMinimumContrast = 4.5; // WCAG AA, normal text
};
