// libFuzzer target for the amount parser: no input may crash it, and every accepted amount must survive
// a format/parse round trip unchanged.
#include "Decimal.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the rules, the rest is the text.
    const decimal::Rules rules{static_cast<unsigned>(data[0] % 19), 1U + (data[0] >> 3) % 40U,
                               (data[0] & 0x80) != 0};
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    const decimal::Parsed parsed = decimal::parse(text, rules);
    if (!parsed.ok()) {
        if (!parsed.scaled.isZero() || decimal::describe(parsed.error, rules).empty())
            std::abort();
        return 0;
    }
    if (parsed.scaled.isZero() && !rules.allowZero)
        std::abort();
    const std::string written = decimal::format(parsed.scaled, rules.decimals, false);
    const decimal::Rules relaxed{rules.decimals, rules.maxDigits + rules.decimals + 1, true};
    const decimal::Parsed again = decimal::parse(written, relaxed);
    if (!again.ok() || !(again.scaled == parsed.scaled))
        std::abort();
    const auto digits = UInt256::fromDecimal(parsed.scaled.toDecimal());
    if (!digits || !(*digits == parsed.scaled))
        std::abort();
    return 0;
}
