#include "Eip1559Transaction.h"

#include "EthereumAddress.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <openssl/rand.h>

#include <cstring>

namespace rlp {

namespace {
QByteArray lengthPrefix(qsizetype length, unsigned char shortBase)
{
    QByteArray prefix;
    if (length <= 55) {
        prefix.append(static_cast<char>(shortBase + length));
        return prefix;
    }
    QByteArray lengthBytes;
    for (quint64 remaining = quint64(length); remaining > 0; remaining >>= 8)
        lengthBytes.prepend(static_cast<char>(remaining & 0xff));
    prefix.append(static_cast<char>(shortBase + 55 + lengthBytes.size()));
    prefix.append(lengthBytes);
    return prefix;
}
} // namespace

QByteArray encodeBytes(QByteArrayView bytes)
{
    if (bytes.size() == 1 && static_cast<unsigned char>(bytes.at(0)) < 0x80)
        return bytes.toByteArray();
    return lengthPrefix(bytes.size(), 0x80) + bytes.toByteArray();
}

QByteArray encodeUInt(const UInt256 &value)
{
    const auto bigEndian = value.toBigEndian();
    std::size_t first = 0;
    while (first < bigEndian.size() && bigEndian[first] == 0)
        ++first;
    return encodeBytes(QByteArrayView(reinterpret_cast<const char *>(bigEndian.data()) + first,
                                      qsizetype(bigEndian.size() - first)));
}

QByteArray encodeList(const QList<QByteArray> &encodedItems)
{
    QByteArray body;
    for (const QByteArray &item : encodedItems)
        body.append(item);
    return lengthPrefix(body.size(), 0xc0) + body;
}

} // namespace rlp

namespace {

const secp256k1_context *signingContext()
{
    // Randomised once against side channels (secp256k1_context_randomize); after that only read, which
    // libsecp256k1 documents as thread-safe. Never destroyed, like the other contexts.
    static const secp256k1_context *const context = [] {
        secp256k1_context *created = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        unsigned char seed[32];
        // Without randomisation signing is still correct, only less hardened against side channels.
        if (RAND_bytes(seed, sizeof seed) == 1 && !secp256k1_context_randomize(created, seed))
            qWarning("secp256k1_context_randomize failed");
        return created;
    }();
    return context;
}

QList<QByteArray> fields(const Eip1559Transaction &tx)
{
    return {rlp::encodeUInt(tx.chainId),
            rlp::encodeUInt(tx.nonce),
            rlp::encodeUInt(tx.maxPriorityFeePerGas),
            rlp::encodeUInt(tx.maxFeePerGas),
            rlp::encodeUInt(tx.gasLimit),
            rlp::encodeBytes(tx.to),
            rlp::encodeUInt(tx.value),
            rlp::encodeBytes(tx.data),
            rlp::encodeList({})};
}

UInt256 fromBytes(const unsigned char *bytes32)
{
    std::array<std::uint8_t, 32> word{};
    std::memcpy(word.data(), bytes32, 32);
    return UInt256::fromBigEndian(word);
}

// Decodes one RLP item at data[*offset]; the payload's [start, length) and whether it is a list.
bool decodeItem(QByteArrayView data, qsizetype *offset, qsizetype *start, qsizetype *length, bool *list)
{
    if (*offset >= data.size())
        return false;
    const unsigned char head = static_cast<unsigned char>(data.at(*offset));
    qsizetype headerSize = 1;
    qsizetype payload = 0;
    if (head < 0x80) {
        *start = *offset;
        *length = 1;
        *list = false;
        *offset += 1;
        return true;
    }
    const bool isList = head >= 0xc0;
    const unsigned char base = isList ? 0xc0 : 0x80;
    if (head - base <= 55) {
        payload = head - base;
    } else {
        const int lengthOfLength = head - base - 55;
        if (*offset + 1 + lengthOfLength > data.size() || lengthOfLength > 4)
            return false;
        for (int i = 0; i < lengthOfLength; ++i)
            payload = (payload << 8) | static_cast<unsigned char>(data.at(*offset + 1 + i));
        headerSize += lengthOfLength;
    }
    if (*offset + headerSize + payload > data.size())
        return false;
    *start = *offset + headerSize;
    *length = payload;
    *list = isList;
    *offset += headerSize + payload;
    return true;
}

} // namespace

QByteArray Eip1559Transaction::unsignedPayload() const
{
    return QByteArray(1, '\x02') + rlp::encodeList(fields(*this));
}

QByteArray Eip1559Transaction::signingHash() const
{
    return ethereum::keccak256(unsignedPayload());
}

QByteArray Eip1559Transaction::sign(const SecretBytes &privateKey) const
{
    if (privateKey.size() != 32 || to.size() != 20)
        return {};
    const QByteArray hash = signingHash();
    secp256k1_ecdsa_recoverable_signature signature;
    // A null nonce function is RFC 6979 (secp256k1_nonce_function_default); the result is always low-s.
    if (!secp256k1_ecdsa_sign_recoverable(signingContext(), &signature,
                                          reinterpret_cast<const unsigned char *>(hash.constData()),
                                          privateKey.data(), nullptr, nullptr))
        return {};
    unsigned char compact[64];
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(signingContext(), compact, &recoveryId,
                                                            &signature);
    QList<QByteArray> items = fields(*this);
    items << rlp::encodeUInt(std::uint64_t(recoveryId)) << rlp::encodeUInt(fromBytes(compact))
          << rlp::encodeUInt(fromBytes(compact + 32));
    return QByteArray(1, '\x02') + rlp::encodeList(items);
}

QString Eip1559Transaction::recoverSender(const QByteArray &signedTransaction)
{
    if (signedTransaction.size() < 2 || signedTransaction.at(0) != '\x02')
        return {};
    const QByteArrayView body = QByteArrayView(signedTransaction).sliced(1);
    qsizetype offset = 0, start = 0, length = 0;
    bool list = false;
    if (!decodeItem(body, &offset, &start, &length, &list) || !list || offset != body.size())
        return {};
    QList<QByteArrayView> items;
    qsizetype cursor = start;
    while (cursor < start + length) {
        qsizetype itemStart = 0, itemLength = 0;
        bool itemList = false;
        if (!decodeItem(body, &cursor, &itemStart, &itemLength, &itemList))
            return {};
        items << body.sliced(itemStart, itemLength);
    }
    if (items.size() != 12)
        return {};
    // The unsigned payload is the first nine items re-encoded.
    QByteArray unsignedBody;
    {
        qsizetype c = start;
        for (int i = 0; i < 9; ++i) {
            qsizetype s = 0, l = 0;
            bool isList = false;
            const qsizetype before = c;
            decodeItem(body, &c, &s, &l, &isList);
            unsignedBody.append(body.sliced(before, c - before).toByteArray());
        }
    }
    QByteArray payload(1, '\x02');
    payload.append(rlp::encodeList({unsignedBody}));
    const QByteArray hash = ethereum::keccak256(payload);
    auto word = [](QByteArrayView bytes) {
        unsigned char out[32] = {};
        if (bytes.size() <= 32)
            std::memcpy(out + 32 - bytes.size(), bytes.data(), std::size_t(bytes.size()));
        return QByteArray(reinterpret_cast<const char *>(out), 32);
    };
    if (items[9].size() > 1 || items[10].size() > 32 || items[11].size() > 32)
        return {};
    const int recoveryId = items[9].isEmpty() ? 0 : static_cast<unsigned char>(items[9].at(0));
    const QByteArray compact = word(items[10]) + word(items[11]);
    secp256k1_ecdsa_recoverable_signature signature;
    if (recoveryId > 3 || !secp256k1_ecdsa_recoverable_signature_parse_compact(
                              signingContext(), &signature,
                              reinterpret_cast<const unsigned char *>(compact.constData()), recoveryId))
        return {};
    secp256k1_pubkey key;
    if (!secp256k1_ecdsa_recover(signingContext(), &key, &signature,
                                 reinterpret_cast<const unsigned char *>(hash.constData())))
        return {};
    unsigned char out[65];
    std::size_t size = sizeof out;
    secp256k1_ec_pubkey_serialize(signingContext(), out, &size, &key, SECP256K1_EC_UNCOMPRESSED);
    return ethereum::addressFromPublicKey(QByteArray(reinterpret_cast<const char *>(out), 65));
}

QByteArray Eip1559Transaction::hashOf(const QByteArray &signedTransaction)
{
    return ethereum::keccak256(signedTransaction);
}

QByteArray erc20TransferData(const QByteArray &to20, const UInt256 &amount)
{
    QByteArray data = QByteArray::fromHex("a9059cbb");
    data.append(QByteArray(12, '\0'));
    data.append(to20);
    const auto word = amount.toBigEndian();
    data.append(reinterpret_cast<const char *>(word.data()), 32);
    return data;
}
