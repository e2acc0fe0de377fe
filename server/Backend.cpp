#include "Backend.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

Backend::Backend(AppConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_apiKeys(std::make_unique<ApiKeyService>(m_store, m_clock))
    , m_http(new HttpServer(this))
{
    registerRoutes();
}

Backend::~Backend() = default;

void Backend::start()
{
    if (!QDir().mkpath(m_config.dataDir))
        throw StartupError(u"Cannot create the data directory %1."_s.arg(m_config.dataDir).toStdString());
    try {
        m_store.open(m_config.databasePath());
    } catch (const StoreError &error) {
        throw StartupError(error.what());
    }
    m_port = m_http->listen(m_config.listenAddress, m_config.listenPort);
    if (m_port == 0) {
        throw StartupError(
            u"Cannot listen on %1: the port is in use or not allowed. Choose another with --listen "
            "HOST:PORT or [server] listen."_s.arg(m_config.listenText())
                .toStdString());
    }
}

QUrl Backend::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_config.listenAddress.toString());
    url.setPort(m_port);
    return url;
}

QJsonObject Backend::health()
{
    QJsonObject database{{u"path"_s, m_store.path()}};
    bool healthy = true;
    try {
        database.insert(u"schemaVersion"_s, m_store.schemaVersion());
        database.insert(u"status"_s, u"ok"_s);
    } catch (const StoreError &error) {
        database.insert(u"status"_s, u"error"_s);
        database.insert(u"error"_s, QString::fromUtf8(error.what()));
        healthy = false;
    }
    QJsonArray chains;
    QList<qint64> used{m_config.test.chainId};
    if (!m_config.live.xpub.isEmpty() && !used.contains(m_config.live.chainId))
        used << m_config.live.chainId;
    for (qint64 id : used) {
        const ChainConfig &chain = m_config.chains[id];
        chains.append(QJsonObject{{u"chainId"_s, id},
                                  {u"name"_s, chain.name},
                                  {u"mode"_s, id == m_config.test.chainId ? u"test"_s : u"live"_s},
                                  {u"state"_s, u"not_watched"_s}});
    }
    return {{u"status"_s, healthy ? u"ok"_s : u"degraded"_s},
            {u"version"_s, QStringLiteral(CRYPTOCHECKOUT_VERSION)},
            {u"time"_s, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"database"_s, database},
            {u"chains"_s, chains}};
}

void Backend::registerRoutes()
{
    Router &router = m_http->router();
    router.add("GET", u"/healthz"_s, [this](HttpRequest &) {
        const QJsonObject body = health();
        return HttpResponse::json(body, body[u"status"_s] == u"ok"_s ? 200 : 503);
    });
}
