#pragma once

#include "Result.h"
#include "UInt256.h"

#include <QString>
#include <QStringList>

#include <optional>

// Fiat amounts, exchange rates and their conversion to wei: exact, integer-only.

struct Currency
{
    QString code;       // ISO 4217, upper case
    int minorUnits = 2; // digits after the decimal point (USD 2, JPY 0, BHD 3)
};

// The fiat currencies sessions may be priced in. Lookup is case-insensitive ("usd" is USD).
std::optional<Currency> currencyByCode(const QString &code);
QStringList supportedCurrencyCodes();

struct FiatAmount
{
    qint64 minor = 0; // in the currency's minor unit: cents for USD, yen for JPY
    QString currency; // ISO 4217, upper case

    QString toDecimalString() const; // "99.00", "1500" for JPY
    friend bool operator==(const FiatAmount &, const FiatAmount &) = default;
};

// At most 15 significant digits, no sign, no exponent, no whitespace, at most the currency's minor
// units after the point, greater than zero.
Result<FiatAmount> parseFiatAmount(const QString &value, const QString &currencyCode);

// What one unit of `base` (a chain's coin "ETH", "POL", or a token "LINK") costs in the fiat currency
// `quote`. Every coin has its own pairs: a coin is never priced at another coin's rate.
struct CurrencyPair
{
    QString base;                                        // upper case
    QString quote;                                       // ISO 4217, upper case
    QString name() const { return base + u'-' + quote; } // "POL-USD"
    friend bool operator==(const CurrencyPair &, const CurrencyPair &) = default;
};
// A base symbol: 1 to 16 letters, digits or dots ("ETH", "POL", "USDC.E"), upper-cased.
bool isAssetSymbol(const QString &symbol);
// "POL-USD" (any case) -> {POL, USD}: an asset symbol and a supported fiat currency; nullopt otherwise.
std::optional<CurrencyPair> parseCurrencyPair(const QString &text);

// The price of one unit of a crypto asset in a fiat currency ("3012.40" USD per ETH), as an integer
// scaled by 10^decimals.
struct ExchangeRate
{
    QString base = QStringLiteral("ETH");
    QString quote = QStringLiteral("USD");
    UInt256 scaled;
    unsigned decimals = 0;

    QString toDecimalString() const; // trailing zeros trimmed: "3012.4"
    CurrencyPair pair() const { return {base, quote}; }
    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;
};

// Positive, at most 18 decimals and 36 digits.
Result<ExchangeRate> parseExchangeRate(const QString &base, const QString &quote, const QString &value);

inline constexpr unsigned kWeiDecimals = 18;
// Amounts are rounded up to a multiple of 10^10 wei: 8 decimals of ETH, exactly displayable.
inline constexpr unsigned kDisplayDecimals = 8;

// fiat / rate in the asset's base unit (wei for ETH: assetDecimals 18), rounded up so the merchant never
// receives less than asked at the locked rate. The result is a multiple of 10^(assetDecimals -
// displayDecimals) when assetDecimals > displayDecimals.
Result<UInt256> convertFiatToBaseUnits(const FiatAmount &fiat, const ExchangeRate &rate,
                                       unsigned assetDecimals = kWeiDecimals,
                                       unsigned displayDecimals = kDisplayDecimals);

// What baseUnits of an asset are worth in the rate's fiat currency, in its minor units, rounded half up:
// the value of a payment at the session's locked rate, for the books. nullopt for an unknown currency or a
// value beyond qint64.
std::optional<FiatAmount> convertBaseUnitsToFiat(const UInt256 &baseUnits, const ExchangeRate &rate,
                                                 unsigned assetDecimals);

// A token pegged to one fiat currency (a USD stablecoin) priced in another: fiat × (ETH in peg) /
// (ETH in fiat) in the token's smallest unit, rounded up, from the two ETH quotes with integers only.
Result<UInt256> convertFiatThroughPeg(const FiatAmount &fiat, const ExchangeRate &ethInFiat,
                                      const ExchangeRate &ethInPeg, unsigned tokenDecimals);
// The price of one unit of the peg in the fiat currency the two ETH quotes imply (ethInFiat / ethInPeg),
// truncated to `decimals` places, as <base>-<fiat>: what a session priced through its peg shows as its rate.
// nullopt if a rate is zero or out of range.
std::optional<ExchangeRate> crossRate(const QString &base, const ExchangeRate &ethInFiat,
                                      const ExchangeRate &ethInPeg, unsigned decimals = 18);

// "0.033" from 33000000000000000 wei: trailing zeros trimmed.
QString formatUnits(const UInt256 &baseUnits, unsigned decimals = kWeiDecimals);
QString toQString(const UInt256 &value);
std::optional<UInt256> uint256FromQString(const QString &decimalDigits);

// Underpayment tolerance in basis points, from a percentage string ("0.5" -> 50), 0..100%.
Result<int> parsePercentToBasisPoints(const QString &value);
