// ConsoleServices: the merchant's money (collect, books). Node calls run on a worker thread each, since
// Collector waits for the node with a local event loop; reads of the database on the reader thread.
#include "ConsoleServices.h"

#include "CheckoutService.h"
#include "Collector.h"
#include "PaymentReportService.h"
#include "Services.h"
#include "WalletKeys.h"
#include "WireJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// The deposit addresses a mode has handed out and its xpub, or why it has none.
struct ModeKeys
{
    std::optional<ExtendedPublicKey> xpub;
    QString error;
};

ModeKeys modeKeys(const AppConfig &config, bool livemode)
{
    const ModeConfig &mode = config.mode(livemode);
    if (mode.xpub.isEmpty())
        return {std::nullopt, QObject::tr("Live mode has no xpub yet: it has not been paid.")};
    const auto key = ExtendedPublicKey::parse(mode.xpub);
    if (!key)
        return {std::nullopt, key.error()};
    return {*key, {}};
}

// The chain a snapshot was read on and the mode's xpub, or why there are none.
struct CollectTarget
{
    ChainConfig chain;
    std::optional<ExtendedPublicKey> xpub;
    QString error;
};

CollectTarget collectTarget(const AppConfig &config, bool livemode, qint64 chainId)
{
    const ModeKeys keys = modeKeys(config, livemode);
    if (!keys.xpub)
        return {{}, std::nullopt, keys.error};
    if (!config.chains.contains(chainId))
        return {{}, std::nullopt, QObject::tr("Chain %1 is not configured.").arg(chainId)};
    return {config.chains.value(chainId), keys.xpub, {}};
}

} // namespace

template <typename T>
void ConsoleServices::runOnWorker(std::function<T()> work, QObject *context, interfaces::Reply<T> done)
{
    QPointer<QObject> guard(context);
    QPointer<ConsoleServices> self(this);
    QThread *thread = QThread::create([work = std::move(work), done = std::move(done), guard, self] {
        answer<T>(work, self, guard, done);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_workers.removeAll(nullptr);
    m_workers << thread;
    thread->start();
}

void ConsoleServices::loadFunds(bool livemode, qint64 chainId, QObject *context,
                                interfaces::Reply<FundsSnapshot> done)
{
    const CollectTarget target =
        collectTarget(config(), livemode, chainId != 0 ? chainId : config().mode(livemode).chainId);
    if (!target.xpub) {
        done(std::nullopt, target.error);
        return;
    }
    const ExtendedPublicKey xpub = *target.xpub;
    const ChainConfig chainConfig = target.chain;
    QPointer<QObject> guard(context);
    // How many addresses were handed out (the database, on the reader thread), then the node.
    read<qint64>(
        [xpub](Storage &store) { return store.sessions().issuedAddressCount(xpub.fingerprint()); }, context,
        [this, xpub, chainConfig, guard, done](const std::optional<qint64> &issued, const QString &error) {
            if (!issued) {
                done(std::nullopt, error);
                return;
            }
            const auto count = quint32(std::min<qint64>(*issued, std::numeric_limits<qint32>::max()));
            runOnWorker<FundsSnapshot>(
                [chainConfig, xpub, count] {
                    Collector collector(chainConfig, xpub, count);
                    const auto funds = collector.scan();
                    if (!funds)
                        throw std::runtime_error(funds.error().toStdString());
                    return *funds;
                },
                guard.data(), done);
        });
}

void ConsoleServices::planWithWallet(bool livemode, const FundsSnapshot &funds,
                                     std::shared_ptr<const SecretBytes> phrase,
                                     std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                                     interfaces::Reply<CollectPlan> done,
                                     std::function<Result<CollectPlan>(Collector &)> makePlan)
{
    const CollectTarget target = collectTarget(config(), livemode, funds.chainId);
    if (!target.xpub) {
        done(std::nullopt, target.error);
        return;
    }
    const ChainConfig chain = target.chain;
    const ExtendedPublicKey xpub = *target.xpub;
    runOnWorker<CollectPlan>(
        [chain, xpub, funds, phrase, passphrase, makePlan = std::move(makePlan)] {
            {
                const auto wallet = WalletKeys::unlock(*phrase, *passphrase, xpub);
                if (!wallet)
                    throw std::runtime_error(wallet.error().toStdString());
            } // the keys are wiped here
            Collector collector(chain, xpub, quint32(funds.addresses.size()));
            const auto plan = makePlan(collector);
            if (!plan)
                throw std::runtime_error(plan.error().toStdString());
            return *plan;
        },
        context, std::move(done));
}

void ConsoleServices::planCollect(bool livemode, const FundsSnapshot &funds, const QString &destination,
                                  std::shared_ptr<const SecretBytes> phrase,
                                  std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                                  interfaces::Reply<CollectPlan> done)
{
    planWithWallet(livemode, funds, std::move(phrase), std::move(passphrase), context, std::move(done),
                   [funds, destination](Collector &collector) { return collector.plan(funds, destination); });
}

void ConsoleServices::collect(bool livemode, const FundsSnapshot &funds, const CollectPlan &plan,
                              std::shared_ptr<const SecretBytes> phrase,
                              std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                              std::function<void(const CollectOutcome &)> progress,
                              interfaces::Reply<QList<CollectOutcome>> done)
{
    const CollectTarget target = collectTarget(config(), livemode, funds.chainId);
    if (!target.xpub) {
        done(std::nullopt, target.error);
        return;
    }
    const ChainConfig chain = target.chain;
    const ExtendedPublicKey xpub = *target.xpub;
    QPointer<QObject> guard(context);
    QPointer<ConsoleServices> self(this);
    runOnWorker<QList<CollectOutcome>>(
        [chain, xpub, funds, plan, phrase, passphrase, progress, guard, self] {
            const auto wallet = WalletKeys::unlock(*phrase, *passphrase, xpub);
            if (!wallet)
                throw std::runtime_error(wallet.error().toStdString());
            Collector collector(chain, xpub, quint32(funds.addresses.size()));
            return collector.execute(plan, funds, *wallet, [&](const CollectOutcome &outcome) {
                if (!self)
                    return;
                QMetaObject::invokeMethod(
                    self.data(),
                    [progress, guard, outcome] {
                        if (guard && progress)
                            progress(outcome);
                    },
                    Qt::QueuedConnection);
            });
        },
        context, done);
}

Refund ConsoleServices::createRefund(const QString &sessionId, const RefundRequest &request, bool livemode)
{
    return m_services.checkout().createRefund(sessionId, request, livemode);
}

Refund ConsoleServices::cancelRefund(const QString &id, bool livemode)
{
    return m_services.checkout().cancelRefund(id, livemode);
}

void ConsoleServices::attachRefundTransaction(const QString &refundId, bool livemode, const QString &txHash,
                                              QObject *context, interfaces::Reply<Refund> done)
{
    QPointer<QObject> guard(context);
    m_services.attachRefundTransaction(refundId, livemode, txHash,
                                       [guard, done](const Services::RefundOutcome &outcome) {
                                           if (!guard)
                                               return;
                                           try {
                                               done(outcome(), {});
                                           } catch (const std::exception &error) {
                                               done(std::nullopt, QString::fromUtf8(error.what()));
                                           }
                                       });
}

void ConsoleServices::planRefundPayment(bool livemode, const FundsSnapshot &funds, const Refund &refund,
                                        const QString &from, std::shared_ptr<const SecretBytes> phrase,
                                        std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                                        interfaces::Reply<CollectPlan> done)
{
    // As it is now: a refund canceled, or paid meanwhile (through the API, another window), is not paid
    // again.
    std::optional<Refund> current;
    try {
        current = m_services.checkout().refund(refund.id, livemode);
    } catch (const std::exception &error) {
        done(std::nullopt, QString::fromUtf8(error.what()));
        return;
    }
    if (!current || current->status != RefundStatus::Pending || current->hasTransfer()) {
        done(std::nullopt, !current ? tr("No refund %1.").arg(refund.id)
                           : current->hasTransfer()
                               ? tr("Refund %1 is paid already, by %2.").arg(refund.id, current->txHash)
                               : tr("Refund %1 is %2: there is nothing to pay.")
                                     .arg(refund.id, refundStatusName(current->status)));
        return;
    }
    planWithWallet(livemode, funds, std::move(phrase), std::move(passphrase), context, std::move(done),
                   [funds, refund = *current, from](Collector &collector) {
                       return collector.planPayout(funds, from, refund.address, refund.tokenContract,
                                                   refund.amount);
                   });
}

void ConsoleServices::loadPaymentReport(bool livemode, qint64 fromMs, qint64 toMs, QObject *context,
                                        interfaces::Reply<QList<PaymentReportRow>> done)
{
    const AppConfig &appConfig = config();
    read<QList<PaymentReportRow>>(
        [&appConfig, livemode, fromMs, toMs](Storage &store) {
            return PaymentReportService(store, appConfig).payments(livemode, fromMs, toMs);
        },
        context, std::move(done));
}

void ConsoleServices::exportPaymentReport(bool livemode, qint64 fromMs, qint64 toMs, const QString &format,
                                          QObject *context, interfaces::Reply<QByteArray> done)
{
    const AppConfig &appConfig = config();
    read<QByteArray>(
        [&appConfig, livemode, fromMs, toMs, format](Storage &store) {
            const auto rows = PaymentReportService(store, appConfig).payments(livemode, fromMs, toMs);
            return format == u"json" ? QJsonDocument(paymentReportToJson(rows, fromMs, toMs)).toJson()
                                     : paymentreport::toCsv(rows);
        },
        context, std::move(done));
}
