// Chainlink's AggregatorV3Interface, decoded from eth_call results.
#include "PriceFormatsDetail.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace prices {

using detail::kMaxRateDecimals;

namespace {
// 32-byte words of an eth_call result.
Result<std::vector<UInt256>> abiWords(const QString &hexResult, int expectedWords, const QString &function)
{
    using R = Result<std::vector<UInt256>>;
    if (!hexResult.startsWith(u"0x"_s))
        return R::failure(u"%1 returned '%2', not 0x-prefixed hex"_s.arg(function, hexResult.left(20)));
    const QStringView digits = QStringView(hexResult).mid(2);
    if (digits.isEmpty())
        return R::failure(u"%1 returned no data: there is no Chainlink aggregator at that address on this "
                          "chain"_s.arg(function));
    static const QRegularExpression hex(u"^[0-9a-fA-F]*$"_s);
    if (!hex.match(digits).hasMatch())
        return R::failure(u"%1 returned something that is not hex"_s.arg(function));
    if (digits.size() != expectedWords * 64)
        return R::failure(u"%1 returned %2 hex digits, not the %3 (%4 bytes) its ABI defines"_s.arg(function)
                              .arg(digits.size())
                              .arg(expectedWords * 64)
                              .arg(expectedWords * 32));
    std::vector<UInt256> words;
    for (int i = 0; i < expectedWords; ++i) {
        const QByteArray word = digits.mid(i * 64, 64).toLatin1();
        words.push_back(
            *UInt256::fromHex(std::string_view(word.constData(), static_cast<size_t>(word.size()))));
    }
    return R::success(std::move(words));
}
} // namespace

Result<unsigned> decodeChainlinkDecimals(const QString &hexResult)
{
    const auto words = abiWords(hexResult, 1, u"decimals()"_s);
    if (!words)
        return Result<unsigned>::failure(words.error());
    const UInt256 &value = words->front();
    if (value > UInt256{kMaxRateDecimals})
        return Result<unsigned>::failure(
            u"decimals() is %1; more than 18 is not a fiat price feed"_s.arg(toQString(value)));
    return Result<unsigned>::success(static_cast<unsigned>(value.lowUInt64()));
}

Result<ChainlinkRound> decodeChainlinkRound(const QString &hexResult)
{
    using R = Result<ChainlinkRound>;
    const auto words = abiWords(hexResult, 5, u"latestRoundData()"_s);
    if (!words)
        return R::failure(words.error());
    const UInt256 &answer = (*words)[1];
    const UInt256 &updatedAt = (*words)[3];
    // A round that was never completed has no meaningful answer at all.
    if (updatedAt.isZero())
        return R::failure(u"the feed has no completed round (updatedAt is 0)"_s);
    // int256 in two's complement: the top bit set is a negative answer.
    if (answer.bitLength() == 256)
        return R::failure(u"the feed's answer is negative"_s);
    if (answer.isZero())
        return R::failure(u"the feed's answer is zero"_s);
    // 2^40 seconds is the year 36812: anything larger is not a timestamp.
    if (updatedAt.bitLength() > 40)
        return R::failure(u"the feed's updatedAt %1 is not a time"_s.arg(toQString(updatedAt)));
    return R::success(ChainlinkRound{(*words)[0], answer, static_cast<qint64>(updatedAt.lowUInt64())});
}

} // namespace prices
