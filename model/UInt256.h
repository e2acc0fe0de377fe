#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// An unsigned 256-bit integer: the EVM's word, used for every amount of wei or token base units.
// Plain standard C++ so the money parsers can be fuzzed without Qt. Arithmetic that would leave the
// 256-bit range is reported (checked* functions) rather than wrapping silently.
class UInt256
{
public:
    constexpr UInt256() = default;
    constexpr UInt256(std::uint64_t value) // NOLINT(google-explicit-constructor): widening is lossless
        : m_limbs{value, 0, 0, 0}
    {}

    static std::optional<UInt256> fromDecimal(std::string_view digits);
    // Accepts an optional 0x prefix; at most 64 hex digits.
    static std::optional<UInt256> fromHex(std::string_view hex);
    static UInt256 fromBigEndian(const std::array<std::uint8_t, 32> &bytes);
    static UInt256 powerOfTen(unsigned exponent); // exponent <= 77

    std::string toDecimal() const;
    std::string toHex() const; // 0x-prefixed, minimal digits ("0x0" for zero), as JSON-RPC quantities
    std::array<std::uint8_t, 32> toBigEndian() const;

    bool isZero() const { return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    std::uint64_t lowUInt64() const { return m_limbs[0]; }
    unsigned bitLength() const;

    static std::optional<UInt256> checkedAdd(const UInt256 &a, const UInt256 &b);
    static std::optional<UInt256> checkedSub(const UInt256 &a, const UInt256 &b);
    static std::optional<UInt256> checkedMul(const UInt256 &a, const UInt256 &b);
    // Quotient and remainder; divisor must not be zero (returns nullopt if it is).
    static std::optional<std::pair<UInt256, UInt256>> divMod(const UInt256 &dividend, const UInt256 &divisor);
    static std::optional<UInt256> divCeil(const UInt256 &dividend, const UInt256 &divisor);

    // Saturating helpers for sums of payments, which are bounded by the chain's supply anyway.
    UInt256 saturatingAdd(const UInt256 &other) const;
    UInt256 saturatingSub(const UInt256 &other) const; // clamps at zero

    // Written out rather than <=>: moc cannot parse <compare>, and tests moc files that include this.
    static int compare(const UInt256 &a, const UInt256 &b)
    {
        for (int i = 3; i >= 0; --i) {
            if (a.m_limbs[i] != b.m_limbs[i])
                return a.m_limbs[i] < b.m_limbs[i] ? -1 : 1;
        }
        return 0;
    }
    friend bool operator==(const UInt256 &a, const UInt256 &b) { return a.m_limbs == b.m_limbs; }
    friend bool operator!=(const UInt256 &a, const UInt256 &b) { return !(a == b); }
    friend bool operator<(const UInt256 &a, const UInt256 &b) { return compare(a, b) < 0; }
    friend bool operator>(const UInt256 &a, const UInt256 &b) { return compare(a, b) > 0; }
    friend bool operator<=(const UInt256 &a, const UInt256 &b) { return compare(a, b) <= 0; }
    friend bool operator>=(const UInt256 &a, const UInt256 &b) { return compare(a, b) >= 0; }

    static UInt256 max();

private:
    bool bit(unsigned index) const { return (m_limbs[index / 64] >> (index % 64)) & 1U; }
    void shiftLeftOne();

    std::array<std::uint64_t, 4> m_limbs{}; // little-endian limbs
};
