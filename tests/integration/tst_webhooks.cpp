#include "OffsetClock.h"
#include "ServerFixture.h"
#include "ServerProcess.h"
#include "WebhookReceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Webhooks end to end: our dispatcher, a real HTTP receiver in Node that checks the signature with
// Node's crypto, the real database.
class TestWebhooks : public QObject
{
    Q_OBJECT

    OffsetClock m_clock;
    std::unique_ptr<ServerFixture> m_server;

    void startBackend() { QVERIFY2(m_server->start(), qPrintable(m_server->error())); }

    // Creates an endpoint (placeholder URL), returns {id, secret}.
    QPair<QString, QString> createEndpoint(const QJsonArray &events = {u"*"_s})
    {
        const auto reply = m_server->client().postJson(
            u"/api/v1/webhook_endpoints"_s,
            {{u"url"_s, u"https://placeholder.example/hook"_s}, {u"events"_s, events}});
        return {reply.json[u"id"_s].toString(), reply.json[u"secret"_s].toString()};
    }
    void pointEndpoint(const QString &id, const QUrl &url)
    {
        QCOMPARE(m_server->client()
                     .postJson(u"/api/v1/webhook_endpoints/"_s + id, {{u"url"_s, url.toString()}})
                     .status,
                 200);
    }
    // A new endpoint for every event, served by `receiver` (started here) at `path`.
    bool serve(WebhookReceiver &receiver, const QString &path)
    {
        const auto [endpointId, secret] = createEndpoint();
        QString error;
        if (!receiver.start({secret}, &error)) {
            qWarning() << error;
            return false;
        }
        pointEndpoint(endpointId, receiver.url(path));
        return true;
    }
    // serve(), and a session whose session.created goes there: its event id.
    QString eventToReceiver(WebhookReceiver &receiver, const QString &path)
    {
        return serve(receiver, path) ? createdEventId(createSession()) : QString();
    }
    QString createSession()
    {
        const auto reply = m_server->client().postJson(
            u"/api/v1/checkout_sessions"_s,
            {{u"amount"_s, QJsonObject{{u"value"_s, u"10.00"_s}, {u"currency"_s, u"USD"_s}}}});
        return reply.json[u"id"_s].toString();
    }
    QString createdEventId(const QString &sessionId)
    {
        for (const Event &event : m_server->backend().store().events().forSession(sessionId)) {
            if (event.type == u"session.created")
                return event.id;
        }
        return {};
    }
    QList<WebhookAttempt> attemptsFor(const QString &eventId)
    {
        QList<WebhookAttempt> attempts;
        for (const WebhookDelivery &delivery :
             m_server->backend().store().events().deliveriesForEvent(eventId))
            attempts += m_server->backend().store().events().attemptsForDelivery(delivery.id);
        return attempts;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.setOffsetMs(0);
        m_server = std::make_unique<ServerFixture>(m_clock);
        m_server->dir().writeConfig(QByteArray(ServerFixture::kListen) +
                                    "[webhooks]\nretryBaseSeconds=1\ntimeoutSeconds=2\n");
        startBackend();
    }
    void cleanup() { m_server.reset(); }

    // Webhooks must not reach the cloud metadata service (169.254.169.254) or other link-local and
    // unspecified addresses, whichever way they are written; live endpoints are https unless on this machine.
    void refusesEndpointsThatReachWhereTheyShouldNot()
    {
        const QStringList refused{u"http://169.254.169.254/latest/meta-data/"_s, u"http://[fe80::1]/hook"_s,
                                  u"http://0.0.0.0:8080/"_s, u"http://[::ffff:169.254.169.254]/"_s,
                                  u"http://[::]/"_s};
        for (const QString &url : refused) {
            const auto reply = m_server->client().postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, url}});
            QVERIFY2(reply.status == 400, qPrintable(url));
            QCOMPARE(reply.json[u"error"_s][u"code"_s].toString(), u"url_invalid"_s);
        }
        HttpClient live(m_server->backend().baseUrl(),
                        m_server->backend().apiKeys().create(true, u"l"_s).secret.toLatin1());
        QCOMPARE(
            live.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"http://shop.example/hook"_s}}).status,
            400);
        QCOMPARE(live.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"https://shop.example/hook"_s}})
                     .status,
                 200);
        QCOMPARE(
            live.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"http://127.0.0.1:9/hook"_s}}).status,
            200);
        const QString id =
            m_server->client()
                .postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"http://127.0.0.1:9/hook"_s}})
                .json[u"id"_s]
                .toString();
        QCOMPARE(m_server->client()
                     .postJson(u"/api/v1/webhook_endpoints/"_s + id, {{u"url"_s, refused.first()}})
                     .status,
                 400);
    }

    void deliversSignedEvents()
    {
        const auto [endpointId, secret] = createEndpoint({u"session.created"_s});
        QVERIFY(secret.startsWith(u"whsec_"_s));
        WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start({secret}, &error), qPrintable(error));
        pointEndpoint(endpointId, receiver.url(u"/ok"_s));

        const QString sessionId = createSession();
        const QString eventId = createdEventId(sessionId);
        QVERIFY(receiver.waitFor([&](const auto &requests) { return !requests.isEmpty(); }, 10000));
        const QJsonObject received = receiver.requests().first();
        QCOMPARE(received[u"eventId"_s].toString(), eventId);
        QCOMPARE(received[u"headerEventId"_s].toString(), eventId);
        QCOMPARE(received[u"type"_s].toString(), u"session.created"_s);
        QCOMPARE(received[u"status"_s].toString(), u"pending"_s);
        QVERIFY2(received[u"verified"_s].toBool(), "Node's crypto did not verify the signature");

        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(eventId).isEmpty(), 5000);
        const WebhookAttempt attempt = attemptsFor(eventId).first();
        QCOMPARE(attempt.statusCode, 200);
        QCOMPARE(attempt.responseExcerpt, u"thanks"_s);
        QVERIFY(attempt.latencyMs >= 0);
        QCOMPARE(m_server->backend().store().events().deliveriesForEvent(eventId).first().state,
                 WebhookDelivery::State::Delivered);

        // Expiring the session sends session.expired? Not to this endpoint: it subscribed to created only.
        m_server->client().post(u"/api/v1/checkout_sessions/%1/expire"_s.arg(sessionId), {});
        QTest::qWait(500);
        QCOMPARE(receiver.requests().size(), 1);
    }

    void retriesWithBackoffUntilDelivered()
    {
        WebhookReceiver receiver;
        const QString eventId = eventToReceiver(receiver, u"/flaky?fail=2"_s);
        QVERIFY(!eventId.isEmpty());
        QVERIFY(receiver.waitFor(
            [&](const auto &requests) {
                return std::count_if(requests.begin(), requests.end(), [&](const QJsonObject &r) {
                           return r[u"eventId"_s].toString() == eventId;
                       }) >= 3;
            },
            20000));
        QTRY_COMPARE_WITH_TIMEOUT(attemptsFor(eventId).size(), 3, 5000);
        const auto attempts = attemptsFor(eventId);
        QCOMPARE(attempts[0].statusCode, 500);
        QCOMPARE(attempts[0].responseExcerpt, u"failure 1 of 2"_s);
        QVERIFY(attempts[0].error.contains(u"500"_s));
        QCOMPARE(attempts[1].statusCode, 500);
        QCOMPARE(attempts[2].statusCode, 200);
        // Backoff: the second retry waited about twice as long as the first (1 s, 2 s, ±20 %).
        const qint64 firstGap = attempts[1].attemptedAtMs - attempts[0].attemptedAtMs;
        const qint64 secondGap = attempts[2].attemptedAtMs - attempts[1].attemptedAtMs;
        QVERIFY2(firstGap >= 700 && secondGap >= 1500, qPrintable(u"%1 %2"_s.arg(firstGap).arg(secondGap)));
        QCOMPARE(m_server->backend().store().events().deliveriesForEvent(eventId).first().state,
                 WebhookDelivery::State::Delivered);
    }

    void misbehavingReceiversAreRetried_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("500") << u"/fail"_s << u"500"_s;
        QTest::newRow("hangs") << u"/hang"_s << u"no answer within 2000 ms"_s;
        QTest::newRow("closes") << u"/close"_s << u"closed"_s;
        QTest::newRow("redirects") << u"/redirect"_s << u"302"_s;
        // A receiver that answers a byte at a time never finishes: the 2 s are for the whole answer.
        QTest::newRow("drips") << u"/drip"_s << u"no answer within 2000 ms"_s;
        QTest::newRow("not HTTP") << u"/garbage"_s << u"not HTTP/1.x"_s;
    }
    void misbehavingReceiversAreRetried()
    {
        QFETCH(QString, path);
        QFETCH(QString, errorPart);
        WebhookReceiver receiver;
        const QString eventId = eventToReceiver(receiver, path);
        QVERIFY(!eventId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(eventId).isEmpty(), 8000);
        const WebhookAttempt attempt = attemptsFor(eventId).first();
        QVERIFY(!attempt.succeeded());
        QVERIFY2(attempt.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(attempt.error));
        const WebhookDelivery delivery =
            m_server->backend().store().events().deliveriesForEvent(eventId).first();
        QCOMPARE(delivery.state, WebhookDelivery::State::Pending);
        QVERIFY(delivery.nextAttemptAtMs && *delivery.nextAttemptAtMs > attempt.attemptedAtMs);
        // The redirect target was never followed.
        if (path == u"/redirect")
            QVERIFY(std::none_of(receiver.requests().begin(), receiver.requests().end(),
                                 [](const QJsonObject &r) { return r[u"path"_s] == u"/ok"_s; }));
    }

    // A receiver that answers with a megabyte: a 2xx is a delivery; 4 KiB of it are kept, the rest unread.
    void largeAnswersAreCutOff()
    {
        WebhookReceiver receiver;
        const QString eventId = eventToReceiver(receiver, u"/big"_s);
        QVERIFY(!eventId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(eventId).isEmpty(), 8000);
        const WebhookAttempt attempt = attemptsFor(eventId).first();
        QVERIFY2(attempt.succeeded(), qPrintable(attempt.error));
        QCOMPARE(attempt.responseExcerpt.size(), 4096);
    }

    // A burst to one endpoint goes over a few kept-alive connections, not a connection per event.
    void connectionsAreKeptAlive()
    {
        WebhookReceiver receiver;
        QVERIFY(serve(receiver, u"/ok"_s));
        for (int i = 0; i < 40; ++i)
            QVERIFY(!createSession().isEmpty());
        QVERIFY(receiver.waitFor([](const auto &requests) { return requests.size() >= 40; }, 10000));
        QSet<int> connections;
        for (const QJsonObject &request : receiver.requests()) {
            QVERIFY(request[u"verified"_s].toBool());
            connections.insert(request[u"remotePort"_s].toInt());
        }
        qInfo("40 events went over %lld connections", qlonglong(connections.size()));
        QVERIFY2(connections.size() <= 4, qPrintable(QString::number(connections.size())));
    }

    // A chunked answer is read to its end, kept as the excerpt, and the connection is used again.
    void chunkedAnswersAreReadAndTheConnectionReused()
    {
        WebhookReceiver receiver;
        const QString first = eventToReceiver(receiver, u"/chunked"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(first).isEmpty(), 8000);
        const QString second = createdEventId(createSession());
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(second).isEmpty(), 8000);
        for (const QString &eventId : {first, second}) {
            const WebhookAttempt attempt = attemptsFor(eventId).first();
            QVERIFY2(attempt.succeeded(), qPrintable(attempt.error));
            QCOMPARE(attempt.responseExcerpt, u"one,two,three"_s);
        }
        QCOMPARE(receiver.requests().size(), 2);
        QCOMPARE(receiver.requests()[0][u"remotePort"_s], receiver.requests()[1][u"remotePort"_s]);
    }

    // The address rules are applied again at every connection, since what a name resolves to can change
    // after registration: written straight to the database here, as if DNS had moved.
    void refusedAtConnectTimeToo_data()
    {
        QTest::addColumn<bool>("livemode");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("metadata service")
            << false << u"http://169.254.169.254/latest/meta-data/"_s << u"link-local"_s;
        QTest::newRow("unspecified") << false << u"http://0.0.0.0:8080/hook"_s << u"unspecified"_s;
        QTest::newRow("live over plain http") << true << u"http://192.0.2.1/hook"_s << u"plain http"_s;
    }
    void refusedAtConnectTimeToo()
    {
        QFETCH(bool, livemode);
        QFETCH(QString, url);
        QFETCH(QString, errorPart);
        HttpClient client(m_server->backend().baseUrl(),
                          m_server->backend().apiKeys().create(livemode, u"k"_s).secret.toLatin1());
        const auto created =
            client.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"http://127.0.0.1:9/hook"_s}});
        QCOMPARE(created.status, 200);
        auto endpoint = m_server->backend().store().webhookEndpoints().byId(created.json[u"id"_s].toString());
        QVERIFY(endpoint);
        endpoint->url = url;
        m_server->backend().store().webhookEndpoints().update(*endpoint);
        Event event;
        event.id = u"evt_dnsmoved"_s + QString::number(livemode);
        event.type = u"session.created"_s;
        event.livemode = livemode;
        event.createdAtMs = m_clock.nowMs();
        m_server->backend().store().events().insert(event);
        QMetaObject::invokeMethod(m_server->backend().webhookDispatcher(), &WebhookDispatcher::wake,
                                  Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(event.id).isEmpty(), 8000);
        const WebhookAttempt attempt = attemptsFor(event.id).first();
        QVERIFY(!attempt.succeeded());
        QVERIFY2(attempt.error.contains(u"refused to connect"_s) && attempt.error.contains(errorPart),
                 qPrintable(attempt.error));
        QVERIFY(attempt.latencyMs < 1000); // refused before any connection was tried
    }

    // "localhost" is this machine without asking DNS (RFC 6761; a minimal system may not even list it in
    // /etc/hosts), so plain http is fine even for a live endpoint; any other name is looked up at every
    // connection, and one that does not resolve is a failed attempt that says so.
    void namesAreLookedUp()
    {
        WebhookReceiver receiver;
        const auto [endpointId, secret] = createEndpoint();
        QString error;
        QVERIFY2(receiver.start({secret}, &error), qPrintable(error));
        QUrl url = receiver.url(u"/ok"_s);
        url.setHost(u"localhost"_s);
        pointEndpoint(endpointId, url);
        HttpClient live(m_server->backend().baseUrl(),
                        m_server->backend().apiKeys().create(true, u"l"_s).secret.toLatin1());
        QCOMPARE(live.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, url.toString()}}).status, 200);
        const QString eventId = createdEventId(createSession());
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(eventId).isEmpty(), 8000);
        const WebhookAttempt attempt = attemptsFor(eventId).first();
        QVERIFY2(attempt.succeeded(), qPrintable(attempt.error));

        // .invalid never resolves (RFC 2606); without DNS at all the 2 s deadline ends the lookup.
        pointEndpoint(endpointId, QUrl(u"http://no-such-shop.invalid/hook"_s));
        const QString unresolved = createdEventId(createSession());
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(unresolved).isEmpty(), 8000);
        const QString failure = attemptsFor(unresolved).first().error;
        QVERIFY2(failure.contains(u"cannot resolve no-such-shop.invalid"_s) ||
                     failure.contains(u"no answer within"_s),
                 qPrintable(failure));
    }

    // One endpoint hangs with a backlog of 100 events; another, healthy one still gets each event at once:
    // due deliveries are taken endpoint by endpoint.
    void aStuckEndpointDoesNotDelayTheOthers()
    {
        WebhookReceiver stuck;
        QVERIFY(serve(stuck, u"/hang"_s));
        for (int i = 0; i < 100; ++i)
            QVERIFY(!createSession().isEmpty());
        WebhookReceiver healthy;
        QVERIFY(serve(healthy, u"/ok"_s));
        QElapsedTimer clock;
        clock.start();
        const QString eventId = createdEventId(createSession());
        QVERIFY(healthy.waitFor(
            [&](const auto &requests) {
                return std::any_of(requests.begin(), requests.end(), [&](const QJsonObject &r) {
                    return r[u"eventId"_s].toString() == eventId;
                });
            },
            5000));
        qInfo("delivered to the healthy endpoint %lld ms after the event, with 100 events stuck on the other",
              clock.elapsed());
    }

    void rolledSecretSignsTwiceFor24Hours()
    {
        const auto [endpointId, oldSecret] = createEndpoint();
        const auto rolled = m_server->client().postJson(u"/api/v1/webhook_endpoints/"_s + endpointId,
                                                        {{u"rollSecret"_s, true}});
        QCOMPARE(rolled.status, 200);
        const QString newSecret = rolled.json[u"secret"_s].toString();
        QVERIFY(newSecret.startsWith(u"whsec_"_s) && newSecret != oldSecret);
        QVERIFY(
            !m_server->client().get(u"/api/v1/webhook_endpoints/"_s + endpointId).json.contains(u"secret"_s));

        for (const QString &secret : {oldSecret, newSecret}) {
            WebhookReceiver receiver;
            QString error;
            QVERIFY2(receiver.start({secret}, &error), qPrintable(error));
            pointEndpoint(endpointId, receiver.url(u"/ok"_s));
            QCOMPARE(
                m_server->client().post(u"/api/v1/webhook_endpoints/%1/test"_s.arg(endpointId), {}).status,
                200);
            QVERIFY(receiver.waitFor([](const auto &requests) { return !requests.isEmpty(); }, 10000));
            QCOMPARE(receiver.requests().first()[u"signatures"_s].toInt(), 2);
            QVERIFY(receiver.requests().first()[u"verified"_s].toBool());
            QCOMPARE(receiver.requests().first()[u"type"_s].toString(), u"test.webhook"_s);
        }
        // A day later only the new secret signs.
        m_clock.setOffsetMs(WebhookService::kSecretOverlapMs + 60'000);
        WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start({oldSecret}, &error), qPrintable(error));
        pointEndpoint(endpointId, receiver.url(u"/ok"_s));
        m_server->client().post(u"/api/v1/webhook_endpoints/%1/test"_s.arg(endpointId), {});
        QVERIFY(receiver.waitFor([](const auto &requests) { return !requests.isEmpty(); }, 10000));
        QCOMPARE(receiver.requests().first()[u"signatures"_s].toInt(), 1);
        QVERIFY(!receiver.requests().first()[u"verified"_s].toBool());
    }

    void givesUpAfterThreeDaysAndSaysSo()
    {
        const auto [endpointId, secret] = createEndpoint();
        WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start({secret}, &error), qPrintable(error));
        pointEndpoint(endpointId, receiver.url(u"/fail"_s));
        const QString eventId = createdEventId(createSession());
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(eventId).isEmpty(), 8000);
        m_clock.setOffsetMs(3LL * 24 * 60 * 60 * 1000 + 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server->backend().store().events().deliveriesForEvent(eventId).first().state,
            WebhookDelivery::State::Failed, 15000);
        const auto endpoint = m_server->client().get(u"/api/v1/webhook_endpoints/"_s + endpointId);
        QCOMPARE(endpoint.json[u"status"_s].toString(), u"failing"_s);
        QVERIFY(endpoint.json[u"failingSince"_s].isString());

        // Resending is always possible, and a success clears the failing state.
        pointEndpoint(endpointId, receiver.url(u"/ok"_s));
        const auto redelivered = m_server->client().post(u"/api/v1/events/%1/redeliver"_s.arg(eventId), {});
        QCOMPARE(redelivered.status, 200);
        QCOMPARE(redelivered.json[u"queuedDeliveries"_s].toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server->backend().store().events().deliveriesForEvent(eventId).first().state,
            WebhookDelivery::State::Delivered, 10000);
        QCOMPARE(
            m_server->client().get(u"/api/v1/webhook_endpoints/"_s + endpointId).json[u"status"_s].toString(),
            u"enabled"_s);
        const auto event = m_server->client().get(u"/api/v1/events/"_s + eventId);
        QVERIFY(event.json[u"deliveries"_s][0][u"attempts"_s].toArray().size() >= 3);
    }

    // The console's Resend of one delivery queues that endpoint's delivery again, not the other endpoints'.
    void resendToOneEndpoint()
    {
        const auto [first, firstSecret] = createEndpoint();
        const auto [second, secondSecret] = createEndpoint();
        WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start({firstSecret, secondSecret}, &error), qPrintable(error));
        pointEndpoint(first, receiver.url(u"/ok"_s));
        pointEndpoint(second, receiver.url(u"/ok"_s));
        const QString eventId = createdEventId(createSession());
        auto delivered = [&] {
            const auto deliveries = m_server->backend().store().events().deliveriesForEvent(eventId);
            return deliveries.size() == 2 &&
                   std::all_of(deliveries.begin(), deliveries.end(),
                               [](const auto &d) { return d.state == WebhookDelivery::State::Delivered; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(delivered(), 10000);
        const int before = int(attemptsFor(eventId).size());

        QCOMPARE(m_server->backend().webhooks().redeliver(eventId, false, second), 1);
        QTRY_VERIFY_WITH_TIMEOUT(int(attemptsFor(eventId).size()) == before + 1 && delivered(), 10000);
        for (const WebhookDelivery &delivery :
             m_server->backend().store().events().deliveriesForEvent(eventId))
            QCOMPARE(int(m_server->backend().store().events().attemptsForDelivery(delivery.id).size()),
                     delivery.endpointId == second ? 2 : 1);
        // Another mode's key cannot resend it.
        QVERIFY_THROWS_EXCEPTION(DomainError,
                                 m_server->backend().webhooks().redeliver(eventId, true, second));
    }

    void surviveARestartInTheMiddleOfABackoff()
    {
        m_server->dir().writeConfig(QByteArray(ServerFixture::kListen) +
                                    "[webhooks]\nretryBaseSeconds=3\ntimeoutSeconds=2\n");
        startBackend();
        const auto [endpointId, secret] = createEndpoint();
        WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start({secret}, &error), qPrintable(error));
        pointEndpoint(endpointId, receiver.url(u"/flaky?fail=1"_s));
        const QString eventId = createdEventId(createSession());
        QTRY_VERIFY_WITH_TIMEOUT(!attemptsFor(eventId).isEmpty(), 8000);
        m_server->stop(); // stopped while the retry waits
        startBackend();
        QVERIFY(receiver.waitFor([&](const auto &requests) { return requests.size() >= 2; }, 15000));
        QCOMPARE(receiver.requests()[1][u"eventId"_s].toString(), eventId);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server->backend().store().events().deliveriesForEvent(eventId).first().state,
            WebhookDelivery::State::Delivered, 5000);
    }

    void endpointsAndEventsApi()
    {
        auto reply =
            m_server->client().postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"ftp://x.example"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json[u"error"_s][u"param"_s].toString(), u"url"_s);
        reply = m_server->client().postJson(
            u"/api/v1/webhook_endpoints"_s,
            {{u"url"_s, u"https://x.example"_s}, {u"events"_s, QJsonArray{u"session.shipped"_s}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json[u"error"_s][u"param"_s].toString(), u"events"_s);
        reply =
            m_server->client().postJson(u"/api/v1/webhook_endpoints"_s, {{u"events"_s, QJsonArray{u"*"_s}}});
        QCOMPARE(reply.status, 400);
        reply =
            m_server->client().postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"https://x.example"_s},
                                                                         {u"events"_s, u"session.paid"_s}});
        QCOMPARE(reply.status, 400);

        const auto [endpointId, secret] = createEndpoint();
        QCOMPARE(m_server->client().get(u"/api/v1/webhook_endpoints"_s).json[u"data"_s].toArray().size(), 1);
        reply = m_server->client().postJson(u"/api/v1/webhook_endpoints/"_s + endpointId,
                                            {{u"enabled"_s, false}});
        QCOMPARE(reply.json[u"status"_s].toString(), u"disabled"_s);
        const QString sessionId = createSession();
        QVERIFY(m_server->backend().store().events().deliveriesForEvent(createdEventId(sessionId)).isEmpty());

        reply = m_server->client().get(u"/api/v1/events?sessionId="_s + sessionId);
        QCOMPARE(reply.json[u"data"_s].toArray().size(), 1);
        QCOMPARE(reply.json[u"data"_s][0][u"type"_s].toString(), u"session.created"_s);
        QCOMPARE(
            m_server->client().get(u"/api/v1/events?type=session.paid"_s).json[u"data"_s].toArray().size(),
            0);
        HttpClient live(m_server->backend().baseUrl(),
                        m_server->backend().apiKeys().create(true, u"l"_s).secret.toLatin1());
        QCOMPARE(live.get(u"/api/v1/events/"_s + createdEventId(sessionId)).status, 404);
        QCOMPARE(live.get(u"/api/v1/webhook_endpoints/"_s + endpointId).status, 404);

        QCOMPARE(m_server->client().send("DELETE", u"/api/v1/webhook_endpoints/"_s + endpointId).status, 200);
        QCOMPARE(m_server->client().get(u"/api/v1/webhook_endpoints/"_s + endpointId).status, 404);
        QCOMPARE(m_server->client().send("DELETE", u"/api/v1/webhook_endpoints/"_s + endpointId).status, 404);
    }

    // SIGKILL of the real server while deliveries are in flight: after a restart every event arrives at
    // least once, each with its id so the receiver can deduplicate.
    void noEventIsLostWhenKilled()
    {
        cleanup();
        TestDataDir dir;
        dir.writeConfig("[server]\nlisten=127.0.0.1:0\n[webhooks]\nretryBaseSeconds=1\ntimeoutSeconds=5\n"
                        "[test]\nbuiltinChain=false\n");
        const QByteArray key = serverprocess::createTestKey(dir.path());
        QVERIFY(!key.isEmpty());
        auto startServer = [&](QProcess &server) {
            return serverprocess::start(server, {u"--headless"_s, u"--data-dir"_s, dir.path()});
        };
        QProcess server;
        QUrl base = startServer(server);
        QVERIFY(base.isValid());
        HttpClient client(base, key);
        const auto endpoint =
            client.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"https://placeholder.example"_s}});
        WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start({endpoint.json[u"secret"_s].toString()}, &error), qPrintable(error));
        client.postJson(u"/api/v1/webhook_endpoints/"_s + endpoint.json[u"id"_s].toString(),
                        {{u"url"_s, receiver.url(u"/delay?ms=300"_s).toString()}});

        for (int i = 0; i < 20; ++i) {
            QCOMPARE(client
                         .postJson(
                             u"/api/v1/checkout_sessions"_s,
                             {{u"amount"_s, QJsonObject{{u"value"_s, u"1.00"_s}, {u"currency"_s, u"USD"_s}}}})
                         .status,
                     200);
        }
        QVERIFY(receiver.waitFor([](const auto &requests) { return requests.size() >= 3; }, 15000));
        ::kill(static_cast<pid_t>(server.processId()), SIGKILL);
        QVERIFY(server.waitForFinished(5000));
        const qsizetype beforeRestart = receiver.requests().size();

        QSet<QString> expected;
        {
            Storage store;
            store.open(dir.databaseLocation());
            bool hasMore = false;
            for (const Event &event : store.events().list(false, 100, {}, u"session.created"_s, {}, &hasMore))
                expected.insert(event.id);
        }
        QCOMPARE(expected.size(), 20);
        QVERIFY2(beforeRestart < 20, "every delivery finished before the kill; the test proves nothing");

        QProcess restarted;
        base = startServer(restarted);
        QVERIFY(base.isValid());
        QVERIFY(receiver.waitFor(
            [&](const auto &requests) {
                QSet<QString> seen;
                for (const QJsonObject &request : requests)
                    seen.insert(request[u"eventId"_s].toString());
                return seen.contains(expected);
            },
            30000));
        for (const QJsonObject &request : receiver.requests()) {
            QVERIFY(request[u"verified"_s].toBool());
            QCOMPARE(request[u"headerEventId"_s], request[u"eventId"_s]);
        }
        ::kill(static_cast<pid_t>(restarted.processId()), SIGTERM);
        QVERIFY(restarted.waitForFinished(10000));
        QCOMPARE(restarted.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
