#include "Erc20Transfer.h"

#include "EthQuantity.h"
#include "EthereumAddress.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace {
// 0x followed by exactly `digits` hex digits.
bool isHex(const QString &text, qsizetype digits)
{
    if (text.size() != digits + 2 || !text.startsWith(u"0x"_s))
        return false;
    return std::all_of(text.cbegin() + 2, text.cend(), [](QChar c) { return isxdigit(c.toLatin1()) != 0; });
}

// A 32-byte topic holding an address: 12 zero bytes, then the 20 address bytes.
std::optional<QString> addressFromTopic(const QJsonValue &topic)
{
    const QString text = topic.toString().toLower();
    if (!isHex(text, 64) || text.mid(2, 24) != QString(24, u'0'))
        return std::nullopt;
    return u"0x"_s + text.right(40);
}
} // namespace

namespace erc20 {

const QString &transferTopic()
{
    static const QString topic =
        u"0x"_s + QString::fromLatin1(ethereum::keccak256("Transfer(address,address,uint256)").toHex());
    return topic;
}

Result<Erc20Transfer> parseTransferLog(const QJsonValue &value)
{
    using R = Result<Erc20Transfer>;
    if (!value.isObject())
        return R::failure(u"a log that is not a JSON object"_s);
    const QJsonObject log = value.toObject();
    Erc20Transfer transfer;
    transfer.removed = log.value(u"removed"_s).toBool(false);
    transfer.contract = log.value(u"address"_s).toString().toLower();
    if (!isHex(transfer.contract, 40))
        return R::failure(u"a log without a valid contract address"_s);
    transfer.txHash = log.value(u"transactionHash"_s).toString().toLower();
    transfer.blockHash = log.value(u"blockHash"_s).toString().toLower();
    if (!isHex(transfer.txHash, 64) || !isHex(transfer.blockHash, 64))
        return R::failure(
            u"a log of %1 with a missing or malformed transaction or block hash"_s.arg(transfer.contract));
    const auto blockNumber = parseQuantity(log.value(u"blockNumber"_s));
    const auto logIndex = parseQuantity(log.value(u"logIndex"_s));
    if (!blockNumber || !logIndex || *blockNumber < 0 || *logIndex < 0)
        return R::failure(u"log of transaction %1 has a missing or malformed block number or log index"_s.arg(
            transfer.txHash));
    transfer.blockNumber = *blockNumber;
    transfer.logIndex = *logIndex;

    const QJsonArray topics = log.value(u"topics"_s).toArray();
    // ERC-721 uses the same event signature with the token id as a fourth topic: not a fungible transfer.
    if (topics.size() != 3 || topics[0].toString().toLower() != transferTopic())
        return R::failure(
            u"log %1 of transaction %2 is not an ERC-20 Transfer (wrong topics)"_s.arg(transfer.logIndex)
                .arg(transfer.txHash));
    const auto from = addressFromTopic(topics[1]);
    const auto to = addressFromTopic(topics[2]);
    if (!from || !to)
        return R::failure(
            u"log %1 of transaction %2 has a from or to topic that is not an address"_s.arg(transfer.logIndex)
                .arg(transfer.txHash));
    transfer.from = *from;
    transfer.to = *to;
    const QString data = log.value(u"data"_s).toString();
    if (!isHex(data, 64))
        return R::failure(
            u"log %1 of transaction %2 has data that is not one 32-byte amount"_s.arg(transfer.logIndex)
                .arg(transfer.txHash));
    const QByteArray digits = data.toLatin1();
    const auto amount =
        UInt256::fromHex(std::string_view(digits.constData(), static_cast<size_t>(digits.size())));
    if (!amount)
        return R::failure(u"log %1 of transaction %2 has an unreadable amount"_s.arg(transfer.logIndex)
                              .arg(transfer.txHash));
    transfer.amount = *amount;
    return R::success(transfer);
}

} // namespace erc20
