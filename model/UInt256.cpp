#include "UInt256.h"

#include <algorithm>

namespace {
__extension__ typedef unsigned __int128 uint128; // GCC and Clang both have it

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

UInt256 UInt256::max()
{
    UInt256 result;
    result.m_limbs.fill(~std::uint64_t{0});
    return result;
}

std::optional<UInt256> UInt256::fromDecimal(std::string_view digits)
{
    if (digits.empty() || digits.size() > 78)
        return std::nullopt;
    UInt256 value;
    const UInt256 ten{10};
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        auto scaled = checkedMul(value, ten);
        if (!scaled)
            return std::nullopt;
        auto sum = checkedAdd(*scaled, UInt256{static_cast<std::uint64_t>(c - '0')});
        if (!sum)
            return std::nullopt;
        value = *sum;
    }
    return value;
}

std::optional<UInt256> UInt256::fromHex(std::string_view hex)
{
    if (hex.size() >= 2 && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X'))
        hex.remove_prefix(2);
    if (hex.empty() || hex.size() > 64)
        return std::nullopt;
    UInt256 value;
    for (char c : hex) {
        const int digit = hexValue(c);
        if (digit < 0)
            return std::nullopt;
        for (int i = 3; i > 0; --i)
            value.m_limbs[i] = (value.m_limbs[i] << 4) | (value.m_limbs[i - 1] >> 60);
        value.m_limbs[0] = (value.m_limbs[0] << 4) | static_cast<std::uint64_t>(digit);
    }
    return value;
}

UInt256 UInt256::fromBigEndian(const std::array<std::uint8_t, 32> &bytes)
{
    UInt256 value;
    for (int i = 0; i < 32; ++i) {
        const int limb = 3 - i / 8;
        value.m_limbs[limb] = (value.m_limbs[limb] << 8) | bytes[i];
    }
    return value;
}

std::array<std::uint8_t, 32> UInt256::toBigEndian() const
{
    std::array<std::uint8_t, 32> bytes{};
    for (int i = 0; i < 32; ++i) {
        const int limb = 3 - i / 8;
        const int shift = 8 * (7 - i % 8);
        bytes[i] = static_cast<std::uint8_t>(m_limbs[limb] >> shift);
    }
    return bytes;
}

UInt256 UInt256::powerOfTen(unsigned exponent)
{
    UInt256 value{1};
    for (unsigned i = 0; i < exponent && i < 77; ++i)
        value = *checkedMul(value, UInt256{10});
    return value;
}

std::string UInt256::toDecimal() const
{
    if (isZero())
        return "0";
    std::string digits;
    UInt256 rest = *this;
    // Divide by 10^19 at a time: the largest power of ten in a limb.
    constexpr std::uint64_t chunk = 10000000000000000000ULL;
    while (!rest.isZero()) {
        uint128 remainder = 0;
        for (int i = 3; i >= 0; --i) {
            const uint128 current = (remainder << 64) | rest.m_limbs[i];
            rest.m_limbs[i] = static_cast<std::uint64_t>(current / chunk);
            remainder = current % chunk;
        }
        auto part = static_cast<std::uint64_t>(remainder);
        for (int i = 0; i < 19; ++i) {
            digits.push_back(static_cast<char>('0' + part % 10));
            part /= 10;
        }
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    std::reverse(digits.begin(), digits.end());
    return digits;
}

std::string UInt256::toHex() const
{
    static constexpr char alphabet[] = "0123456789abcdef";
    std::string digits;
    for (int i = 3; i >= 0; --i) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            const auto nibble = static_cast<unsigned>((m_limbs[i] >> shift) & 0xF);
            if (digits.empty() && nibble == 0)
                continue;
            digits.push_back(alphabet[nibble]);
        }
    }
    return "0x" + (digits.empty() ? std::string("0") : digits);
}

unsigned UInt256::bitLength() const
{
    for (int i = 3; i >= 0; --i) {
        if (m_limbs[i] != 0)
            return static_cast<unsigned>(64 * i + 64 - __builtin_clzll(m_limbs[i]));
    }
    return 0;
}

std::optional<UInt256> UInt256::checkedAdd(const UInt256 &a, const UInt256 &b)
{
    UInt256 result;
    std::uint64_t carry = 0;
    for (int i = 0; i < 4; ++i) {
        const uint128 sum = uint128{a.m_limbs[i]} + b.m_limbs[i] + carry;
        result.m_limbs[i] = static_cast<std::uint64_t>(sum);
        carry = static_cast<std::uint64_t>(sum >> 64);
    }
    if (carry)
        return std::nullopt;
    return result;
}

std::optional<UInt256> UInt256::checkedSub(const UInt256 &a, const UInt256 &b)
{
    if (a < b)
        return std::nullopt;
    UInt256 result;
    std::uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const uint128 subtrahend = uint128{b.m_limbs[i]} + borrow;
        borrow = uint128{a.m_limbs[i]} < subtrahend ? 1 : 0;
        result.m_limbs[i] = static_cast<std::uint64_t>((uint128{borrow} << 64) + a.m_limbs[i] - subtrahend);
    }
    return result;
}

std::optional<UInt256> UInt256::checkedMul(const UInt256 &a, const UInt256 &b)
{
    std::array<std::uint64_t, 8> product{};
    for (int i = 0; i < 4; ++i) {
        std::uint64_t carry = 0;
        for (int j = 0; j < 4; ++j) {
            const uint128 current = uint128{a.m_limbs[i]} * b.m_limbs[j] + product[i + j] + carry;
            product[i + j] = static_cast<std::uint64_t>(current);
            carry = static_cast<std::uint64_t>(current >> 64);
        }
        product[i + 4] += carry;
    }
    if (product[4] | product[5] | product[6] | product[7])
        return std::nullopt;
    UInt256 result;
    std::copy_n(product.begin(), 4, result.m_limbs.begin());
    return result;
}

void UInt256::shiftLeftOne()
{
    for (int i = 3; i > 0; --i)
        m_limbs[i] = (m_limbs[i] << 1) | (m_limbs[i - 1] >> 63);
    m_limbs[0] <<= 1;
}

std::optional<std::pair<UInt256, UInt256>> UInt256::divMod(const UInt256 &dividend, const UInt256 &divisor)
{
    if (divisor.isZero())
        return std::nullopt;
    if (dividend < divisor)
        return std::pair{UInt256{}, dividend};
    UInt256 quotient;
    UInt256 remainder;
    for (int index = static_cast<int>(dividend.bitLength()) - 1; index >= 0; --index) {
        remainder.shiftLeftOne();
        if (dividend.bit(static_cast<unsigned>(index)))
            remainder.m_limbs[0] |= 1;
        if (remainder >= divisor) {
            remainder = *checkedSub(remainder, divisor);
            quotient.m_limbs[index / 64] |= std::uint64_t{1} << (index % 64);
        }
    }
    return std::pair{quotient, remainder};
}

std::optional<UInt256> UInt256::divCeil(const UInt256 &dividend, const UInt256 &divisor)
{
    auto result = divMod(dividend, divisor);
    if (!result)
        return std::nullopt;
    if (result->second.isZero())
        return result->first;
    return checkedAdd(result->first, UInt256{1});
}

UInt256 UInt256::saturatingAdd(const UInt256 &other) const
{
    return checkedAdd(*this, other).value_or(max());
}

UInt256 UInt256::saturatingSub(const UInt256 &other) const
{
    return checkedSub(*this, other).value_or(UInt256{});
}
