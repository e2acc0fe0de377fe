#pragma once

#include "Refund.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Refunds of checkout sessions. Their writers hold the session's row lock (SessionRepository::lockById), so
// two instances never decide on the same session's refunds at once.
class RefundRepository
{
public:
    explicit RefundRepository(Database &db)
        : m_db(db)
    {}

    void insert(const Refund &refund);
    // Status, transfer and times.
    void update(const Refund &refund);
    std::optional<Refund> byId(const QString &id);
    QList<Refund> forSession(const QString &sessionId);
    // The refunds of each of these sessions (oldest first); sessions without any are absent.
    QHash<QString, QList<Refund>> forSessions(const QStringList &sessionIds);
    // Pending refunds on the chain, oldest first: what the watcher matches transfers to and confirms.
    QList<Refund> pending(qint64 chainId);
    // Whether a transfer already pays a refund.
    bool transferUsed(qint64 chainId, const QString &txHash, qint64 logIndex);
    // Whether the address (EIP-55) is one of the shop's deposit addresses, on any chain.
    bool isDepositAddress(const QString &address);
    // A reorganisation: pending refunds forget transfers in blocks above blockNumber. Their session ids.
    QStringList forgetTransfersAbove(qint64 chainId, qint64 blockNumber);

private:
    Database &m_db;
};
