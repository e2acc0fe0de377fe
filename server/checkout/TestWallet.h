#pragma once

#include "DomainError.h"
#include "UInt256.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

class CheckoutService;
class JsonRpcClient;
struct AppConfig;

// Test mode's wallet: pays a test session for real, with a transaction from the first unlocked,
// prefunded account of the test chain's node (the built-in Anvil, or a Hardhat node), so the watcher,
// confirmations, statuses and webhooks run exactly as they do for a customer. Mines blocks on request.
// Test mode only: nothing here can reach a live session or a live chain.
class TestWallet : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestWallet)

public:
    struct Payment
    {
        QString sessionId;
        QString transactionHash;
        QString from;
        QString to;
        UInt256 wei;
        QString symbol; // the chain's coin
    };
    // Exactly one of them: the payment, or why there is none (an DomainError the web layer maps).
    using Outcome = std::variant<Payment, DomainError>;
    using Done = std::function<void(const Outcome &)>;

    TestWallet(const AppConfig &config, CheckoutService &checkout, QObject *parent = nullptr);
    ~TestWallet() override;

    // Sends `amount` (a decimal in the chain's coin, "0.0012") to the test session's address, or, when
    // absent, what is still due. done is called later, once.
    void pay(const QString &sessionId, const std::optional<QString> &amount, Done done);
    // Mines `blocks` (1–100) blocks; done gets the new head or the error.
    using MineDone = std::function<void(const std::variant<qint64, DomainError> &)>;
    void mine(int blocks, MineDone done);

    QJsonObject paymentJson(const Payment &payment) const;

private:
    void send(Payment payment, Done done);
    void mineStep(int remaining, MineDone done);

    const AppConfig &m_config;
    CheckoutService &m_checkout;
    JsonRpcClient *m_rpc = nullptr; // child
};
