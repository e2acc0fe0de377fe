#include "ConsoleServices.h"

#include "ConfigFile.h"
#include "JsonRpcClient.h"
#include "Services.h"
#include "UrlRedaction.h"
#include "WireJson.h"

#include <QJsonDocument>

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

// The reader thread's database connection, opened on that thread when first needed.
class ConsoleReader : public QObject
{
public:
    explicit ConsoleReader(QString path)
        : m_path(std::move(path))
    {}
    Storage &storage()
    {
        if (!m_storage.isOpen())
            m_storage.open(m_path);
        return m_storage;
    }
    void close() { m_storage.close(); }

private:
    QString m_path;
    Storage m_storage;
};

namespace {
// The sessions table's reads on the table's own worker thread.
class StorageSessionList : public interfaces::SessionListSource
{
public:
    explicit StorageSessionList(QString path)
        : m_path(std::move(path))
    {}
    qint64 count(const SessionListQuery &query) override { return open().sessionList().count(query); }
    QList<SessionListRow> rows(const SessionListQuery &query, qint64 offset, int limit, qint64 total) override
    {
        return open().sessionList().rows(query, offset, limit, total);
    }

private:
    Storage &open()
    {
        if (!m_storage.isOpen())
            m_storage.open(m_path);
        return m_storage;
    }
    QString m_path;
    Storage m_storage;
};

interfaces::ChainHealth::State chainState(ChainState state)
{
    using State = interfaces::ChainHealth::State;
    switch (state) {
    case ChainState::Starting:
        return State::Starting;
    case ChainState::Syncing:
        return State::Syncing;
    case ChainState::Ok:
    case ChainState::Standby: // another instance on the same database watches it: payments are seen
        return State::Ok;
    case ChainState::Behind:
        return State::Behind;
    case ChainState::Misconfigured:
        return State::Misconfigured;
    case ChainState::Error:
        break;
    }
    return State::Unreachable;
}
} // namespace

ConsoleServices::ConsoleServices(Services &services, QUrl serverUrl, QObject *parent)
    : interfaces::Console(parent)
    , m_services(services)
    , m_serverUrl(std::move(serverUrl))
    , m_reader(new ConsoleReader(services.config().databaseLocation()))
{
    m_readerThread.setObjectName(u"console-reader"_s);
    m_reader->moveToThread(&m_readerThread);
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_readerThread.start();

    connect(&services.checkout(), &CheckoutService::sessionChanged, this, &Console::sessionChanged);
    for (ChainWatcher *watcher : services.watchers()) {
        connect(watcher, &ChainWatcher::statusChanged, this, &Console::healthChanged);
        connect(watcher, &ChainWatcher::caughtUp, this,
                [this, id = watcher->chain().chainId] { Q_EMIT chainAdvanced(id); });
    }
    connect(&services, &Services::builtinChainChanged, this, &Console::healthChanged);
    connect(&services.webhooks(), &WebhookService::endpointsChanged, this, &Console::healthChanged);
    if (WebhookDispatcher *dispatcher = services.webhookDispatcher())
        connect(dispatcher, &WebhookDispatcher::attemptFinished, this, &Console::webhookAttempted);
}

ConsoleServices::~ConsoleServices()
{
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader] { reader->close(); }, Qt::BlockingQueuedConnection);
    m_readerThread.quit();
    m_readerThread.wait();
    // A collect in flight finishes (its transactions are signed and sent; it only waits for receipts).
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
}

template <typename T>
void ConsoleServices::read(std::function<T(Storage &)> work, QObject *context, interfaces::Reply<T> done)
{
    QPointer<QObject> guard(context);
    QPointer<ConsoleServices> self(this);
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, work = std::move(work), done = std::move(done), guard, self] {
            // Back on the GUI thread through this object, which outlives the reader thread.
            answer<T>([&] { return work(reader->storage()); }, self, guard, done);
        },
        Qt::QueuedConnection);
}

const AppConfig &ConsoleServices::config() const
{
    return m_services.config();
}

bool ConsoleServices::canCreateSessions(bool livemode) const
{
    return m_services.addresses().isReady(livemode);
}

QString ConsoleServices::whyNoSessions(bool livemode) const
{
    return canCreateSessions(livemode) ? QString() : m_services.addresses().problem(livemode);
}

CheckoutSession ConsoleServices::createSession(const SessionRequest &request, bool livemode)
{
    return m_services.checkout().createSession(request, livemode);
}

CheckoutSession ConsoleServices::expireSession(const QString &id, bool livemode)
{
    return m_services.checkout().expireSession(id, livemode);
}

std::unique_ptr<interfaces::SessionListSource> ConsoleServices::sessionListSource()
{
    return std::make_unique<StorageSessionList>(m_services.config().databaseLocation());
}

void ConsoleServices::loadSession(const QString &id, QObject *context,
                                  interfaces::Reply<CheckoutSession> done)
{
    read<CheckoutSession>(
        [id](Storage &storage) {
            const auto session = storage.sessions().byId(id);
            if (!session)
                throw DomainError::notFound(tr("No session %1.").arg(id), u"id"_s);
            return *session;
        },
        context, std::move(done));
}

void ConsoleServices::loadSessionDetail(const QString &id, QObject *context,
                                        interfaces::Reply<interfaces::SessionDetail> done)
{
    // The head comes from the watcher, in memory, on this thread once the rows are read.
    QPointer<ConsoleServices> self(this);
    auto withHead = [self, done = std::move(done)](const std::optional<interfaces::SessionDetail> &detail,
                                                   const QString &error) {
        if (!detail || !self) {
            done(detail, error);
            return;
        }
        interfaces::SessionDetail complete = *detail;
        const ChainWatcher *watcher = self->m_services.watcher(complete.session.chainId);
        complete.headBlock = watcher ? watcher->status().head : -1;
        done(complete, error);
    };
    read<interfaces::SessionDetail>(
        [id](Storage &storage) {
            interfaces::SessionDetail detail;
            storage.db().snapshot([&] { // one consistent view of the session and everything about it
                const auto session = storage.sessions().byId(id);
                if (!session)
                    throw DomainError::notFound(tr("No session %1.").arg(id), u"id"_s);
                detail.session = *session;
                detail.payments = storage.sessions().payments(id);
                detail.events = storage.events().forSession(id);
                detail.refunds = storage.refunds().forSession(id);
                const QList<WebhookDelivery> deliveries = storage.events().deliveriesForSession(id);
                QList<qint64> ids;
                for (const WebhookDelivery &delivery : deliveries)
                    ids << delivery.id;
                const QHash<qint64, WebhookAttempt> last = storage.events().lastAttempts(ids);
                for (const WebhookDelivery &delivery : deliveries) {
                    const auto found = last.constFind(delivery.id);
                    detail.deliveries.append(
                        {delivery, found == last.constEnd() ? std::nullopt : std::optional(*found)});
                }
            });
            return detail;
        },
        context, std::move(withHead));
}

void ConsoleServices::payWithTestWallet(const QString &sessionId, const std::optional<QString> &amount,
                                        QObject *context, interfaces::Reply<interfaces::TestPaymentSent> done)
{
    QPointer<QObject> guard(context);
    m_services.testWallet().pay(sessionId, amount, [guard, done](const TestWallet::Outcome &outcome) {
        if (!guard)
            return;
        if (const auto *error = std::get_if<DomainError>(&outcome)) {
            done(std::nullopt, error->message());
            return;
        }
        const auto &payment = std::get<TestWallet::Payment>(outcome);
        done(interfaces::TestPaymentSent{payment.transactionHash, payment.wei, payment.symbol}, {});
    });
}

PaymentLink ConsoleServices::createPaymentLink(const PaymentLinkRequest &request, bool livemode)
{
    return m_services.checkout().createPaymentLink(request, livemode);
}

PaymentLink ConsoleServices::updatePaymentLink(const QString &id, const PaymentLinkRequest &request,
                                               bool livemode)
{
    return m_services.checkout().updatePaymentLink(id, request, livemode);
}

QList<PaymentLink> ConsoleServices::paymentLinks(bool livemode, int limit, bool *hasMore)
{
    return m_services.checkout().listPaymentLinks(livemode, limit, {}, hasMore);
}

QList<WebhookEndpoint> ConsoleServices::webhookEndpoints(bool livemode)
{
    return m_services.webhooks().endpoints(livemode);
}

WebhookEndpoint ConsoleServices::createWebhookEndpoint(bool livemode, const WebhookEndpointRequest &request)
{
    return m_services.webhooks().create(livemode, request);
}

WebhookEndpoint ConsoleServices::updateWebhookEndpoint(const QString &id, bool livemode,
                                                       const WebhookEndpointRequest &request)
{
    return m_services.webhooks().update(id, livemode, request);
}

void ConsoleServices::validateWebhookEndpoint(const WebhookEndpointRequest &request, bool creating,
                                              bool livemode)
{
    m_services.webhooks().validate(request, creating, livemode);
}

Event ConsoleServices::sendTestEvent(const QString &endpointId, bool livemode)
{
    return m_services.webhooks().sendTest(endpointId, livemode);
}

int ConsoleServices::redeliver(const QString &eventId, bool livemode, const QString &endpointId)
{
    return m_services.webhooks().redeliver(eventId, livemode, endpointId);
}

void ConsoleServices::loadRecentDeliveries(const QStringList &endpointIds, int perEndpoint, QObject *context,
                                           interfaces::Reply<QList<WebhookDelivery>> done)
{
    read<QList<WebhookDelivery>>(
        [endpointIds, perEndpoint](Storage &storage) {
            QList<WebhookDelivery> deliveries;
            for (const QString &id : endpointIds)
                deliveries += storage.events().recentDeliveries(id, perEndpoint);
            std::sort(deliveries.begin(), deliveries.end(),
                      [](const WebhookDelivery &a, const WebhookDelivery &b) {
                          return a.createdAtMs > b.createdAtMs;
                      });
            return deliveries;
        },
        context, std::move(done));
}

void ConsoleServices::loadDeliveryDetail(qint64 deliveryId, const QString &eventId, QObject *context,
                                         interfaces::Reply<interfaces::DeliveryDetail> done)
{
    read<interfaces::DeliveryDetail>(
        [deliveryId, eventId](Storage &storage) {
            const auto event = storage.events().byId(eventId);
            return interfaces::DeliveryDetail{
                event ? QString::fromUtf8(QJsonDocument(eventToJson(*event)).toJson(QJsonDocument::Indented))
                      : QString(),
                storage.events().attemptsForDelivery(deliveryId)};
        },
        context, std::move(done));
}

void ConsoleServices::loadWebhookHealth(bool livemode, QObject *context,
                                        interfaces::Reply<interfaces::WebhookHealth> done)
{
    read<interfaces::WebhookHealth>(
        [livemode](Storage &storage) {
            interfaces::WebhookHealth health;
            for (const WebhookEndpoint &endpoint : storage.webhookEndpoints().list(livemode)) {
                if (!endpoint.enabled)
                    continue;
                ++health.enabled;
                if (endpoint.failingSinceMs)
                    ++health.failing;
            }
            return health;
        },
        context, std::move(done));
}

QList<ApiKey> ConsoleServices::apiKeys()
{
    return m_services.apiKeys().list();
}

CreatedApiKey ConsoleServices::createApiKey(bool livemode, const QString &name, ApiKey::Kind kind)
{
    return m_services.apiKeys().create(livemode, name, kind);
}

bool ConsoleServices::revokeApiKey(const QString &id)
{
    return m_services.apiKeys().revoke(id);
}

interfaces::HealthSnapshot ConsoleServices::health()
{
    const AppConfig &config = m_services.config();
    interfaces::HealthSnapshot snapshot;
    const BuiltinChain *builtin = m_services.builtinChain();
    for (const ChainWatcher *watcher : m_services.watchers()) {
        const ChainStatus &status = watcher->status();
        interfaces::ChainHealth chain;
        chain.chainId = status.chainId;
        chain.name = status.name;
        chain.state = chainState(status.state);
        chain.head = status.head;
        chain.lastError = status.lastError;
        chain.nodeUrl = redactedUrl(watcher->chain().rpcUrl);
        if (builtin && status.chainId == config.test.chainId) {
            switch (builtin->state()) {
            case BuiltinChain::State::Starting:
                chain.testChain = interfaces::ChainHealth::TestChain::Starting;
                break;
            case BuiltinChain::State::Running:
                chain.testChain = interfaces::ChainHealth::TestChain::Running;
                break;
            case BuiltinChain::State::Failed:
                chain.testChain = interfaces::ChainHealth::TestChain::Failed;
                break;
            case BuiltinChain::State::Off:
                break;
            }
            chain.testChainDetail = builtin->detail();
            chain.testChainUrl = builtin->rpcUrl().toString();
        }
        snapshot.chains.append(chain);
    }
    snapshot.prices = m_services.priceStatus();
    snapshot.priceSources = config.priceSources;
    snapshot.liveInUse = config.modeInUse(true);
    return snapshot;
}

bool ConsoleServices::hasConfigFile() const
{
    return QFile::exists(m_services.config().configPath());
}

QMap<QString, QString> ConsoleServices::configFileEntries() const
{
    return configfile::read(m_services.config().configPath());
}

QString ConsoleServices::checkConfig(const QMap<QString, QString> &entries) const
{
    // Checked the way the program checks it at start, on a copy, before anything is replaced.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return tr("No temporary directory to check the settings in.");
    const QString candidate = QDir(scratch.path()).filePath(u"config.ini"_s);
    if (!configfile::writeOver(m_services.config().configPath(), candidate, entries))
        return tr("Cannot write %1.").arg(candidate);
    const auto checked = AppConfig::load(scratch.path());
    return checked ? QString() : checked.error();
}

bool ConsoleServices::saveConfig(const QMap<QString, QString> &entries, QString *error)
{
    return configfile::replace(m_services.config().configPath(), entries, error);
}

void ConsoleServices::probeRpc(const QUrl &url, QObject *context,
                               interfaces::Reply<interfaces::RpcProbe> done)
{
    auto *client = new JsonRpcClient(url, this);
    client->setMaxAttempts(1);
    client->setTimeoutMs(5000);
    QPointer<QObject> guard(context);
    client->call(u"eth_chainId"_s, {}, [client, guard, done](const Result<QJsonValue> &answer) {
        client->deleteLater();
        if (!guard)
            return;
        interfaces::RpcProbe probe;
        if (!answer) {
            probe.error = answer.error();
        } else {
            probe.chainId = parseQuantity(*answer);
            if (!probe.chainId)
                probe.error = tr("Unexpected answer: %1").arg(answer->toVariant().toString());
        }
        done(probe, {});
    });
}

// The reads ConsoleMoney.cpp makes.
template void ConsoleServices::read<qint64>(std::function<qint64(Storage &)>, QObject *,
                                            interfaces::Reply<qint64>);
template void
ConsoleServices::read<QList<PaymentReportRow>>(std::function<QList<PaymentReportRow>(Storage &)>, QObject *,
                                               interfaces::Reply<QList<PaymentReportRow>>);
template void ConsoleServices::read<QByteArray>(std::function<QByteArray(Storage &)>, QObject *,
                                                interfaces::Reply<QByteArray>);
