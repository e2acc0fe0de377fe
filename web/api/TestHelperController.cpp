#include "TestHelperController.h"

#include "JsonBody.h"
#include "Router.h"
#include "TestWallet.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = u"/api/v1/test_helpers"_s;
} // namespace

TestHelperController::TestHelperController(ApiAccess &access, TestWallet &wallet)
    : m_access(access)
    , m_wallet(wallet)
{}

void TestHelperController::registerRoutes(Router &router)
{
    router.add("POST", kPrefix + u"/checkout_sessions/{id}/pay"_s,
               [this](HttpRequest &request) { return pay(request); });
    router.add("POST", kPrefix + u"/mine"_s, [this](HttpRequest &request) { return mine(request); });
}

ApiKey TestHelperController::testKey(const HttpRequest &request) const
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    if (key.livemode) {
        throw ApiError::notFound(u"No such route: %1 %2 (test helpers exist for test keys only)."_s.arg(
            QString::fromLatin1(request.method), request.path));
    }
    return key;
}

// {"amount": "0.0012"} in the chain's coin; without it, what is still due.
HttpResponse TestHelperController::pay(HttpRequest &request)
{
    testKey(request);
    const JsonBody body = JsonBody::parse(request);
    body.allowOnly({u"amount"_s});
    const std::optional<QString> amount =
        body.has(u"amount"_s) ? std::optional<QString>(body.optionalString(u"amount"_s)) : std::nullopt;
    if (amount && amount->isNull())
        throw ApiError::invalid(u"amount must be a string such as \"0.0012\", or absent."_s, u"amount"_s);
    auto deferred = std::make_shared<DeferredResponse>();
    m_wallet.pay(request.pathParam(u"id"_s), amount, [this, deferred](const TestWallet::Outcome &outcome) {
        deferred->finish([this, outcome] {
            if (const auto *error = std::get_if<DomainError>(&outcome))
                throw *error;
            return HttpResponse::json(m_wallet.paymentJson(std::get<TestWallet::Payment>(outcome)));
        });
    });
    return HttpResponse::later(deferred);
}

// {"blocks": 3}; one by default.
HttpResponse TestHelperController::mine(HttpRequest &request)
{
    testKey(request);
    const JsonBody body = JsonBody::parse(request);
    body.allowOnly({u"blocks"_s});
    const qint64 blocks = body.optionalInteger(u"blocks"_s).value_or(1);
    auto deferred = std::make_shared<DeferredResponse>();
    m_wallet.mine(static_cast<int>(std::clamp<qint64>(blocks, -1, 101)),
                  [deferred](const std::variant<qint64, DomainError> &outcome) {
                      deferred->finish([outcome] {
                          if (const auto *error = std::get_if<DomainError>(&outcome))
                              throw *error;
                          return HttpResponse::json(
                              {{u"object"_s, u"test_blocks"_s}, {u"head"_s, std::get<qint64>(outcome)}});
                      });
                  });
    return HttpResponse::later(deferred);
}
