#include "Router.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
HttpRequest request(const QByteArray &method, const QString &path)
{
    HttpRequest result;
    result.method = method;
    result.path = path;
    return result;
}

// A handler that answers with its own name, so a test sees which route ran.
Router::Handler named(const QByteArray &name)
{
    return [name](HttpRequest &) {
        HttpResponse response;
        response.body = name;
        return response;
    };
}

// The name of the route a request reaches, or "404" / "405 <Allow>" when none does.
QByteArray outcome(const Router &router, HttpRequest &request)
{
    const Router::Match match = router.match(request);
    if (match.route)
        return match.route->handler(request).body;
    if (match.allowedMethods.isEmpty())
        return "404";
    QByteArrayList allowed(match.allowedMethods.cbegin(), match.allowedMethods.cend());
    return "405 " + allowed.join(", ");
}

QByteArray outcome(const Router &router, const QByteArray &method, const QString &path)
{
    HttpRequest r = request(method, path);
    return outcome(router, r);
}
} // namespace

// Which handler a method and path reach, what a pattern captures, and 404 versus 405.
class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactPaths()
    {
        Router router;
        router.add("GET", u"/healthz"_s, named("health"));
        router.add("GET", u"/api/v1/openapi.json"_s, named("openapi"));
        QCOMPARE(outcome(router, "GET", u"/healthz"_s), QByteArray("health"));
        QCOMPARE(outcome(router, "GET", u"/api/v1/openapi.json"_s), QByteArray("openapi"));
        QCOMPARE(outcome(router, "GET", u"/api/v1"_s), QByteArray("404"));       // a prefix is not a match
        QCOMPARE(outcome(router, "GET", u"/healthz/more"_s), QByteArray("404")); // nor is a longer path
        QCOMPARE(outcome(router, "GET", u"/HEALTHZ"_s), QByteArray("404"));      // case-sensitive
        QCOMPARE(outcome(router, "GET", u"/api/v1/openapi.jsonx"_s), QByteArray("404")); // whole segments
        QCOMPARE(router.routes().size(), 2);
        QCOMPARE(router.routes().at(1).pattern, u"/api/v1/openapi.json"_s);
        QCOMPARE(router.routes().at(1).segments, (QStringList{u"api"_s, u"v1"_s, u"openapi.json"_s}));
    }

    void emptyRouterFindsNothing()
    {
        Router router;
        const Router::Match match = [&] {
            HttpRequest r = request("GET", u"/"_s);
            return router.match(r);
        }();
        QVERIFY(!match.route);
        QVERIFY(match.allowedMethods.isEmpty());
    }

    void pathParameters()
    {
        Router router;
        router.add("GET", u"/api/v1/checkout_sessions/{id}"_s, named("session"));
        router.add("POST", u"/api/v1/webhook_endpoints/{endpoint}/events/{event}/redeliver"_s, named("two"));

        HttpRequest one = request("GET", u"/api/v1/checkout_sessions/cs_test_123"_s);
        QCOMPARE(outcome(router, one), QByteArray("session"));
        QCOMPARE(one.pathParams.size(), 1);
        QCOMPARE(one.pathParam(u"id"_s), u"cs_test_123"_s);

        HttpRequest two = request("POST", u"/api/v1/webhook_endpoints/we_1/events/evt_2/redeliver"_s);
        QCOMPARE(outcome(router, two), QByteArray("two"));
        QCOMPARE(two.pathParams,
                 (QMap<QString, QString>{{u"endpoint"_s, u"we_1"_s}, {u"event"_s, u"evt_2"_s}}));

        // A parameter is one whole segment: it matches neither nothing nor several segments.
        QCOMPARE(outcome(router, "GET", u"/api/v1/checkout_sessions"_s), QByteArray("404"));
        QCOMPARE(outcome(router, "GET", u"/api/v1/checkout_sessions/a/b"_s), QByteArray("404"));
        // The value is taken as it is: the path arrives decoded, the router does not touch it.
        HttpRequest odd = request("GET", u"/api/v1/checkout_sessions/{id}"_s);
        QCOMPARE(outcome(router, odd), QByteArray("session"));
        QCOMPARE(odd.pathParam(u"id"_s), u"{id}"_s);
    }

    // A request that matches nothing keeps the parameters it had; a match replaces them.
    void parametersOnlySetOnAMatch()
    {
        Router router;
        router.add("POST", u"/api/v1/checkout_sessions/{id}/expire"_s, named("expire"));
        HttpRequest wrongMethod = request("GET", u"/api/v1/checkout_sessions/cs_1/expire"_s);
        wrongMethod.pathParams.insert(u"stale"_s, u"value"_s);
        QCOMPARE(outcome(router, wrongMethod), QByteArray("405 POST"));
        QCOMPARE(wrongMethod.pathParams, (QMap<QString, QString>{{u"stale"_s, u"value"_s}}));

        HttpRequest hit = request("POST", u"/api/v1/checkout_sessions/cs_1/expire"_s);
        hit.pathParams.insert(u"stale"_s, u"value"_s);
        QCOMPARE(outcome(router, hit), QByteArray("expire"));
        QCOMPARE(hit.pathParams, (QMap<QString, QString>{{u"id"_s, u"cs_1"_s}}));
    }

    // A path served for other methods is a 405 listing them (once each, in the order they were added); a path
    // nobody serves is a 404, whatever the method.
    void methodMismatchIs405()
    {
        Router router;
        router.add("POST", u"/api/v1/webhook_endpoints"_s, named("create"));
        router.add("GET", u"/api/v1/webhook_endpoints"_s, named("list"));
        router.add("GET", u"/api/v1/webhook_endpoints/{id}"_s, named("get"));
        router.add("POST", u"/api/v1/webhook_endpoints/{id}"_s, named("update"));
        router.add("DELETE", u"/api/v1/webhook_endpoints/{id}"_s, named("delete"));
        router.add("POST", u"/api/v1/webhook_endpoints/{id}"_s, named("update again"));

        QCOMPARE(outcome(router, "POST", u"/api/v1/webhook_endpoints"_s), QByteArray("create"));
        QCOMPARE(outcome(router, "GET", u"/api/v1/webhook_endpoints"_s), QByteArray("list"));
        QCOMPARE(outcome(router, "DELETE", u"/api/v1/webhook_endpoints"_s), QByteArray("405 POST, GET"));
        QCOMPARE(outcome(router, "PUT", u"/api/v1/webhook_endpoints/we_1"_s),
                 QByteArray("405 GET, POST, DELETE"));
        QCOMPARE(outcome(router, "DELETE", u"/api/v1/webhook_endpoints/we_1"_s), QByteArray("delete"));
        QCOMPARE(outcome(router, "DELETE", u"/api/v1/nothing"_s), QByteArray("404"));
        // Methods are compared as sent: HTTP methods are case-sensitive.
        QCOMPARE(outcome(router, "get", u"/api/v1/webhook_endpoints"_s), QByteArray("405 POST, GET"));
    }

    // HEAD is served by a GET route; it does not stand in for any other method.
    void headFollowsGet()
    {
        Router router;
        router.add("POST", u"/things"_s, named("post"));
        router.add("GET", u"/things"_s, named("get"));
        router.add("POST", u"/only-post"_s, named("only post"));
        QCOMPARE(outcome(router, "HEAD", u"/things"_s), QByteArray("get"));
        QCOMPARE(outcome(router, "HEAD", u"/only-post"_s), QByteArray("405 POST"));
        // An explicit HEAD route answers HEAD, and only HEAD.
        router.add("HEAD", u"/probe"_s, named("head"));
        QCOMPARE(outcome(router, "HEAD", u"/probe"_s), QByteArray("head"));
        QCOMPARE(outcome(router, "GET", u"/probe"_s), QByteArray("405 HEAD"));
    }

    // Empty segments are ignored on both sides: a trailing slash or a doubled one reaches the same route.
    void slashesAreNotSegments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << u"/api/v1/events"_s << QByteArray("events");
        QTest::newRow("trailing slash") << u"/api/v1/events/"_s << QByteArray("events");
        QTest::newRow("doubled slashes") << u"//api//v1///events//"_s << QByteArray("events");
        QTest::newRow("no leading slash") << u"api/v1/events"_s << QByteArray("events");
        QTest::newRow("param, trailing slash") << u"/api/v1/events/evt_1/"_s << QByteArray("event");
        QTest::newRow("root") << u"/"_s << QByteArray("root");
        QTest::newRow("empty") << QString() << QByteArray("root");
        QTest::newRow("only slashes") << u"///"_s << QByteArray("root");
    }
    void slashesAreNotSegments()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, expected);
        Router router;
        router.add("GET", u"/"_s, named("root"));
        router.add("GET", u"/api/v1/events/"_s, named("events")); // a pattern's trailing slash is ignored too
        router.add("GET", u"/api/v1/events/{id}"_s, named("event"));
        HttpRequest r = request("GET", path);
        QCOMPARE(outcome(router, r), expected);
        if (expected == "event")
            QCOMPARE(r.pathParam(u"id"_s), u"evt_1"_s);
    }

    // Routes are tried in the order they were added: the first that matches the method wins, so a literal
    // path added after a parameter pattern at the same place is never reached.
    void firstMatchingRouteWins()
    {
        Router router;
        router.add("GET", u"/checkout/{id}"_s, named("page"));
        router.add("GET", u"/checkout/special"_s, named("special"));
        router.add("GET", u"/assets/app.js"_s, named("asset"));
        router.add("GET", u"/assets/{name}"_s, named("any asset"));
        QCOMPARE(outcome(router, "GET", u"/checkout/special"_s), QByteArray("page"));
        QCOMPARE(outcome(router, "GET", u"/assets/app.js"_s), QByteArray("asset"));
        QCOMPARE(outcome(router, "GET", u"/assets/app.css"_s), QByteArray("any asset"));

        // An earlier route for another method does not stop a later one for this method.
        Router methods;
        methods.add("POST", u"/x/{id}"_s, named("post"));
        methods.add("GET", u"/x/{id}"_s, named("get"));
        HttpRequest r = request("GET", u"/x/42"_s);
        const Router::Match match = methods.match(r);
        QVERIFY(match.route);
        QCOMPARE(match.route->method, QByteArray("GET"));
        QCOMPARE(r.pathParam(u"id"_s), u"42"_s);
    }

    // Only "{name}" as a whole segment is a parameter; braces elsewhere are literal text.
    void partialBracesAreLiteral()
    {
        Router router;
        router.add("GET", u"/files/{name}.json"_s, named("braces"));
        router.add("GET", u"/files/x{y}"_s, named("inner"));
        QCOMPARE(outcome(router, "GET", u"/files/report.json"_s), QByteArray("404"));
        QCOMPARE(outcome(router, "GET", u"/files/{name}.json"_s), QByteArray("braces"));
        QCOMPARE(outcome(router, "GET", u"/files/xz"_s), QByteArray("404"));
        QCOMPARE(outcome(router, "GET", u"/files/x{y}"_s), QByteArray("inner"));
    }

    // Handlers read headers by name in any case; a repeated header is its last occurrence.
    void headersByNameInAnyCase()
    {
        HttpRequest request;
        request.headers = {{"Content-Type", "text/plain"},
                           {"authorization", "Bearer first"},
                           {"X-Other", ""},
                           {"AUTHORIZATION", "Bearer last"}};
        QCOMPARE(request.header("content-type"), QByteArray("text/plain"));
        QCOMPARE(request.header("CONTENT-TYPE"), QByteArray("text/plain"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer last"));
        QVERIFY(request.hasHeader("x-other"));
        QVERIFY(request.header("x-other").isEmpty());
        QVERIFY(!request.hasHeader("upgrade"));
        QVERIFY(request.header("content-typ").isNull());
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
