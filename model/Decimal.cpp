#include "Decimal.h"

namespace decimal {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    // Any ASCII control or space, and the first byte of a UTF-8 sequence (non-breaking spaces, digits
    // of other scripts, zero-width characters): none of these belong in an amount.
    return c == ' ' || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F;
}
} // namespace

Parsed parse(std::string_view text, const Rules &rules)
{
    Parsed result;
    auto fail = [&result](Error error) {
        result.error = error;
        result.scaled = UInt256{};
        return result;
    };
    if (text.empty())
        return fail(Error::Empty);
    for (char c : text) {
        if (isSpace(c))
            return fail(Error::Whitespace);
    }
    if (text.front() == '-')
        return fail(Error::Negative);
    if (text.front() == '+')
        return fail(Error::Sign);
    for (char c : text) {
        if (c == 'e' || c == 'E')
            return fail(Error::Exponent);
    }

    const auto point = text.find('.');
    const std::string_view integerPart = text.substr(0, point);
    const std::string_view fractionPart =
        point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (integerPart.empty() || (point != std::string_view::npos && fractionPart.empty()))
        return fail(Error::MissingDigits);
    for (char c : integerPart) {
        if (!isDigit(c))
            return fail(Error::NotANumber);
    }
    for (char c : fractionPart) {
        if (!isDigit(c))
            return fail(Error::NotANumber);
    }
    if (integerPart.size() > 1 && integerPart.front() == '0')
        return fail(Error::LeadingZero);
    if (integerPart.size() + fractionPart.size() > rules.maxDigits)
        return fail(Error::TooManyDigits);
    if (fractionPart.size() > rules.decimals)
        return fail(Error::TooManyDecimals);

    std::string digits(integerPart);
    digits.append(fractionPart);
    digits.append(rules.decimals - fractionPart.size(), '0');
    auto value = UInt256::fromDecimal(digits);
    if (!value)
        return fail(Error::TooManyDigits);
    if (value->isZero() && !rules.allowZero)
        return fail(Error::Zero);
    result.scaled = *value;
    return result;
}

std::string describe(Error error, const Rules &rules)
{
    switch (error) {
    case Error::None:
        return "is valid";
    case Error::Empty:
        return "is empty";
    case Error::Whitespace:
        return "contains whitespace or a non-ASCII character";
    case Error::Sign:
        return "must not carry a sign";
    case Error::Negative:
        return "must not be negative";
    case Error::Exponent:
        return "must be written without an exponent";
    case Error::NotANumber:
        return "is not a decimal number (digits and one '.' only)";
    case Error::LeadingZero:
        return "must not have leading zeros";
    case Error::MissingDigits:
        return "needs digits on both sides of the decimal point";
    case Error::TooManyDecimals:
        return rules.decimals == 0 ? std::string("must be a whole number for this currency")
                                   : "has more than " + std::to_string(rules.decimals) + " decimal places";
    case Error::TooManyDigits:
        return "has more than " + std::to_string(rules.maxDigits) + " digits";
    case Error::Zero:
        return "must be greater than zero";
    }
    return "is invalid";
}

std::string format(const UInt256 &value, unsigned decimals, bool trimZeros)
{
    std::string digits = value.toDecimal();
    if (decimals == 0)
        return digits;
    if (digits.size() <= decimals)
        digits.insert(0, decimals + 1 - digits.size(), '0');
    std::string integerPart = digits.substr(0, digits.size() - decimals);
    std::string fractionPart = digits.substr(digits.size() - decimals);
    if (trimZeros) {
        while (!fractionPart.empty() && fractionPart.back() == '0')
            fractionPart.pop_back();
    }
    return fractionPart.empty() ? integerPart : integerPart + "." + fractionPart;
}

} // namespace decimal
