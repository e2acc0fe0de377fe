#pragma once

#include "SecretBytes.h"
#include "UInt256.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Recursive Length Prefix, Ethereum's serialisation of transactions (Yellow Paper, appendix B).
namespace rlp {
QByteArray encodeBytes(QByteArrayView bytes);
// An unsigned integer: big-endian without leading zeros; zero is the empty string.
QByteArray encodeUInt(const UInt256 &value);
// A list of already encoded items.
QByteArray encodeList(const QList<QByteArray> &encodedItems);
} // namespace rlp

// An EIP-1559 (type 2) transaction, signed here with the sender's private key (libsecp256k1, RFC 6979
// deterministic nonces, low s). The chain id in the signed payload binds it to one chain (EIP-155's replay
// protection, carried into typed transactions by EIP-2718/1559). No access list.
struct Eip1559Transaction
{
    quint64 chainId = 0;
    quint64 nonce = 0;
    UInt256 maxPriorityFeePerGas;
    UInt256 maxFeePerGas;
    quint64 gasLimit = 0;
    QByteArray to; // 20 bytes
    UInt256 value;
    QByteArray data;

    // 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, []])
    QByteArray unsignedPayload() const;
    // Keccak-256 of unsignedPayload(): what is signed.
    QByteArray signingHash() const;
    // 0x02 || rlp([..., yParity, r, s]): what eth_sendRawTransaction takes. Empty if the key is invalid.
    QByteArray sign(const SecretBytes &privateKey) const;

    // The address a signed transaction's signature recovers to (EIP-55), or empty: a check after signing.
    static QString recoverSender(const QByteArray &signedTransaction);
    // Keccak-256 of the signed transaction: its hash on chain.
    static QByteArray hashOf(const QByteArray &signedTransaction);
};

// ERC-20 transfer(address,uint256) call data.
QByteArray erc20TransferData(const QByteArray &to20, const UInt256 &amount);
