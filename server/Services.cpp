#include "Services.h"

#include "RateSourceFactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

Services::Services(AppConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_apiKeys(std::make_unique<ApiKeyService>(m_storage, m_clock))
    , m_idempotency(std::make_unique<IdempotencyKeys>(m_storage, m_clock))
    , m_addresses(std::make_unique<DepositAddressService>(m_storage, m_config.test.xpub, m_config.live.xpub))
{
    m_rates = std::make_unique<RateService>(makeRateSources(m_config, m_clock),
                                            m_config.priceMaxDeviationBasisPoints);
    m_checkout = new CheckoutService(m_config, m_storage, m_clock, *m_addresses, *m_rates, this);
    m_webhooks = new WebhookService(m_storage, m_clock, this);
    m_reports = std::make_unique<PaymentReportService>(m_storage, m_config);
    m_testWallet = new TestWallet(m_config, *m_checkout, this);

    QList<qint64> chainIds{m_config.test.chainId};
    if (!m_config.live.xpub.isEmpty() && !chainIds.contains(m_config.live.chainId))
        chainIds << m_config.live.chainId;
    for (qint64 id : chainIds)
        m_watchers.append(new ChainWatcher(m_config.chains.value(id), m_storage, *m_checkout, m_clock, this));
    m_leadership = new WatcherLeadership(m_config.databaseLocation(), m_watchers, this);
    m_notifications = new SessionNotifications(this);

    connect(&m_maintenance, &QTimer::timeout, this, [this] {
        try {
            m_idempotency->purge();
        } catch (const StorageError &error) {
            qWarning("Purging idempotency keys failed: %s", error.what());
        }
    });
}

Services::~Services()
{
    try {
        m_storage.db().setSyncer(nullptr); // commits and syncs a pending group
    } catch (const std::exception &error) {
        qWarning("Closing the database: %s", error.what());
    }
    m_storage.db().setCheckpointer(nullptr);
    if (m_webhookThread) {
        QMetaObject::invokeMethod(m_dispatcher, &WebhookDispatcher::stop, Qt::BlockingQueuedConnection);
        m_webhookThread->quit();
        m_webhookThread->wait();
    }
}

void Services::start()
{
    if (!QDir().mkpath(m_config.dataDir))
        throw StartupError(u"Cannot create the data directory %1."_s.arg(m_config.dataDir).toStdString());
    // config.ini (a database password, webhook and price API keys) and the SQLite file: the owner's only.
    QFile::setPermissions(m_config.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    try {
        m_storage.open(m_config.databaseLocation());
        if (!m_storage.db().isPostgres()) {
            m_checkpointer = std::make_unique<WalCheckpointer>(m_storage.location());
            m_storage.db().setCheckpointer(m_checkpointer.get());
            m_syncer = std::make_unique<WalSyncer>();
            QString problem;
            if (m_syncer->open(m_storage.location(), &problem)) {
                m_storage.db().setSyncer(m_syncer.get());
            } else {
                qWarning("The database's log cannot be synced in the background (every commit waits for the "
                         "disk instead): %s",
                         qPrintable(problem));
                m_syncer.reset();
            }
        }
    } catch (const StorageError &error) {
        throw StartupError(error.what());
    }
    for (bool livemode : {false, true}) {
        // A mode without a usable xpub still starts: the API answers 503 with this message on create.
        if (!m_addresses->isReady(livemode) && (!livemode || !m_config.live.xpub.isEmpty()))
            qWarning("%s", qPrintable(m_addresses->problem(livemode)));
    }
    if (!m_config.shop.accentNote.isEmpty())
        qWarning("%s", qPrintable(m_config.shop.accentNote));
    m_checkout->expireDueSessions();
    m_maintenance.start(60 * 60 * 1000);
    try {
        // Before the watchers start: a session created elsewhere from now on is heard of.
        if (m_notifications->start(m_config.databaseLocation())) {
            connect(m_notifications, &SessionNotifications::sessionChanged, m_checkout,
                    &CheckoutService::changedElsewhere);
            connect(m_notifications, &SessionNotifications::reconnected, this, [this] {
                for (ChainWatcher *watcher : std::as_const(m_watchers))
                    watcher->refreshWatchedAddresses();
            });
        }
        m_leadership->start();
    } catch (const StorageError &error) {
        throw StartupError(error.what());
    }
    startWebhookDispatcher();
}

void Services::setListeningUrl(const QUrl &url)
{
    if (!m_config.publicUrlConfigured)
        m_config.publicUrl = url;
}

void Services::startBuiltinChain()
{
    const QString anvil = BuiltinChain::findAnvil();
    m_builtinChainOff = BuiltinChain::notWantedBecause(m_config, anvil);
    if (!m_builtinChainOff.isEmpty() || m_builtinChain)
        return;
    m_builtinChain = new BuiltinChain(BuiltinChain::optionsFor(m_config, anvil), this);
    // Once it answers, the test chain's watcher looks at once instead of at its next poll.
    connect(m_builtinChain, &BuiltinChain::stateChanged, this, [this] {
        if (m_builtinChain->state() != BuiltinChain::State::Running)
            return;
        if (ChainWatcher *testWatcher = watcher(m_config.test.chainId))
            testWatcher->poll();
    });
    connect(m_builtinChain, &BuiltinChain::stateChanged, this, &Services::builtinChainChanged);
    m_builtinChain->start();
}

void Services::startWebhookDispatcher()
{
    WebhookDispatcher::Options options;
    options.retryBaseMs = static_cast<qint64>(m_config.webhookRetryBaseSeconds) * 1000;
    options.timeoutMs = m_config.webhookTimeoutSeconds * 1000;
    m_webhookThread = new QThread(this);
    m_webhookThread->setObjectName(u"webhooks"_s);
    m_dispatcher = new WebhookDispatcher(m_config.databaseLocation(), m_clock, options);
    m_dispatcher->moveToThread(m_webhookThread);
    connect(m_webhookThread, &QThread::started, m_dispatcher, &WebhookDispatcher::start);
    connect(m_webhookThread, &QThread::finished, m_dispatcher, &QObject::deleteLater);
    // A session change may have queued deliveries in its transaction: wake the dispatcher when it did.
    connect(m_checkout, &CheckoutService::sessionChanged, this, [this] {
        const quint64 queued = m_storage.events().deliveriesCreated();
        if (queued == m_deliveriesSeen)
            return;
        m_deliveriesSeen = queued;
        QMetaObject::invokeMethod(m_dispatcher, &WebhookDispatcher::wake, Qt::QueuedConnection);
    });
    connect(m_webhooks, &WebhookService::deliveriesQueued, m_dispatcher, &WebhookDispatcher::wake,
            Qt::QueuedConnection);
    m_webhookThread->start();
}

void Services::attachRefundTransaction(const QString &refundId, bool livemode, const QString &txHash,
                                       std::function<void(const RefundOutcome &)> done)
{
    std::optional<Refund> refund;
    try {
        refund = m_checkout->refund(refundId, livemode);
    } catch (const StorageError &error) {
        done([error]() -> Refund { throw error; });
        return;
    }
    if (!refund) {
        done([refundId]() -> Refund {
            throw DomainError::notFound(u"No refund %1."_s.arg(refundId), u"id"_s);
        });
        return;
    }
    ChainWatcher *chainWatcher = watcher(refund->chainId);
    if (!chainWatcher) {
        done([chainId = refund->chainId]() -> Refund {
            throw DomainError::unavailable(
                u"chain_unavailable"_s,
                u"Chain %1 is not configured: its node cannot be asked."_s.arg(chainId));
        });
        return;
    }
    QPointer<Services> self(this);
    chainWatcher->readRefundTransfer(
        txHash, *refund,
        [self, done = std::move(done), refundId,
         livemode](const Result<ChainWatcher::RefundTransfer> &found) {
            done([self, found, refundId, livemode]() -> Refund {
                if (!self)
                    throw DomainError::unavailable(u"shutting_down"_s, u"The program is stopping."_s);
                if (!found && found.param().isEmpty())
                    throw DomainError::unavailable(u"chain_unavailable"_s, found.error());
                if (!found)
                    throw DomainError::invalid(found.error(), found.param(), u"transfer_mismatch"_s);
                return self->m_checkout->attachRefundTransfer(refundId, livemode, found->transfer,
                                                              found->head);
            });
        });
}

ChainWatcher *Services::watcher(qint64 chainId) const
{
    for (ChainWatcher *watcher : m_watchers) {
        if (watcher->chain().chainId == chainId)
            return watcher;
    }
    return nullptr;
}

qint64 Services::headBlock(qint64 chainId)
{
    const ChainWatcher *chainWatcher = watcher(chainId);
    if (!chainWatcher)
        return 0;
    if (chainWatcher->status().state != ChainState::Standby)
        return chainWatcher->status().head;
    // Another instance watches the chain: how far it got is in the database.
    try {
        const auto cursor = m_storage.chain().cursor(chainId);
        return cursor ? cursor->blockNumber : 0;
    } catch (const StorageError &) {
        return 0;
    }
}

QList<PriceUse> Services::priceUses() const
{
    QList<PriceUse> uses;
    for (bool livemode : {false, true}) {
        if (!m_config.modeInUse(livemode))
            continue;
        const QString coin = m_config.chains.value(m_config.mode(livemode).chainId).symbol.toUpper();
        uses << PriceUse{CurrencyPair{coin, u"USD"_s}, livemode};
    }
    return uses;
}

QJsonObject Services::priceStatus()
{
    return m_rates->status(priceUses());
}

QJsonObject Services::health()
{
    // "ok" only when the program can do its job: its database works, every chain it watches is followed,
    // and a fresh ETH-USD rate exists (without one no session can be created). Otherwise "degraded", with
    // each problem in words, so a monitor that only reads the status code still sees it.
    QJsonObject database{{u"path"_s, m_storage.path()},
                         {u"engine"_s, m_storage.db().isPostgres() ? u"postgresql"_s : u"sqlite"_s}};
    QStringList problems;
    QStringList coarse;   // the same problems without paths, URLs or errors: what anyone may see
    QStringList warnings; // worth a look, but the program does its job: still "ok"
    try {
        database.insert(u"schemaVersion"_s, m_storage.db().schemaVersion());
        database.insert(u"status"_s, u"ok"_s);
    } catch (const StorageError &error) {
        database.insert(u"status"_s, u"error"_s);
        database.insert(u"error"_s, QString::fromUtf8(error.what()));
        problems << u"database: %1"_s.arg(QString::fromUtf8(error.what()));
        coarse << u"database error"_s;
    }
    QJsonArray chains;
    for (const ChainWatcher *watcher : std::as_const(m_watchers)) {
        QJsonObject chain = watcher->status().toJson();
        QStringList modes;
        if (watcher->chain().chainId == m_config.test.chainId)
            modes << u"test"_s;
        if (!m_config.live.xpub.isEmpty() && watcher->chain().chainId == m_config.live.chainId)
            modes << u"live"_s;
        chain.insert(u"modes"_s, QJsonArray::fromStringList(modes));
        chains.append(chain);
        const ChainStatus &status = watcher->status();
        if (status.state == ChainState::Error || status.state == ChainState::Misconfigured) {
            problems << u"chain %1 (%2) is %3: %4"_s.arg(status.chainId)
                            .arg(status.name, chainStateName(status.state), status.lastError);
            coarse << u"chain %1 is %2"_s.arg(status.chainId).arg(chainStateName(status.state));
        }
        for (const QString &dispute : status.disputes)
            problems
                << u"chain %1 (%2): a confirmation node disputes a payment (the session stays unpaid): %3"_s
                       .arg(status.chainId)
                       .arg(status.name, dispute);
        if (!status.disputes.isEmpty())
            coarse << u"chain %1: a payment is disputed"_s.arg(status.chainId);
        if (status.state == ChainState::Behind)
            warnings << u"chain %1 (%2) is behind, waiting for the node: %3"_s.arg(status.chainId)
                            .arg(status.name, status.lastError);
    }
    QJsonObject testChain{{u"state"_s, m_builtinChain ? m_builtinChain->stateName() : u"off"_s}};
    if (m_builtinChain && m_builtinChain->pid() > 0)
        testChain.insert(u"pid"_s, m_builtinChain->pid());
    testChain.insert(u"detail"_s, m_builtinChain ? m_builtinChain->detail() : m_builtinChainOff);
    if (m_builtinChain && m_builtinChain->state() == BuiltinChain::State::Failed) {
        problems << u"built-in test chain: %1"_s.arg(m_builtinChain->detail());
        coarse << u"built-in test chain failed"_s;
    }
    const QJsonObject prices = priceStatus();
    if (prices.value(u"status"_s).toString() != u"ok") {
        problems << u"prices: %1"_s.arg(prices.value(u"error"_s).toString());
        for (const QJsonValue &pair : prices.value(u"pairs"_s).toArray()) {
            if (pair[u"status"_s].toString() != u"ok")
                coarse << u"no %1 rate (%2 mode)"_s.arg(pair[u"pair"_s].toString(),
                                                        pair[u"mode"_s].toString());
        }
    }
    if (m_config.modeInUse(true) && prices.value(u"liveFixedByOperator"_s).toBool())
        warnings << u"prices are fixed by the operator: live sessions are priced at [prices] fixedRates, not "
                    "at the market"_s;
    return {{u"status"_s, problems.isEmpty() ? u"ok"_s : u"degraded"_s},
            {u"problems"_s, QJsonArray::fromStringList(problems)},
            {u"publicProblems"_s, QJsonArray::fromStringList(coarse)},
            {u"warnings"_s, QJsonArray::fromStringList(warnings)},
            {u"version"_s, QStringLiteral(CRYPTOCHECKOUT_VERSION)},
            {u"time"_s, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"database"_s, database},
            {u"chains"_s, chains},
            {u"testChain"_s, testChain},
            {u"prices"_s, prices}};
}
