#include "Collector.h"

#include "AppConfig.h"
#include "Eip1559Transaction.h"
#include "Erc20Transfer.h"
#include "EthereumAddress.h"
#include "JsonRpcClient.h"
#include "Money.h"
#include "WalletKeys.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString hex(const QByteArray &bytes)
{
    return u"0x"_s + QString::fromLatin1(bytes.toHex());
}

QByteArray addressBytes(const QString &address)
{
    return QByteArray::fromHex(address.mid(2).toLatin1());
}

QString quantityText(const UInt256 &value)
{
    return QString::fromStdString(value.toHex());
}

// Gas for a transaction the node estimated: a tenth more, so a state change between estimate and block (a
// storage slot another transfer touched first) does not run it out of gas. An exact 21,000 (a plain
// transfer to an account without code) needs no margin.
quint64 withMargin(quint64 estimate)
{
    return estimate == 21000 ? estimate : estimate + estimate / 10;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

Collector::Collector(const ChainConfig &chain, const ExtendedPublicKey &xpub, quint32 issuedAddresses)
    : m_chain(chain)
    , m_xpub(xpub)
    , m_issued(issuedAddresses)
    , m_rpc(std::make_unique<JsonRpcClient>(chain.rpcUrl))
{
    m_rpc->setTimeoutMs(15'000);
}

Collector::~Collector() = default;

UInt256 Collector::maxBelievablePricePerGas()
{
    return UInt256::checkedMul(UInt256(10'000), UInt256::powerOfTen(9)).value_or(UInt256::max());
}

QList<Result<QJsonValue>> Collector::batch(const QList<JsonRpcClient::Request> &requests)
{
    QList<Result<QJsonValue>> answers;
    bool done = requests.isEmpty();
    QEventLoop loop;
    m_rpc->batch(requests, [&](const QList<Result<QJsonValue>> &results) {
        answers = results;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return answers;
}

Result<QJsonValue> Collector::call(const QString &method, const QJsonArray &params)
{
    auto result = Result<QJsonValue>::failure(u"no answer"_s);
    bool done = false;
    QEventLoop loop;
    m_rpc->call(method, params, [&](const Result<QJsonValue> &answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

Result<UInt256> Collector::quantity(const QString &method, const QJsonArray &params)
{
    const auto answer = call(method, params);
    if (!answer)
        return Result<UInt256>::failure(u"%1: %2"_s.arg(method, answer.error()));
    const auto value = JsonRpcClient::parseAmount(*answer);
    if (!value)
        return Result<UInt256>::failure(
            u"%1: the node answered something that is not a quantity"_s.arg(method));
    return Result<UInt256>::success(*value);
}

Result<FundsSnapshot> Collector::scan()
{
    using R = Result<FundsSnapshot>;
    const auto chainId = quantity(u"eth_chainId"_s, {});
    if (!chainId)
        return R::failure(
            u"The node at %1 cannot be asked: %2"_s.arg(m_chain.rpcUrl.host(), chainId.error()));
    if (*chainId != UInt256(quint64(m_chain.chainId)))
        return R::failure(u"The node at %1 is on chain %2, not %3: nothing was read."_s.arg(
            m_chain.rpcUrl.host(), QString::fromStdString(chainId->toDecimal()),
            QString::number(m_chain.chainId)));
    const auto head = quantity(u"eth_blockNumber"_s, {});
    if (!head)
        return R::failure(head.error());

    FundsSnapshot funds;
    funds.chainId = m_chain.chainId;
    funds.block = qint64(head->lowUInt64());
    funds.native = FundsAsset{m_chain.symbol, {}, kWeiDecimals};
    for (const TokenConfig &token : m_chain.tokens)
        funds.tokens << FundsAsset{token.symbol, token.contract, token.decimals};

    const auto receive = m_xpub.receiveChain();
    if (!receive)
        return R::failure(receive.error());
    QList<JsonRpcClient::Request> requests;
    for (quint32 index = 0; index < m_issued; ++index) {
        const auto address = receive->childAddress(index);
        if (!address)
            continue; // BIP-32's invalid index: the server never handed it out
        AddressFunds entry;
        entry.index = index;
        entry.address = *address;
        funds.addresses << entry;
        requests << JsonRpcClient::balanceRequest(entry.address, {}, funds.block);
        for (const FundsAsset &token : funds.tokens)
            requests << JsonRpcClient::balanceRequest(entry.address, token.contract, funds.block);
    }
    const QList<Result<QJsonValue>> answers = batch(requests);
    qsizetype next = 0;
    for (AddressFunds &entry : funds.addresses) {
        for (qsizetype asset = 0; asset <= funds.tokens.size(); ++asset) {
            const Result<QJsonValue> &answer = answers.at(next++);
            const bool token = asset > 0;
            const auto value = answer ? JsonRpcClient::parseBalance(*answer, token) : std::nullopt;
            if (!value) {
                return R::failure(u"The balance of %1 in %2 could not be read: %3"_s.arg(
                    entry.address, token ? funds.tokens[asset - 1].symbol : funds.native.symbol,
                    answer ? u"not a balance"_s : answer.error()));
            }
            if (token)
                entry.tokens << *value;
            else
                entry.native = *value;
        }
    }
    return R::success(funds);
}

Result<UInt256> Collector::pricePerGas()
{
    using R = Result<UInt256>;
    // The next block's base fee is the last entry of eth_feeHistory's baseFeePerGas.
    const auto history = call(u"eth_feeHistory"_s, {u"0x4"_s, u"latest"_s, QJsonArray{50}});
    if (!history)
        return R::failure(u"eth_feeHistory: %1 (the chain must support EIP-1559)"_s.arg(history.error()));
    const QJsonArray baseFees = history->toObject().value(u"baseFeePerGas"_s).toArray();
    const auto nextBase = baseFees.isEmpty() ? std::nullopt : JsonRpcClient::parseAmount(baseFees.last());
    if (!nextBase)
        return R::failure(u"eth_feeHistory: no base fee in the node's answer"_s);
    // The tip: what the node suggests, but never more than twice the highest median tip of the last blocks
    // or the base fee, whichever is larger. Both fee caps are this price, so it is always paid in full: a
    // node that suggests an absurd tip must not be able to spend the wallet's coin on it.
    UInt256 recentTip;
    for (const QJsonValue &block : history->toObject().value(u"reward"_s).toArray()) {
        const auto reward = JsonRpcClient::parseAmount(block.toArray().first());
        if (reward && *reward > recentTip)
            recentTip = *reward;
    }
    const UInt256 tipCap = std::max(recentTip.saturatingAdd(recentTip), *nextBase);
    UInt256 tip = recentTip;
    if (const auto suggested = quantity(u"eth_maxPriorityFeePerGas"_s, {}))
        tip = std::min(*suggested, tipCap);
    // Room for the base fee to rise by half (about three full blocks) before the transaction is included.
    const auto half = UInt256::divMod(*nextBase, UInt256(2));
    const UInt256 price = nextBase->saturatingAdd(half->first).saturatingAdd(tip);
    if (price > maxBelievablePricePerGas())
        return R::failure(
            u"The node asks %1 gwei of gas, which is not believable: nothing was planned."_s.arg(
                formatUnits(price, 9)));
    return R::success(price.isZero() ? UInt256(1) : price);
}

namespace {
JsonRpcClient::Request estimateRequest(const QString &from, const QString &to, const UInt256 &value,
                                       const QByteArray &data)
{
    QJsonObject tx{{u"from"_s, from}, {u"to"_s, to}};
    if (!value.isZero())
        tx.insert(u"value"_s, quantityText(value));
    if (!data.isEmpty())
        tx.insert(u"data"_s, hex(data));
    return {u"eth_estimateGas"_s, {tx}};
}

// An eth_estimateGas answer as gas, or why not.
Result<quint64> gasOf(const Result<QJsonValue> &answer)
{
    if (!answer)
        return Result<quint64>::failure(answer.error());
    const auto gas = JsonRpcClient::parseAmount(*answer);
    if (!gas)
        return Result<quint64>::failure(u"eth_estimateGas: the node answered something that is not gas"_s);
    if (gas->bitLength() > 32)
        return Result<quint64>::failure(u"eth_estimateGas: %1 gas is more than a block holds"_s.arg(
            QString::fromStdString(gas->toDecimal())));
    return Result<quint64>::success(gas->lowUInt64());
}
} // namespace

Result<quint64> Collector::estimateGas(const QString &from, const QString &to, const UInt256 &value,
                                       const QByteArray &data)
{
    const JsonRpcClient::Request request = estimateRequest(from, to, value, data);
    return gasOf(call(request.method, request.params));
}

Result<quint64> Collector::nativeTransferGas(const QString &from, const QString &to, const UInt256 &value,
                                             const FundsAsset &native)
{
    using R = Result<quint64>;
    const auto gas = estimateGas(from, to, value, {});
    if (!gas)
        return R::failure(u"Sending %1 to %2 cannot be estimated: %3"_s.arg(native.symbol, to, gas.error()));
    // To an account without code an Ethereum node's estimate is 21,000 (Hardhat's a little more): then
    // exactly 21,000, so a sweep leaves nothing. Anything else gets the margin.
    const auto code = call(u"eth_getCode"_s, {to, u"latest"_s});
    if (!code)
        return R::failure(u"eth_getCode: %1"_s.arg(code.error()));
    const bool plainAccount = code->toString() == u"0x";
    return R::success(plainAccount && *gas < 22000 ? 21000 : withMargin(*gas));
}

Result<QString> Collector::checkDestination(const FundsSnapshot &funds, const QString &destination)
{
    using R = Result<QString>;
    if (!ethereum::isValidAddress(destination))
        return R::failure(u"'%1' is not an Ethereum address (0x and 40 hex digits, with a correct EIP-55 "
                          u"checksum when mixed case)."_s.arg(destination));
    const QString to = ethereum::toChecksumAddress(destination);
    if (addressBytes(to) == QByteArray(20, '\0'))
        return R::failure(
            u"The zero address burns what it receives; collect into an address of your wallet."_s);
    for (const AddressFunds &address : funds.addresses) {
        if (address.address == to)
            return R::failure(u"%1 is one of the wallet's deposit addresses; collect into another address of "
                              u"yours."_s.arg(to));
    }
    for (const FundsAsset &token : funds.tokens) {
        if (token.contract.compare(to, Qt::CaseInsensitive) == 0)
            return R::failure(u"%1 is the %2 token's contract: what is sent there is lost. Collect into an "
                              u"address of your wallet."_s.arg(to, token.symbol));
    }
    // OP Stack chains (Base, Optimism…) charge an L1 data fee on top of gas × price, so a transaction
    // planned to the wei would be refused for want of funds. Their fee oracle is a predeploy.
    const auto oracle =
        call(u"eth_getCode"_s, {u"0x420000000000000000000000000000000000000F"_s, u"latest"_s});
    if (!oracle)
        return R::failure(u"eth_getCode: %1"_s.arg(oracle.error()));
    if (oracle->toString().size() > 2)
        return R::failure(
            u"Chain %1 adds an L1 data fee to every transaction (an OP Stack chain such as Base or "
            u"Optimism), which collect cannot yet plan exactly. Nothing was planned: move these "
            u"funds with a wallet."_s.arg(m_chain.chainId));
    return R::success(to);
}

Result<CollectPlan> Collector::plan(const FundsSnapshot &snapshot, const QString &destination,
                                    const std::optional<UInt256> &maxPricePerGas)
{
    using R = Result<CollectPlan>;
    const Result<QString> checked = checkDestination(snapshot, destination);
    if (!checked)
        return R::failure(checked.error());
    const QString to = *checked;
    FundsSnapshot funds = snapshot;
    // An address with a transaction still waiting to be mined (an earlier collect, say) is left alone:
    // planning on top of it would send the same coins twice and pay for a failure.
    QStringList notes;
    // Both counts of every address that holds anything, in one round trip.
    QList<JsonRpcClient::Request> counts;
    QList<AddressFunds *> holding;
    for (AddressFunds &address : funds.addresses) {
        if (!address.holdsAnything())
            continue;
        holding << &address;
        counts << JsonRpcClient::Request{u"eth_getTransactionCount"_s, {address.address, u"latest"_s}}
               << JsonRpcClient::Request{u"eth_getTransactionCount"_s, {address.address, u"pending"_s}};
    }
    const QList<Result<QJsonValue>> countAnswers = batch(counts);
    for (qsizetype h = 0; h < holding.size(); ++h) {
        const Result<QJsonValue> &mined = countAnswers.at(2 * h);
        const Result<QJsonValue> &pending = countAnswers.at(2 * h + 1);
        if (!mined || !pending)
            return R::failure(u"eth_getTransactionCount: %1"_s.arg(mined ? pending.error() : mined.error()));
        const auto minedCount = JsonRpcClient::parseAmount(*mined);
        const auto pendingCount = JsonRpcClient::parseAmount(*pending);
        if (!minedCount || !pendingCount)
            return R::failure(u"eth_getTransactionCount: the node answered something that is not a count"_s);
        if (*minedCount != *pendingCount) {
            AddressFunds &address = *holding[h];
            notes << u"%1 has a transaction still waiting to be mined; collect again once it is."_s.arg(
                address.address);
            address.native = UInt256();
            for (UInt256 &token : address.tokens)
                token = UInt256();
        }
    }
    const auto price = pricePerGas();
    if (!price)
        return R::failure(price.error());
    if (maxPricePerGas && *price > *maxPricePerGas)
        return R::failure(
            u"The network asks %1 gwei of gas now, more than the %2 gwei you allow. Nothing was "
            u"planned: try again later, or allow more."_s.arg(formatUnits(*price, 9),
                                                              formatUnits(*maxPricePerGas, 9)));

    CollectQuote quote;
    quote.pricePerGas = *price;
    qsizetype richest = -1;
    // Every token transfer's gas, in one round trip.
    QList<JsonRpcClient::Request> estimates;
    for (qsizetype a = 0; a < funds.addresses.size(); ++a) {
        const AddressFunds &address = funds.addresses[a];
        if (richest < 0 || address.native > funds.addresses[richest].native)
            richest = a;
        for (qsizetype t = 0; t < funds.tokens.size(); ++t) {
            if (!address.tokens[t].isZero())
                estimates << estimateRequest(address.address, funds.tokens[t].contract, {},
                                             erc20TransferData(addressBytes(to), address.tokens[t]));
        }
    }
    const QList<Result<QJsonValue>> estimated = batch(estimates);
    qsizetype next = 0;
    for (AddressFunds &address : funds.addresses) {
        QList<quint64> gas;
        for (qsizetype t = 0; t < funds.tokens.size(); ++t) {
            if (address.tokens[t].isZero()) {
                gas << 0;
                continue;
            }
            const Result<quint64> estimate = gasOf(estimated.at(next++));
            QString refused;
            if (!estimate)
                refused = u"the token refuses the transfer (%1)"_s.arg(estimate.error());
            else if (*estimate > kMaxTokenTransferGas)
                refused = u"the token asks %1 gas for a transfer, more than a token should"_s.arg(*estimate);
            if (!refused.isEmpty()) {
                notes << u"%1 keeps its %2 %3: %4."_s.arg(
                    address.address, formatUnits(address.tokens[t], funds.tokens[t].decimals),
                    funds.tokens[t].symbol, refused);
                address.tokens[t] = UInt256();
                gas << 0;
                continue;
            }
            gas << withMargin(*estimate);
        }
        quote.tokenTransferGas << gas;
    }
    // A plain transfer costs 21,000 gas on Ethereum; a contract destination (a multisig) or another chain's
    // rules (Arbitrum) may ask more, so the node is asked.
    if (richest >= 0 && !funds.addresses[richest].native.isZero()) {
        const auto gas = nativeTransferGas(funds.addresses[richest].address, to, UInt256(1), funds.native);
        if (!gas)
            return R::failure(gas.error());
        quote.nativeTransferGas = *gas;
    }
    CollectPlan plan = planCollect(funds, quote, to);
    plan.notes = notes + plan.notes;
    return R::success(plan);
}

Result<CollectPlan> Collector::planPayout(const FundsSnapshot &funds, const QString &from, const QString &to,
                                          const QString &tokenContract, const UInt256 &amount)
{
    using R = Result<CollectPlan>;
    const Result<QString> checked = checkDestination(funds, to);
    if (!checked)
        return R::failure(checked.error());
    qsizetype source = -1;
    for (qsizetype a = 0; a < funds.addresses.size(); ++a) {
        if (funds.addresses[a].address.compare(from, Qt::CaseInsensitive) == 0)
            source = a;
    }
    qsizetype token = -1;
    for (qsizetype t = 0; t < funds.tokens.size(); ++t) {
        if (!tokenContract.isEmpty() &&
            funds.tokens[t].contract.compare(tokenContract, Qt::CaseInsensitive) == 0)
            token = t;
    }
    if (source < 0)
        return R::failure(u"%1 is not one of the wallet's deposit addresses on this chain."_s.arg(from));
    if (!tokenContract.isEmpty() && token < 0)
        return R::failure(u"The token %1 is not configured on this chain any more."_s.arg(tokenContract));
    const auto mined = quantity(u"eth_getTransactionCount"_s, {from, u"latest"_s});
    const auto pending = quantity(u"eth_getTransactionCount"_s, {from, u"pending"_s});
    if (!mined || !pending)
        return R::failure(u"eth_getTransactionCount: %1"_s.arg(mined ? pending.error() : mined.error()));
    if (*mined != *pending)
        return R::failure(
            u"%1 has a transaction still waiting to be mined; try again once it is."_s.arg(from));
    const auto price = pricePerGas();
    if (!price)
        return R::failure(price.error());
    CollectQuote quote;
    quote.pricePerGas = *price;
    quint64 gas = 0;
    if (token < 0) {
        const auto estimate = nativeTransferGas(from, *checked, amount, funds.native);
        if (!estimate)
            return R::failure(estimate.error());
        gas = *estimate;
    } else {
        const JsonRpcClient::Request request = estimateRequest(
            from, funds.tokens[token].contract, {}, erc20TransferData(addressBytes(*checked), amount));
        const Result<quint64> estimate = gasOf(call(request.method, request.params));
        if (!estimate)
            return R::failure(u"The token refuses the transfer: %1"_s.arg(estimate.error()));
        if (*estimate > kMaxTokenTransferGas)
            return R::failure(
                u"The token asks %1 gas for a transfer, more than a token should; pay it from your wallet."_s
                    .arg(*estimate));
        gas = withMargin(*estimate);
    }
    return ::planPayout(funds, quote, source, *checked, token, amount, gas);
}

QList<CollectOutcome> Collector::execute(const CollectPlan &plan, const FundsSnapshot &funds,
                                         const WalletKeys &keys, const Progress &progress)
{
    QList<CollectOutcome> outcomes;
    for (const CollectStep &step : plan.steps)
        outcomes << CollectOutcome{step, CollectOutcome::Status::Skipped, {}, -1, {}, {}};
    QHash<QString, quint64> nonces;
    QSet<qsizetype> optional; // sweeps added after the token transfers, where the plan expected dust
    static const QString kNothingLeft = u"it holds no more than the fee"_s;

    auto finish = [&](qsizetype i) {
        if (progress)
            progress(outcomes[i]);
    };
    auto skip = [&](qsizetype i, const QString &why) {
        outcomes[i].status = CollectOutcome::Status::Skipped;
        outcomes[i].error = why;
        finish(i);
    };
    // Signs and broadcasts step i; true when the node took it (it is then Pending).
    auto send = [&](qsizetype i) -> bool {
        CollectOutcome &outcome = outcomes[i];
        const CollectStep &step = outcome.step;
        const auto key = keys.key(step.fromIndex);
        if (!key || key->address() != step.from) {
            outcome.status = CollectOutcome::Status::Failed;
            outcome.error = u"the wallet's key for address %1 does not match it"_s.arg(step.fromIndex);
            finish(i);
            return false;
        }
        if (!nonces.contains(step.from)) {
            const auto nonce = quantity(u"eth_getTransactionCount"_s, {step.from, u"pending"_s});
            if (!nonce) {
                outcome.status = CollectOutcome::Status::Failed;
                outcome.error = nonce.error();
                finish(i);
                return false;
            }
            nonces.insert(step.from, nonce->lowUInt64());
        }
        Eip1559Transaction tx;
        tx.chainId = quint64(m_chain.chainId);
        tx.nonce = nonces.value(step.from);
        tx.maxFeePerGas = plan.pricePerGas;
        tx.maxPriorityFeePerGas = plan.pricePerGas;
        tx.gasLimit = step.gasLimit;
        if (step.kind == CollectStep::Kind::TokenTransfer ||
            (step.kind == CollectStep::Kind::Payout && step.token >= 0)) {
            tx.to = addressBytes(funds.tokens.value(step.token).contract);
            tx.data = erc20TransferData(addressBytes(step.to), step.amount);
        } else {
            tx.to = addressBytes(step.to);
            tx.value = step.amount;
        }
        const QByteArray raw = tx.sign(key->privateKey());
        if (raw.isEmpty() || Eip1559Transaction::recoverSender(raw) != step.from) {
            outcome.status = CollectOutcome::Status::Failed;
            outcome.error = u"the transaction could not be signed"_s;
            finish(i);
            return false;
        }
        const QString hash = hex(Eip1559Transaction::hashOf(raw));
        const auto sent = call(u"eth_sendRawTransaction"_s, {hex(raw)});
        if (!sent) {
            // The node may have taken it before the answer was lost (a retry then says "already known").
            const auto known = call(u"eth_getTransactionByHash"_s, {hash});
            if (!known || known->isNull()) {
                outcome.status = CollectOutcome::Status::Failed;
                outcome.error = sent.error();
                finish(i);
                return false;
            }
        }
        nonces[step.from] += 1;
        outcome.transactionHash = hash;
        outcome.status = CollectOutcome::Status::Pending;
        return true;
    };
    auto runPhase = [&](CollectStep::Kind kind, const std::function<QString(qsizetype)> &blocker) {
        QList<qsizetype> sent;
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            if (outcomes[i].step.kind != kind)
                continue;
            const QString why = blocker ? blocker(i) : QString();
            if (why == kNothingLeft && optional.contains(i))
                outcomes[i].error = why; // the dust the plan expected: not worth a line
            else if (!why.isEmpty())
                skip(i, why);
            else if (send(i))
                sent << i;
        }
        waitForReceipts(outcomes, sent, funds);
        for (const qsizetype i : sent)
            finish(i);
    };
    auto failedFrom = [&](CollectStep::Kind kind, bool byTarget) {
        QSet<QString> addresses;
        for (const CollectOutcome &outcome : outcomes) {
            if (outcome.step.kind == kind && outcome.status != CollectOutcome::Status::Confirmed)
                addresses.insert(byTarget ? outcome.step.to : outcome.step.from);
        }
        return addresses;
    };

    runPhase(CollectStep::Kind::GasTopUp, {});
    const QSet<QString> unfunded = failedFrom(CollectStep::Kind::GasTopUp, true);
    runPhase(CollectStep::Kind::TokenTransfer, [&](qsizetype i) {
        return unfunded.contains(outcomes[i].step.from) ? u"its gas top-up did not confirm"_s : QString();
    });
    runPhase(CollectStep::Kind::Payout, [&](qsizetype i) {
        return unfunded.contains(outcomes[i].step.from) ? u"its gas top-up did not confirm"_s : QString();
    });
    const QSet<QString> tokensLeft = failedFrom(CollectStep::Kind::TokenTransfer, false);
    // An address whose token transfer used less gas than its limit may now hold more than a sweep's fee
    // even where the plan expected dust: it gets a sweep too, sent only if that is so.
    QSet<QString> swept;
    for (const CollectOutcome &outcome : outcomes) {
        if (outcome.step.kind == CollectStep::Kind::NativeSweep)
            swept.insert(outcome.step.from);
    }
    const UInt256 sweepFee =
        UInt256::checkedMul(UInt256(plan.nativeTransferGas), plan.pricePerGas).value_or(UInt256::max());
    for (qsizetype i = 0, count = outcomes.size(); i < count; ++i) {
        const CollectStep &step = outcomes[i].step;
        if (step.kind != CollectStep::Kind::TokenTransfer || swept.contains(step.from) ||
            outcomes[i].status != CollectOutcome::Status::Confirmed)
            continue;
        swept.insert(step.from);
        CollectStep sweep;
        sweep.kind = CollectStep::Kind::NativeSweep;
        sweep.fromIndex = step.fromIndex;
        sweep.from = step.from;
        sweep.to = plan.destination;
        sweep.gasLimit = plan.nativeTransferGas;
        sweep.fee = sweepFee;
        optional.insert(outcomes.size());
        outcomes << CollectOutcome{sweep, CollectOutcome::Status::Skipped, {}, -1, {}, {}};
    }
    // An address with a transaction still in flight (a top-up not yet mined) is not swept: its balance
    // still counts coin that is about to leave.
    QSet<QString> inFlight;
    for (const CollectOutcome &outcome : outcomes) {
        if (outcome.status == CollectOutcome::Status::Pending)
            inFlight.insert(outcome.step.from);
    }
    runPhase(CollectStep::Kind::NativeSweep, [&](qsizetype i) -> QString {
        CollectStep &step = outcomes[i].step;
        if (tokensLeft.contains(step.from))
            return u"its tokens are still there and need this coin for gas"_s;
        if (inFlight.contains(step.from))
            return u"a transaction of it is not mined yet; collect again once it is"_s;
        // What the address holds now, after its token transfers: sent whole, less the exact fee.
        const auto balance = quantity(u"eth_getBalance"_s, {step.from, u"latest"_s});
        if (!balance)
            return balance.error();
        if (*balance <= step.fee)
            return kNothingLeft;
        step.amount = balance->saturatingSub(step.fee);
        return {};
    });
    return outcomes;
}

namespace {
// Whether a token transfer's receipt holds the Transfer log it promises: the token contract, to the
// destination, the whole amount. A token that returns false instead of reverting, or keeps a fee, does not.
bool movedTheTokens(const QJsonObject &receipt, const CollectStep &step, const FundsAsset &token)
{
    for (const QJsonValue &log : receipt.value(u"logs"_s).toArray()) {
        const auto transfer = erc20::parseTransferLog(log);
        if (transfer && transfer->contract.compare(token.contract, Qt::CaseInsensitive) == 0 &&
            transfer->from.compare(step.from, Qt::CaseInsensitive) == 0 &&
            transfer->to.compare(step.to, Qt::CaseInsensitive) == 0 && transfer->amount == step.amount)
            return true;
    }
    return false;
}
} // namespace

void Collector::waitForReceipts(QList<CollectOutcome> &outcomes, const QList<qsizetype> &indexes,
                                const FundsSnapshot &funds)
{
    QList<qsizetype> waiting = indexes;
    QElapsedTimer timer;
    timer.start();
    while (!waiting.isEmpty()) {
        QList<qsizetype> still;
        for (const qsizetype i : waiting) {
            CollectOutcome &outcome = outcomes[i];
            const auto receipt = call(u"eth_getTransactionReceipt"_s, {outcome.transactionHash});
            if (!receipt || !receipt->isObject()) {
                still << i;
                continue;
            }
            const QJsonObject object = receipt->toObject();
            const auto block = JsonRpcClient::parseAmount(object.value(u"blockNumber"_s));
            const auto gasUsed = JsonRpcClient::parseAmount(object.value(u"gasUsed"_s));
            const auto price = JsonRpcClient::parseAmount(object.value(u"effectiveGasPrice"_s));
            outcome.block = block ? qint64(block->lowUInt64()) : -1;
            if (gasUsed && price)
                outcome.feePaid = UInt256::checkedMul(*gasUsed, *price).value_or(UInt256());
            if (object.value(u"status"_s).toString() != u"0x1") {
                outcome.status = CollectOutcome::Status::Failed;
                outcome.error = u"reverted in block %1 (the fee was paid)"_s.arg(outcome.block);
            } else if ((outcome.step.kind == CollectStep::Kind::TokenTransfer ||
                        (outcome.step.kind == CollectStep::Kind::Payout && outcome.step.token >= 0)) &&
                       !movedTheTokens(object, outcome.step, funds.tokens.value(outcome.step.token))) {
                outcome.status = CollectOutcome::Status::Failed;
                outcome.error =
                    u"mined in block %1, but the token did not move the whole amount"_s.arg(outcome.block);
            } else {
                outcome.status = CollectOutcome::Status::Confirmed;
            }
        }
        waiting = still;
        if (waiting.isEmpty())
            break;
        if (timer.elapsed() >= m_receiptTimeoutMs) {
            for (const qsizetype i : waiting)
                outcomes[i].error = u"sent, but not in a block after %1 s; it may still be mined"_s.arg(
                    m_receiptTimeoutMs / 1000);
            break;
        }
        pause(m_receiptPollMs);
    }
}
