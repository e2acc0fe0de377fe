#pragma once

#include "Storage.h"

#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>

class JsonRpcClient;

// Asks a chain's confirmation nodes ([chain.<id>] confirmRpcUrls) whether a payment is what our node said:
// the same successful receipt in the same block, to the same address, for the same amount (a native
// transfer's value, or the token's Transfer log at the same index); for a transfer found by its balance, the
// same block and a balance that rose by at least the amount in it. One lying, compromised or misrouted node
// cannot settle a session on its own.
class PaymentCrossChecker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentCrossChecker)

public:
    // agreed: every node vouched for it. disagreement: what a node said instead. Neither: a node could not
    // answer, or is behind the payment's block: ask again later.
    struct Verdict
    {
        qint64 paymentId = 0;
        bool agreed = false;
        QString disagreement;
    };
    using Done = std::function<void(const QList<Verdict> &)>;

    PaymentCrossChecker(QList<QUrl> nodes, int confirmations, QObject *parent = nullptr);
    ~PaymentCrossChecker() override;

    bool enabled() const { return !m_nodes.isEmpty(); }
    // Asks every node about every payment at once; done gets one verdict per payment, in order.
    void check(const QList<PaymentToCrossCheck> &payments, Done done);
    // Each node (its URL without credentials) with its last error, for /healthz.
    QJsonArray status() const;

private:
    struct Node
    {
        QUrl url;
        JsonRpcClient *client = nullptr; // child
        QString lastError;
    };
    // What one node says about one payment: agreed, a disagreement, or unknown (an error, or behind).
    struct Answer
    {
        bool agreed = false;
        QString disagreement;
    };
    Answer judge(const PaymentToCrossCheck &item, qint64 nodeHead, const QList<Result<QJsonValue>> &results,
                 qsizetype first) const;

    QList<Node> m_nodes;
    int m_confirmations = 1;
};
