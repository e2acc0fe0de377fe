#include "CollectCommand.h"

#include "AppConfig.h"
#include "Collector.h"
#include "CommandLine.h"
#include "Decimal.h"
#include "EthereumAddress.h"
#include "Money.h"
#include "Storage.h"
#include "Terminal.h"
#include "WalletKeys.h"

#include <QDir>
#include <QMap>
#include <QTextStream>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

using terminal::err;
using terminal::out;

QString assetAmount(const UInt256 &amount, const FundsAsset &asset)
{
    return formatUnits(amount, asset.decimals) + u' ' + asset.symbol;
}

QString stepText(const CollectStep &step, const FundsSnapshot &funds)
{
    const QString what = step.kind == CollectStep::Kind::GasTopUp        ? u"gas top-up"_s
                         : step.kind == CollectStep::Kind::TokenTransfer ? u"token transfer"_s
                                                                         : u"sweep"_s;
    return u"%1  #%2 %3 -> %4  %5  (fee %6)"_s.arg(what, QString::number(step.fromIndex), step.from, step.to,
                                                   assetAmount(step.amount, assetOf(step, funds)),
                                                   assetAmount(step.fee, funds.native));
}

void printFunds(const FundsSnapshot &funds)
{
    out() << "Chain " << funds.chainId << " at block " << funds.block << ": " << funds.addresses.size()
          << " deposit addresses." << Qt::endl;
    for (const AddressFunds &address : funds.addresses) {
        if (!address.holdsAnything())
            continue;
        QStringList held{assetAmount(address.native, funds.native)};
        for (qsizetype t = 0; t < funds.tokens.size(); ++t) {
            if (!address.tokens[t].isZero())
                held << assetAmount(address.tokens[t], funds.tokens[t]);
        }
        out() << "  #" << address.index << ' ' << address.address << "  " << held.join(u", "_s) << Qt::endl;
    }
    QStringList totals{assetAmount(funds.totalNative(), funds.native)};
    for (qsizetype t = 0; t < funds.tokens.size(); ++t)
        totals << assetAmount(funds.totalToken(t), funds.tokens[t]);
    out() << "Total: " << totals.join(u", "_s) << Qt::endl;
}

// No core file while secrets are in memory: a crash would write them to disk (systemd-coredump keeps
// them). Best effort: both calls only lower what the process may do.
void preventCoreDumps()
{
    const struct rlimit none
    {
        0, 0
    };
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace

int runCollect(const CommandLine &command, const QString &dataDir)
{
    const auto config = AppConfig::load(dataDir, {}, command.configFile);
    if (!config) {
        err() << config.error() << Qt::endl;
        return 1;
    }
    const ModeConfig &mode = config->mode(command.livemode);
    const char *modeName = command.livemode ? "live" : "test";
    if (mode.xpub.isEmpty()) {
        err() << "The " << modeName << " mode has no xpub: it has never been paid." << Qt::endl;
        return 1;
    }
    const auto xpub = ExtendedPublicKey::parse(mode.xpub);
    if (!xpub) {
        err() << "[" << modeName << "] xpub: " << xpub.error() << Qt::endl;
        return 1;
    }
    // The destination first: a typo is said before anything is read or asked for.
    if (!ethereum::isValidAddress(command.to)) {
        err() << "--to: '" << command.to
              << "' is not an Ethereum address (0x and 40 hex digits, with a correct "
              << "EIP-55 checksum when mixed case)." << Qt::endl;
        return 2;
    }
    const qint64 chainId = command.chainId != 0 ? command.chainId : mode.chainId;
    if (!config->chains.contains(chainId)) {
        err() << "Chain " << chainId << " is not configured (add a [chain." << chainId
              << "] section with its rpcUrl)." << Qt::endl;
        return 1;
    }
    const ChainConfig &chain = config->chains[chainId];
    std::optional<UInt256> maxPricePerGas;
    if (!command.maxFeePerGas.isEmpty()) {
        const decimal::Rules gwei{9, 30, false};
        const auto parsed = decimal::parse(command.maxFeePerGas.toStdString(), gwei);
        if (!parsed.ok()) {
            err() << "--max-fee-per-gas is in gwei (\"30\", \"0.5\"): the value "
                  << QString::fromStdString(decimal::describe(parsed.error, gwei)) << '.' << Qt::endl;
            return 2;
        }
        maxPricePerGas = parsed.scaled;
    }

    qint64 issued = 0;
    try {
        Storage store;
        store.open(config->databaseLocation());
        issued = store.sessions().issuedAddressCount(xpub->fingerprint());
    } catch (const StorageError &error) {
        err() << "Cannot read the database: " << error.what() << Qt::endl;
        return 1;
    }
    if (issued == 0) {
        out() << "The " << modeName << " mode has not handed out a deposit address yet: nothing to collect."
              << Qt::endl;
        return 0;
    }

    Collector collector(chain, *xpub, quint32(std::min<qint64>(issued, std::numeric_limits<qint32>::max())));
    const auto funds = collector.scan();
    if (!funds) {
        err() << funds.error() << Qt::endl;
        return 1;
    }
    printFunds(*funds);
    const bool anything = std::any_of(funds->addresses.cbegin(), funds->addresses.cend(),
                                      [](const AddressFunds &address) { return address.holdsAnything(); });
    if (!anything) {
        out() << "Nothing to collect." << Qt::endl;
        return 0;
    }

    // The phrase, only now that there is something to sign; in wiped memory, never echoed or stored. A
    // crash while it is in memory must not write it to disk: no core dump from here on.
    preventCoreDumps();
    SecretBytes phrase = terminal::readSecretLine(
        u"Recovery phrase of the %1 wallet (not shown as you type): "_s.arg(QString::fromLatin1(modeName)));
    SecretBytes passphrase =
        command.passphrase ? terminal::readSecretLine(u"Passphrase (not shown): "_s) : SecretBytes();
    // Checked now, so a wrong phrase is refused before anything else; the keys are made again only once
    // the plan is accepted.
    if (const auto check = WalletKeys::unlock(phrase, passphrase, *xpub); !check) {
        err() << check.error() << Qt::endl;
        return 1;
    }

    const auto plan = collector.plan(*funds, command.to, maxPricePerGas);
    if (!plan) {
        err() << plan.error() << Qt::endl;
        return 1;
    }
    out() << "\nPlan (gas price " << formatUnits(plan->pricePerGas, 9)
          << " gwei, as both fee caps: each fee is "
          << "exact):" << Qt::endl;
    for (const CollectStep &step : plan->steps)
        out() << "  " << stepText(step, *funds) << Qt::endl;
    for (const QString &note : plan->notes)
        out() << "  Left: " << note << Qt::endl;
    out() << "Fees at most: " << assetAmount(plan->totalFees(), funds->native) << Qt::endl;
    if (plan->isEmpty()) {
        out() << "Nothing can be sent." << Qt::endl;
        return 0;
    }
    if (!command.yes) {
        const QString answer =
            terminal::readLine(u"Send these %1 transactions? Type yes to send: "_s.arg(plan->steps.size()));
        if (answer != u"yes") {
            out() << "Nothing was sent." << Qt::endl;
            return 1;
        }
    }

    const auto keys = WalletKeys::unlock(phrase, passphrase, *xpub);
    phrase.clear(); // the keys are all that is needed now
    passphrase.clear();
    if (!keys) {
        err() << keys.error() << Qt::endl;
        return 1;
    }
    int failed = 0;
    QMap<QString, UInt256> received;
    UInt256 fees;
    const auto outcomes = collector.execute(*plan, *funds, *keys, [&](const CollectOutcome &outcome) {
        out() << "  " << collectStatusName(outcome.status) << "  " << stepText(outcome.step, *funds);
        if (!outcome.transactionHash.isEmpty())
            out() << "  tx " << outcome.transactionHash;
        if (outcome.block >= 0)
            out() << " in block " << outcome.block;
        if (!outcome.error.isEmpty())
            out() << "  (" << outcome.error << ')';
        out() << Qt::endl;
    });
    for (const CollectOutcome &outcome : outcomes) {
        fees = fees.saturatingAdd(outcome.feePaid);
        if (outcome.status == CollectOutcome::Status::Failed ||
            outcome.status == CollectOutcome::Status::Pending)
            ++failed;
        if (outcome.status == CollectOutcome::Status::Confirmed &&
            outcome.step.kind != CollectStep::Kind::GasTopUp) {
            const FundsAsset &asset = assetOf(outcome.step, *funds);
            received[asset.symbol] = received.value(asset.symbol).saturatingAdd(outcome.step.amount);
        }
    }
    out() << "\nSent to " << plan->destination << ":";
    for (auto it = received.cbegin(); it != received.cend(); ++it) {
        const FundsAsset &asset =
            it.key() == funds->native.symbol
                ? funds->native
                : *std::find_if(funds->tokens.cbegin(), funds->tokens.cend(),
                                [&](const FundsAsset &t) { return t.symbol == it.key(); });
        out() << ' ' << assetAmount(it.value(), asset) << ';';
    }
    out() << " fees paid " << assetAmount(fees, funds->native) << '.' << Qt::endl;
    if (failed > 0)
        out() << failed << " of " << outcomes.size() << " transactions did not confirm: see above, then run "
              << "collect again for what is left." << Qt::endl;
    return failed > 0 ? 1 : 0;
}
