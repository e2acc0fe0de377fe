#include "TestWallet.h"

#include "AppConfig.h"
#include "CheckoutService.h"
#include "Decimal.h"
#include "JsonRpcClient.h"
#include "Money.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
DomainError chainError(const QString &what, const QString &detail)
{
    return DomainError::unavailable(
        u"test_chain_unavailable"_s,
        u"The test chain could not %1: %2. Is the built-in test chain running (status bar, "
        "/healthz)?"_s.arg(what, detail));
}
} // namespace

TestWallet::TestWallet(const AppConfig &config, CheckoutService &checkout, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_checkout(checkout)
    , m_rpc(new JsonRpcClient(config.chains.value(config.test.chainId).rpcUrl, this))
{
    m_rpc->setTimeoutMs(10'000);
    m_rpc->setMaxAttempts(1); // a transaction is not sent twice on a timeout
}

TestWallet::~TestWallet() = default;

void TestWallet::pay(const QString &sessionId, const std::optional<QString> &amount, Done done)
{
    const std::optional<CheckoutSession> session = m_checkout.session(sessionId, false);
    if (!session) {
        done(DomainError::notFound(u"No test checkout session %1."_s.arg(sessionId), u"id"_s));
        return;
    }
    if (session->asset.isToken()) {
        done(DomainError::invalid(u"The test wallet pays in the chain's coin; %1 is paid in %2."_s.arg(
                                      sessionId, session->asset.symbol),
                                  u"id"_s, u"asset_unsupported"_s));
        return;
    }
    Payment payment;
    payment.sessionId = session->id;
    payment.to = session->address;
    payment.symbol = m_config.chains.value(session->chainId).symbol;
    if (amount) {
        const decimal::Parsed parsed =
            decimal::parse(amount->toStdString(), decimal::Rules{kWeiDecimals, 36, false});
        if (!parsed.ok()) {
            done(DomainError::invalid(
                u"amount %1 (a positive number of %2, at most 18 decimals, as a string)."_s.arg(
                    QString::fromStdString(
                        decimal::describe(parsed.error, decimal::Rules{kWeiDecimals, 36, false})),
                    payment.symbol),
                u"amount"_s));
            return;
        }
        payment.wei = parsed.scaled;
    } else {
        const auto remaining = UInt256::checkedSub(session->amountDue, session->amountReceived);
        if (!remaining || *remaining == UInt256()) {
            done(DomainError::conflict(
                u"nothing_due"_s,
                u"Nothing is left to pay on %1; give an amount to pay more."_s.arg(sessionId), u"amount"_s));
            return;
        }
        payment.wei = *remaining;
    }
    // The first account the node unlocks: Anvil's and Hardhat's prefunded development accounts.
    m_rpc->call(u"eth_accounts"_s, {}, [this, payment, done](const Result<QJsonValue> &accounts) mutable {
        if (!accounts) {
            done(chainError(u"be reached"_s, accounts.error()));
            return;
        }
        const QString from = accounts->toArray().first().toString();
        if (from.isEmpty()) {
            done(chainError(u"pay"_s, u"its node has no unlocked account"_s));
            return;
        }
        payment.from = from;
        send(payment, done);
    });
}

void TestWallet::send(Payment payment, Done done)
{
    const QJsonObject transaction{{u"from"_s, payment.from},
                                  {u"to"_s, payment.to},
                                  {u"value"_s, QString::fromStdString(payment.wei.toHex())}};
    m_rpc->call(u"eth_sendTransaction"_s, {transaction},
                [payment, done](const Result<QJsonValue> &hash) mutable {
                    if (!hash) {
                        done(chainError(u"take the transaction"_s, hash.error()));
                        return;
                    }
                    payment.transactionHash = hash->toString();
                    done(payment);
                });
}

void TestWallet::mine(int blocks, MineDone done)
{
    if (blocks < 1 || blocks > 100) {
        done(DomainError::invalid(u"blocks must be 1 to 100."_s, u"blocks"_s));
        return;
    }
    mineStep(blocks, std::move(done));
}

void TestWallet::mineStep(int remaining, MineDone done)
{
    // evm_mine once per block: Anvil and Hardhat both have it (anvil_mine and hardhat_mine differ).
    m_rpc->call(u"evm_mine"_s, {}, [this, remaining, done](const Result<QJsonValue> &mined) {
        if (!mined) {
            done(chainError(u"mine"_s, mined.error()));
            return;
        }
        if (remaining > 1) {
            mineStep(remaining - 1, done);
            return;
        }
        m_rpc->call(u"eth_blockNumber"_s, {}, [done](const Result<QJsonValue> &head) {
            const auto number = head ? parseQuantity(*head) : std::nullopt;
            if (number)
                done(*number);
            else
                done(chainError(u"say its head"_s, head ? u"not a block number"_s : head.error()));
        });
    });
}

QJsonObject TestWallet::paymentJson(const Payment &payment) const
{
    return {
        {u"object"_s, u"test_payment"_s},
        {u"session"_s, payment.sessionId},
        {u"transactionHash"_s, payment.transactionHash},
        {u"from"_s, payment.from},
        {u"to"_s, payment.to},
        {u"amount"_s, QJsonObject{{u"value"_s, formatUnits(payment.wei)}, {u"currency"_s, payment.symbol}}},
        {u"wei"_s, toQString(payment.wei)}};
}
