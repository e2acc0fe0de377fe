#include "Money.h"

#include "Decimal.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {
struct CurrencyEntry
{
    const char *code;
    int minorUnits;
};

// ISO 4217 minor units for the currencies price sources quote against ETH.
constexpr std::array kCurrencies{
    CurrencyEntry{"USD", 2}, CurrencyEntry{"EUR", 2}, CurrencyEntry{"GBP", 2}, CurrencyEntry{"CHF", 2},
    CurrencyEntry{"JPY", 0}, CurrencyEntry{"CAD", 2}, CurrencyEntry{"AUD", 2}, CurrencyEntry{"NZD", 2},
    CurrencyEntry{"SEK", 2}, CurrencyEntry{"NOK", 2}, CurrencyEntry{"DKK", 2}, CurrencyEntry{"PLN", 2},
    CurrencyEntry{"CZK", 2}, CurrencyEntry{"SGD", 2}, CurrencyEntry{"HKD", 2}, CurrencyEntry{"KRW", 0},
    CurrencyEntry{"INR", 2}, CurrencyEntry{"BRL", 2}, CurrencyEntry{"MXN", 2}, CurrencyEntry{"ZAR", 2},
    CurrencyEntry{"TRY", 2}, CurrencyEntry{"AED", 2}, CurrencyEntry{"ILS", 2}, CurrencyEntry{"BHD", 3},
    CurrencyEntry{"KWD", 3},
};

QString fromStd(const std::string &text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}
} // namespace

std::optional<Currency> currencyByCode(const QString &code)
{
    const QString upper = code.toUpper();
    for (const auto &entry : kCurrencies) {
        if (upper == QLatin1StringView(entry.code))
            return Currency{upper, entry.minorUnits};
    }
    return std::nullopt;
}

QStringList supportedCurrencyCodes()
{
    QStringList codes;
    for (const auto &entry : kCurrencies)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

QString FiatAmount::toDecimalString() const
{
    const auto info = currencyByCode(currency);
    const unsigned decimals = info ? static_cast<unsigned>(info->minorUnits) : 2U;
    return fromStd(decimal::format(UInt256{static_cast<std::uint64_t>(minor)}, decimals, false));
}

Result<FiatAmount> parseFiatAmount(const QString &value, const QString &currencyCode)
{
    const auto currency = currencyByCode(currencyCode);
    if (!currency) {
        return Result<FiatAmount>::failure(u"Unsupported currency '%1'. Supported: %2."_s.arg(
                                               currencyCode, supportedCurrencyCodes().join(u", ")),
                                           u"amount.currency"_s);
    }
    const decimal::Rules rules{static_cast<unsigned>(currency->minorUnits), 15, false};
    const QByteArray utf8 = value.toUtf8();
    const auto parsed =
        decimal::parse(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), rules);
    if (!parsed.ok()) {
        return Result<FiatAmount>::failure(
            u"The amount '%1' %2."_s.arg(value, fromStd(decimal::describe(parsed.error, rules))),
            u"amount.value"_s);
    }
    // 15 digits always fit in a qint64.
    return Result<FiatAmount>::success(
        FiatAmount{static_cast<qint64>(parsed.scaled.lowUInt64()), currency->code});
}

QString ExchangeRate::toDecimalString() const
{
    return fromStd(decimal::format(scaled, decimals, true));
}

bool isAssetSymbol(const QString &symbol)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9.]{1,16}$"_s);
    return pattern.match(symbol).hasMatch();
}

std::optional<CurrencyPair> parseCurrencyPair(const QString &text)
{
    const qsizetype dash = text.lastIndexOf(u'-');
    if (dash <= 0)
        return std::nullopt;
    const QString base = text.left(dash).trimmed().toUpper();
    const auto currency = currencyByCode(text.mid(dash + 1).trimmed());
    if (!isAssetSymbol(base) || !currency)
        return std::nullopt;
    return CurrencyPair{base, currency->code};
}

Result<ExchangeRate> parseExchangeRate(const QString &base, const QString &quote, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const std::string_view text(utf8.constData(), static_cast<size_t>(utf8.size()));
    const auto point = text.find('.');
    const unsigned written =
        point == std::string_view::npos ? 0U : static_cast<unsigned>(text.size() - point - 1);
    const decimal::Rules rules{std::min(written, 18U), 36, false};
    const auto parsed = decimal::parse(text, rules);
    if (!parsed.ok() || written > 18) {
        const decimal::Rules reported{18, 36, false};
        const auto error = parsed.ok() ? decimal::Error::TooManyDecimals : parsed.error;
        return Result<ExchangeRate>::failure(u"The %1-%2 rate '%3' %4."_s.arg(
            base, quote, value, fromStd(decimal::describe(error, reported))));
    }
    return Result<ExchangeRate>::success(ExchangeRate{base, quote, parsed.scaled, rules.decimals});
}

Result<UInt256> convertFiatToBaseUnits(const FiatAmount &fiat, const ExchangeRate &rate,
                                       unsigned assetDecimals, unsigned displayDecimals)
{
    const auto currency = currencyByCode(fiat.currency);
    if (!currency || fiat.minor <= 0 || rate.scaled.isZero())
        return Result<UInt256>::failure(
            u"Cannot convert %1 %2 at this rate."_s.arg(fiat.toDecimalString(), fiat.currency));
    const unsigned precision = std::min(assetDecimals, displayDecimals);
    // units = fiat.minor / 10^minorUnits / (rate.scaled / 10^rate.decimals) * 10^precision, rounded up.
    const auto numerator = UInt256::checkedMul(UInt256{static_cast<std::uint64_t>(fiat.minor)},
                                               UInt256::powerOfTen(precision + rate.decimals));
    const auto denominator =
        UInt256::checkedMul(rate.scaled, UInt256::powerOfTen(static_cast<unsigned>(currency->minorUnits)));
    if (!numerator || !denominator)
        return Result<UInt256>::failure(u"The amount or rate is out of range."_s);
    const auto units = UInt256::divCeil(*numerator, *denominator);
    const auto baseUnits =
        units ? UInt256::checkedMul(*units, UInt256::powerOfTen(assetDecimals - precision)) : std::nullopt;
    if (!baseUnits)
        return Result<UInt256>::failure(u"The amount or rate is out of range."_s);
    return Result<UInt256>::success(*baseUnits);
}

std::optional<FiatAmount> convertBaseUnitsToFiat(const UInt256 &baseUnits, const ExchangeRate &rate,
                                                 unsigned assetDecimals)
{
    const auto currency = currencyByCode(rate.quote);
    if (!currency)
        return std::nullopt;
    // minor = units / 10^assetDecimals * scaled / 10^rateDecimals * 10^minorUnits, rounded half up.
    const unsigned up = static_cast<unsigned>(currency->minorUnits);
    const unsigned down = assetDecimals + rate.decimals;
    auto numerator = UInt256::checkedMul(baseUnits, rate.scaled);
    if (numerator && up > 0)
        numerator = UInt256::checkedMul(*numerator, UInt256::powerOfTen(up));
    if (!numerator || down > 77)
        return std::nullopt;
    const UInt256 divisor = UInt256::powerOfTen(down);
    const auto half = UInt256::divMod(divisor, UInt256(2));
    const auto rounded = UInt256::checkedAdd(*numerator, half->first);
    const auto quotient = rounded ? UInt256::divMod(*rounded, divisor) : std::nullopt;
    if (!quotient || quotient->first.bitLength() > 62)
        return std::nullopt;
    return FiatAmount{qint64(quotient->first.lowUInt64()), currency->code};
}

Result<UInt256> convertFiatThroughPeg(const FiatAmount &fiat, const ExchangeRate &ethInFiat,
                                      const ExchangeRate &ethInPeg, unsigned tokenDecimals)
{
    const auto currency = currencyByCode(fiat.currency);
    if (!currency || fiat.minor <= 0 || ethInFiat.scaled.isZero() || ethInPeg.scaled.isZero())
        return Result<UInt256>::failure(
            u"Cannot convert %1 %2 at this rate."_s.arg(fiat.toDecimalString(), fiat.currency));
    // units = minor / 10^minorUnits * (pegScaled / 10^pegDecimals) / (fiatScaled / 10^fiatDecimals)
    //         * 10^tokenDecimals, rounded up; the powers of ten are cancelled first to keep the numbers
    //         small.
    unsigned up = tokenDecimals + ethInFiat.decimals;
    unsigned down = static_cast<unsigned>(currency->minorUnits) + ethInPeg.decimals;
    const unsigned common = std::min(up, down);
    up -= common;
    down -= common;
    std::optional<UInt256> numerator =
        UInt256::checkedMul(UInt256{static_cast<std::uint64_t>(fiat.minor)}, ethInPeg.scaled);
    if (numerator && up > 0)
        numerator = up <= 77 ? UInt256::checkedMul(*numerator, UInt256::powerOfTen(up)) : std::nullopt;
    std::optional<UInt256> denominator = ethInFiat.scaled;
    if (down > 0)
        denominator =
            down <= 77 ? UInt256::checkedMul(ethInFiat.scaled, UInt256::powerOfTen(down)) : std::nullopt;
    const auto units = numerator && denominator ? UInt256::divCeil(*numerator, *denominator) : std::nullopt;
    if (!units || units->isZero())
        return Result<UInt256>::failure(u"The amount or rate is out of range."_s);
    return Result<UInt256>::success(*units);
}

std::optional<ExchangeRate> crossRate(const QString &base, const ExchangeRate &ethInFiat,
                                      const ExchangeRate &ethInPeg, unsigned decimals)
{
    // scaled = fiatScaled / 10^fiatDecimals / (pegScaled / 10^pegDecimals) * 10^decimals, truncated.
    const unsigned up = decimals + ethInPeg.decimals;
    if (ethInPeg.scaled.isZero() || up > 77)
        return std::nullopt;
    const auto numerator = UInt256::checkedMul(ethInFiat.scaled, UInt256::powerOfTen(up));
    const auto denominator = UInt256::checkedMul(ethInPeg.scaled, UInt256::powerOfTen(ethInFiat.decimals));
    if (!numerator || !denominator)
        return std::nullopt;
    const auto quotient = UInt256::divMod(*numerator, *denominator);
    if (!quotient || quotient->first.isZero())
        return std::nullopt;
    return ExchangeRate{base, ethInFiat.quote, quotient->first, decimals};
}

QString formatUnits(const UInt256 &baseUnits, unsigned decimals)
{
    return fromStd(decimal::format(baseUnits, decimals, true));
}

QString toQString(const UInt256 &value)
{
    return fromStd(value.toDecimal());
}

std::optional<UInt256> uint256FromQString(const QString &decimalDigits)
{
    const QByteArray latin = decimalDigits.toLatin1();
    return UInt256::fromDecimal(std::string_view(latin.constData(), static_cast<size_t>(latin.size())));
}

Result<int> parsePercentToBasisPoints(const QString &value)
{
    const decimal::Rules rules{2, 5, true};
    const QByteArray utf8 = value.toUtf8();
    const auto parsed =
        decimal::parse(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), rules);
    if (!parsed.ok())
        return Result<int>::failure(u"'%1' %2"_s.arg(value, fromStd(decimal::describe(parsed.error, rules))));
    if (parsed.scaled > UInt256{10000})
        return Result<int>::failure(u"'%1' is more than 100 percent"_s.arg(value));
    return Result<int>::success(static_cast<int>(parsed.scaled.lowUInt64()));
}
