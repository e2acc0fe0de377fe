#pragma once

#include "UInt256.h"

#include <string>
#include <string_view>

// Strict parsing and formatting of non-negative decimal numbers written as strings ("99.00"), the only
// form in which amounts and rates enter the program. The result is an integer scaled by 10^decimals,
// so no binary floating point is ever involved. Standard C++ only, so it can be fuzzed on its own.
namespace decimal {

enum class Error {
    None,
    Empty,
    Whitespace,
    Sign,
    Negative,
    Exponent,
    NotANumber,
    LeadingZero,
    MissingDigits,
    TooManyDecimals,
    TooManyDigits,
    Zero,
};

struct Parsed
{
    UInt256 scaled; // value * 10^decimals, valid when error == None
    Error error = Error::None;
    bool ok() const { return error == Error::None; }
};

struct Rules
{
    unsigned decimals = 2;   // digits allowed after the point; the result is scaled by 10^decimals
    unsigned maxDigits = 15; // significant digits in all (integer part + fraction as written)
    bool allowZero = false;
};

Parsed parse(std::string_view text, const Rules &rules);

// A sentence a merchant can act on, e.g. "has more than 2 decimal places".
std::string describe(Error error, const Rules &rules);

// Writes value / 10^decimals in plain notation. With trimZeros, trailing fraction zeros and a bare
// point are dropped ("0.033", "1"); without, exactly `decimals` fraction digits are written ("99.00").
std::string format(const UInt256 &value, unsigned decimals, bool trimZeros);

} // namespace decimal
