#include "Backend.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

// The database's group commit as the HTTP server sees it: the server never includes storage.
class Backend::StorageGroupCommit : public GroupCommit
{
public:
    explicit StorageGroupCommit(Database &db)
        : m_db(db)
    {}
    void setWindowOpen(bool open) override
    {
        if (open)
            m_window.emplace(&m_db);
        else
            m_window.reset();
    }
    quint64 visibleSerial() const override { return m_db.visibleSerial(); }
    bool settled(quint64 serial) const override { return m_db.groupSettled(serial); }
    int openSize() const override { return m_db.groupSize(); }
    void commit() override { m_db.commitGroup(); }
    void setSettledListener(std::function<void()> listener) override
    {
        m_db.setDurableListener(std::move(listener));
    }
    bool failed(quint64 serial) const override { return m_db.groupFailed(serial); }
    void forgetFailed() override { m_db.forgetFailedGroups(); }

private:
    Database &m_db;
    std::optional<Database::GroupWindow> m_window;
};

Backend::Backend(AppConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_services(new Services(std::move(config), clock, this))
    , m_groupCommit(std::make_unique<StorageGroupCommit>(m_services->storage().db()))
    , m_publicLimiter(30, 2000)
    , m_http(new HttpServer(this))
{
    Services &services = *m_services;
    m_http->setGroupCommit(m_groupCommit.get());
    m_api = std::make_unique<ApiRoutes>(services, m_publicLimiter);
    registerHealthRoute();
    m_api->registerAll(m_http->router());

    // The page's connections name the page, not this backend: the services settle their last commits (and
    // announce them) while they are destroyed, after this backend's own destructor has run.
    m_hosted = new HostedCheckout(
        services.config(), services.checkout(), clock,
        [&services](qint64 chainId) { return services.headBlock(chainId); }, this);
    m_hosted->registerRoutes(m_http->router());
    m_hosted->acceptWebSockets(*m_http);
    connect(&services.checkout(), &CheckoutService::sessionChanged, m_hosted,
            [hosted = m_hosted](const CheckoutSession &session) { hosted->sessionChanged(session); });
    for (ChainWatcher *chainWatcher : services.watchers()) {
        connect(chainWatcher, &ChainWatcher::caughtUp, m_hosted,
                [hosted = m_hosted, id = chainWatcher->chain().chainId] { hosted->chainAdvanced(id); });
    }
}

Backend::~Backend()
{
    m_http->setGroupCommit(nullptr);
}

void Backend::start()
{
    m_services->start();
    const AppConfig &config = m_services->config();
    m_port = m_http->listenGuarded(config.listenAddress, config.listenPort, config.connectionLimits);
    if (m_port == 0) {
        throw StartupError(
            u"Cannot listen on %1: the port is in use or not allowed. Choose another with --listen "
            "HOST:PORT or [server] listen."_s.arg(config.listenText())
                .toStdString());
    }
    m_services->setListeningUrl(baseUrl());
}

QUrl Backend::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_services->config().listenAddress.toString());
    url.setPort(m_port);
    return url;
}

void Backend::registerHealthRoute()
{
    // Anyone (a load balancer, a monitor) may ask whether the server is well; only an API key holder learns
    // the details (paths, chain states, errors), since the checkout pages make the server public.
    m_http->router().add("GET", u"/healthz"_s, [this](HttpRequest &request) {
        QJsonObject body = m_services->health();
        const int status = body[u"status"_s] == u"ok"_s ? 200 : 503;
        if (!m_api->hasValidKey(request)) {
            body =
                QJsonObject{{u"status"_s, body[u"status"_s]},
                            {u"problems"_s, body[u"publicProblems"_s]},
                            {u"details"_s, u"Send an API key (Authorization: Bearer …) for the details."_s}};
        } else {
            body.remove(u"publicProblems"_s);
        }
        return HttpResponse::json(body, status).withHeader("Cache-Control", "no-store");
    });
}
