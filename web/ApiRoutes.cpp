#include "ApiRoutes.h"

#include "Router.h"
#include "Services.h"

#include <QFile>

using namespace Qt::StringLiterals;

ApiRoutes::ApiRoutes(Services &services, RateLimiter &publicLimiter)
    : m_access(services.apiKeys(), services.idempotencyKeys())
    , m_sessions(m_access, services.checkout())
    , m_links(m_access, services.checkout())
    , m_endpoints(m_access, services.webhooks())
    , m_events(m_access, services.webhooks())
    , m_reports(m_access, services.reports(), services.clock())
    , m_refunds(m_access, services.checkout(),
                [&services](const QString &id, bool livemode, const QString &txHash,
                            std::function<void(const std::function<Refund()> &)> done) {
                    services.attachRefundTransaction(id, livemode, txHash, std::move(done));
                })
    , m_testHelpers(m_access, services.testWallet())
    , m_linkPage(services.checkout(), publicLimiter, services.clock())
{}

void ApiRoutes::registerAll(Router &router)
{
    m_sessions.registerRoutes(router);
    m_links.registerRoutes(router);
    m_linkPage.registerRoutes(router);
    m_endpoints.registerRoutes(router);
    m_events.registerRoutes(router);
    m_reports.registerRoutes(router);
    m_refunds.registerRoutes(router);
    registerDocuments(router);
    m_testHelpers.registerRoutes(router);
}

void ApiRoutes::registerDocuments(Router &router)
{
    router.add("GET", u"/api/v1/openapi.json"_s, [](HttpRequest &) {
        QFile file(u":/api/openapi.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            throw ApiError(500, u"api_error"_s, u"internal_error"_s,
                           u"The API description is missing from this build."_s);
        HttpResponse response;
        response.body = file.readAll();
        return response;
    });
}
