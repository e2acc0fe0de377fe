#pragma once

#include "AppConfig.h"
#include "Payment.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// What the chain watcher reads out of a node's blocks and logs, without any I/O: parsing blocks, and
// matching transactions and ERC-20 Transfer logs against the deposit addresses it watches (hash sets, so a
// transaction costs the same with 10 or 10 million sessions). Unit-testable on recorded answers.

struct ScannedBlock
{
    qint64 number = 0;
    QString hash; // lower case
    QString parentHash;
    qint64 timestampMs = 0;
    QJsonArray transactions; // full transaction objects when asked for; emptied once read
};

// A block as eth_getBlockByNumber answers it; nothing (and *error) for null or a malformed block.
std::optional<ScannedBlock> parseBlock(const QJsonValue &value, QString *error);
// "0x" and 64 hex digits' length: a block or transaction hash.
bool isBlockHash(const QJsonValue &value);

class TransferMatcher
{
public:
    explicit TransferMatcher(const ChainConfig &chain);

    // Native transfers are looked for at every address: coin sent to a token session is recorded (and
    // flags it) rather than lost. Token sessions' addresses are matched against Transfer logs too.
    void watch(const QString &sessionId, const QString &address, bool token);
    // A pending refund's address: transfers to it come out with an empty sessionId (the checkout service
    // decides which refund they pay). A deposit address is never a refund address (the service refuses it).
    void watchRefund(const QString &address, bool token);
    void clear();
    // Whether a batch needs eth_getLogs: tokens are configured and a token session is watched.
    bool wantsLogs() const
    {
        return !m_tokenContracts.isEmpty() && (!m_watchedTokens.isEmpty() || !m_refundsTokens.isEmpty());
    }
    const QJsonArray &tokenContracts() const { return m_tokenContracts; } // the eth_getLogs address filter

    // The block's transactions of a non-zero value to a watched address, as payments whose receipts are
    // still to be read; not coin one watched address sends a token session's address (gas for its tokens).
    // False (and *error) for a malformed transaction to a watched address.
    bool nativeTransfers(const ScannedBlock &block, qint64 seenAtMs, QList<Payment> *payments,
                         QString *error) const;
    // The configured tokens' transfers to watched token sessions in eth_getLogs' answer for blocks
    // from..to (which are `blocks`, in order). False (and *error) for an answer that does not fit them.
    bool tokenTransfers(const QList<ScannedBlock> &blocks, qint64 from, qint64 to, const QJsonValue &logs,
                        qint64 seenAtMs, QList<Payment> *payments, QString *error) const;

private:
    qint64 m_chainId = 0;
    QString m_chainName;
    QString m_symbol;
    QHash<QString, QString> m_watched;       // lower-case address -> session id (every session)
    QHash<QString, QString> m_watchedTokens; // lower-case address -> session id (token sessions)
    // lower-case address -> an empty session id
    QHash<QString, QString> m_refunds;       // native and token refunds
    QHash<QString, QString> m_refundsTokens; // token refunds
    QHash<QString, TokenConfig> m_tokens;    // lower-case contract -> the configured token
    QJsonArray m_tokenContracts;
};
