#include "WalSyncer.h"
// The merchant API over real HTTP on a real database: every resource, error row, idempotency, pagination
// and concurrency case. Long because the cases share one server fixture; each stands alone.
#include "ExtendedPublicKey.h"
#include "OffsetClock.h"
#include "ServerFixture.h"
#include "Time.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <QHostAddress>
#include <QSemaphore>
#include <QThread>
#include <atomic>

using namespace Qt::StringLiterals;

// JSON written with single quotes, so test tables stay readable (and moc, which misreads some raw strings,
// stays happy).
QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// Holds the server's log syncs back: each waits on the syncer's thread until releaseOne(). Whatever a test
// does, the thread is let go when this goes. The hook shares its state: a sync that took the hook just
// before it was removed still finds it.
class HeldSyncs
{
public:
    explicit HeldSyncs(WalSyncer *syncer)
        : m_syncer(syncer)
    {
        m_syncer->setBeforeSync([state = m_state] {
            ++state->entered;
            state->held.acquire();
        });
    }
    ~HeldSyncs()
    {
        m_syncer->setBeforeSync({});
        m_state->held.release(1000);
    }
    HeldSyncs(const HeldSyncs &) = delete;
    HeldSyncs &operator=(const HeldSyncs &) = delete;
    int entered() const { return m_state->entered.load(); } // syncs begun (and held)
    void releaseOne() { m_state->held.release(); }

private:
    struct State
    {
        QSemaphore held;
        std::atomic<int> entered{0};
    };
    WalSyncer *m_syncer;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// The merchant API against a real backend: real SQLite file, real HTTP on loopback.
class TestApi : public QObject
{
    Q_OBJECT

    OffsetClock m_clock;
    std::unique_ptr<ServerFixture> m_server;
    QByteArray m_testKey;

    QJsonObject seedRequest() const
    {
        return QJsonObject{{u"amount"_s, QJsonObject{{u"value"_s, u"99.00"_s}, {u"currency"_s, u"USD"_s}}},
                           {u"successUrl"_s, u"https://example.com/ok"_s},
                           {u"metadata"_s, QJsonObject{{u"orderId"_s, u"123"_s}}}};
    }

    qint64 sessionCount() { return m_server->backend().store().sessions().count(); }

    // The seed create as raw HTTP/1.1, with extra header lines ("Name: value\r\n" each).
    QByteArray rawCreate(const QByteArray &extraHeaders = {}) const
    {
        const QByteArray body = QJsonDocument(seedRequest()).toJson(QJsonDocument::Compact);
        return "POST /api/v1/checkout_sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
               m_testKey +
               "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n" + extraHeaders + "\r\n" + body;
    }

    HttpClient::Reply createWithAmount(const QString &value, const QString &currency)
    {
        return m_server->client().postJson(
            u"/api/v1/checkout_sessions"_s,
            {{u"amount"_s, QJsonObject{{u"value"_s, value}, {u"currency"_s, currency}}}});
    }

    static QString errorCode(const HttpClient::Reply &reply)
    {
        return reply.json[u"error"_s][u"code"_s].toString();
    }
    static QString errorParam(const HttpClient::Reply &reply)
    {
        return reply.json[u"error"_s][u"param"_s].toString();
    }

private Q_SLOTS:
    void init()
    {
        m_clock.setOffsetMs(0);
        m_server = std::make_unique<ServerFixture>(m_clock);
        QVERIFY2(m_server->start(QByteArray(ServerFixture::kListen) +
                                 "[prices]\nfixedRates=ETH-USD:3000.00,ETH-EUR:2760.00\n"),
                 qPrintable(m_server->error()));
        m_testKey = m_server->apiKey();
    }

    void cleanup() { m_server.reset(); }

    // The seed's curl example, as written.
    void seedExample()
    {
        const auto reply =
            m_server->client().postJson(u"/api/v1/checkout_sessions"_s, seedRequest(), "order-123-v1");
        QCOMPARE(reply.status, 200);
        const QJsonObject s = reply.json;
        QVERIFY(s[u"id"_s].toString().startsWith(u"cs_"_s));
        QCOMPARE(s[u"object"_s].toString(), u"checkout_session"_s);
        QCOMPARE(s[u"linkId"_s].type(), QJsonValue::Null);
        QCOMPARE(s[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(s[u"address"_s].toString(), u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s);
        QCOMPARE(s[u"amount"_s].toObject(),
                 (QJsonObject{{u"wei"_s, u"33000000000000000"_s}, {u"eth"_s, u"0.033"_s}}));
        QCOMPARE(s[u"fiat"_s].toObject(),
                 (QJsonObject{{u"amount"_s, u"99.00"_s}, {u"currency"_s, u"USD"_s}}));
        QCOMPARE(s[u"ethPriceUsd"_s].toString(), u"3000"_s);
        QCOMPARE(s[u"paidAt"_s].type(), QJsonValue::Null);
        QCOMPARE(s[u"txHash"_s].type(), QJsonValue::Null);
        QCOMPARE(s[u"chainId"_s].type(), QJsonValue::Double);
        QCOMPARE(s[u"chainId"_s].toInt(), 31337);
        QCOMPARE(s[u"metadata"_s].toObject(), (QJsonObject{{u"orderId"_s, u"123"_s}}));
        QCOMPARE(s[u"successUrl"_s].toString(), u"https://example.com/ok"_s);
        QCOMPARE(s[u"cancelUrl"_s].type(), QJsonValue::Null);
        QCOMPARE(s[u"returnUrl"_s].type(), QJsonValue::Null);
        QCOMPARE(s[u"customerEmail"_s].type(), QJsonValue::Null);
        QCOMPARE(s[u"livemode"_s].type(), QJsonValue::Bool);
        QCOMPARE(s[u"livemode"_s].toBool(), false);
        QCOMPARE(s[u"checkoutUrl"_s].toString(),
                 m_server->backend().baseUrl().toString() + u"/checkout/"_s + s[u"id"_s].toString());
        const auto created = parseIsoTimestamp(s[u"createdAt"_s].toString());
        const auto expires = parseIsoTimestamp(s[u"expiresAt"_s].toString());
        QVERIFY(created && expires);
        QCOMPARE(*expires - *created, 30 * 60'000);
        QCOMPARE(s[u"exchangeRate"_s][u"source"_s].toString(), u"fixed"_s);

        // The seed's retrieve example.
        const auto fetched = m_server->client().get(u"/api/v1/checkout_sessions/"_s + s[u"id"_s].toString());
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json, s);

        // session.created was written with it.
        const auto events = m_server->backend().store().events().forSession(s[u"id"_s].toString());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, u"session.created"_s);
    }

    void addressesAreNeverReused()
    {
        QSet<QString> addresses;
        for (int i = 0; i < 5; ++i) {
            const auto reply = createWithAmount(u"1.00"_s, u"USD"_s);
            QCOMPARE(reply.status, 200);
            addresses.insert(reply.json[u"address"_s].toString());
        }
        QCOMPARE(addresses.size(), 5);
        const QStringList preview = m_server->backend().addresses().previewAddresses(false, 3);
        QCOMPARE(preview[0], u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s);
        for (const QString &address : preview)
            QVERIFY(addresses.contains(address));
    }

    void euroSessionLocksBothRates()
    {
        const auto reply = createWithAmount(u"12.50"_s, u"EUR"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"amount"_s][u"eth"_s].toString(), u"0.00452899"_s);
        QCOMPARE(reply.json[u"ethPriceUsd"_s].toString(), u"3000"_s);
        QCOMPARE(reply.json[u"exchangeRate"_s][u"pair"_s].toString(), u"ETH-EUR"_s);
        QCOMPARE(reply.json[u"exchangeRate"_s][u"rate"_s].toString(), u"2760"_s);
    }

    void missingRateIs503()
    {
        const auto reply = createWithAmount(u"10.00"_s, u"GBP"_s);
        QCOMPARE(reply.status, 503);
        QCOMPARE(errorCode(reply), u"rate_unavailable"_s);
        QVERIFY(reply.json[u"error"_s][u"message"_s].toString().contains(u"fixed"_s));
        QCOMPARE(sessionCount(), 0);
    }

    // A GET of an object carries an ETag; a poller that has the current state gets 304 and no body. The tag
    // changes with every change of the object and is never good for another key or mode.
    void conditionalGets()
    {
        HttpClient &client = m_server->client();
        const QString id =
            client.postJson(u"/api/v1/checkout_sessions"_s, seedRequest()).json[u"id"_s].toString();
        const QString path = u"/api/v1/checkout_sessions/"_s + id;
        const auto first = client.get(path);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("ETag");
        QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
        QCOMPARE(first.header("Cache-Control"), QByteArray("private, no-cache"));
        auto conditional = [&](HttpClient &who, const QString &at, const QByteArray &tag) {
            return who.send("GET", at, {}, {{"If-None-Match", tag}});
        };
        auto notModified = conditional(client, path, etag);
        QCOMPARE(notModified.status, 304);
        QVERIFY(notModified.body.isEmpty());
        QCOMPARE(notModified.header("ETag"), etag);
        QCOMPARE(conditional(client, path, "W/" + etag).status, 304);
        QCOMPARE(conditional(client, path, "\"other\", " + etag).status, 304);
        QCOMPARE(conditional(client, path, "\"other\"").status, 200);
        QCOMPARE(conditional(client, path, "*").status, 304);
        QCOMPARE(conditional(client, path, " , W/" + etag + " ,").status, 304);
        QCOMPARE(conditional(client, path, etag.chopped(1)).status, 200);

        // A change (here: expired) is a new tag; the old one gets the whole new state.
        QCOMPARE(client.postJson(path + u"/expire"_s, {}).status, 200);
        const auto changed = conditional(client, path, etag);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json[u"status"_s].toString(), u"expired"_s);
        QVERIFY(changed.header("ETag") != etag);
        QCOMPARE(conditional(client, path, changed.header("ETag")).status, 304);

        // Another key of the same mode sees the same JSON under its own tag; a live key sees no test object.
        HttpClient other(m_server->backend().baseUrl(),
                         m_server->backend().apiKeys().create(false, u"other"_s).secret.toLatin1());
        const auto theirs = conditional(other, path, changed.header("ETag"));
        QCOMPARE(theirs.status, 200);
        QCOMPARE(theirs.json, changed.json);
        QVERIFY(theirs.header("ETag") != changed.header("ETag"));
        HttpClient live(m_server->backend().baseUrl(),
                        m_server->backend().apiKeys().create(true, u"live"_s).secret.toLatin1());
        QCOMPARE(conditional(live, path, changed.header("ETag")).status, 404);

        // Every object GET does it: a payment link, a webhook endpoint, an event.
        const QString link = client
                                 .postJson(u"/api/v1/payment_links"_s,
                                           {{u"fiatAmount"_s, u"5.00"_s}, {u"fiatCurrency"_s, u"USD"_s}})
                                 .json[u"id"_s]
                                 .toString();
        const QString endpoint =
            client.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"https://shop.example/hooks"_s}})
                .json[u"id"_s]
                .toString();
        const QString event = client.get(u"/api/v1/events?sessionId="_s + id)
                                  .json[u"data"_s]
                                  .toArray()
                                  .first()[u"id"_s]
                                  .toString();
        for (const QString &object :
             {u"/api/v1/payment_links/"_s + link, u"/api/v1/webhook_endpoints/"_s + endpoint,
              u"/api/v1/events/"_s + event}) {
            const auto got = client.get(object);
            QVERIFY2(got.status == 200 && !got.header("ETag").isEmpty(), qPrintable(object));
            QCOMPARE(conditional(client, object, got.header("ETag")).status, 304);
        }
    }

    void idempotency()
    {
        const auto first =
            m_server->client().postJson(u"/api/v1/checkout_sessions"_s, seedRequest(), "key-1");
        const auto again =
            m_server->client().postJson(u"/api/v1/checkout_sessions"_s, seedRequest(), "key-1");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, first.json);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(sessionCount(), 1);

        QJsonObject changed = seedRequest();
        changed[u"amount"_s] = QJsonObject{{u"value"_s, u"100.00"_s}, {u"currency"_s, u"USD"_s}};
        const auto mismatch = m_server->client().postJson(u"/api/v1/checkout_sessions"_s, changed, "key-1");
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.json[u"error"_s][u"type"_s].toString(), u"idempotency_error"_s);
        QCOMPARE(sessionCount(), 1);

        // A refused request replays its refusal; the key stays bound to it.
        const auto bad = createWithAmount(u"-1"_s, u"USD"_s);
        QCOMPARE(bad.status, 400);
        const auto badFirst = m_server->client().postJson(
            u"/api/v1/checkout_sessions"_s,
            {{u"amount"_s, QJsonObject{{u"value"_s, u"-1"_s}, {u"currency"_s, u"USD"_s}}}}, "key-2");
        const auto badAgain = m_server->client().postJson(
            u"/api/v1/checkout_sessions"_s,
            {{u"amount"_s, QJsonObject{{u"value"_s, u"-1"_s}, {u"currency"_s, u"USD"_s}}}}, "key-2");
        QCOMPARE(badAgain.status, 400);
        QCOMPARE(badAgain.body, badFirst.body);
        QCOMPARE(badAgain.header("Idempotent-Replayed"), QByteArray("true")); // replayed, not run again

        // Keys are scoped to the API key.
        HttpClient other(m_server->backend().baseUrl(),
                         m_server->backend().apiKeys().create(false, u"other"_s).secret.toLatin1());
        const auto otherKey = other.postJson(u"/api/v1/checkout_sessions"_s, seedRequest(), "key-1");
        QCOMPARE(otherKey.status, 200);
        QVERIFY(otherKey.json[u"id"_s] != first.json[u"id"_s]);
    }

    void concurrentDuplicatesCreateOneSession()
    {
        const QByteArray raw = rawCreate("Idempotency-Key: burst\r\nConnection: close\r\n");
        const QList<QByteArray> responses = sendConcurrently(m_server->backend().baseUrl(), raw, 20);
        QSet<QString> ids;
        for (const QByteArray &response : responses) {
            QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(200).constData());
            const QJsonObject json =
                QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
            ids.insert(json[u"id"_s].toString());
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(sessionCount(), 1);
    }

    // Concurrent creates share commits (group commit), yet every answer leaves only once its session is
    // durable: at the moment each response arrives, another connection already reads the session.
    void concurrentCreatesAnswerOnlyWhenDurable()
    {
        const QByteArray raw = rawCreate("Connection: close\r\n");
        Storage other;
        other.open(m_server->backend().store().location());
        int visibleOnArrival = 0;
        QSet<QString> ids;
        QSet<QString> addresses;
        const QList<QByteArray> responses =
            sendConcurrently(m_server->backend().baseUrl(), raw, 20, [&](int, const QByteArray &response) {
                const QJsonObject json =
                    QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
                if (other.sessions().byId(json[u"id"_s].toString()))
                    ++visibleOnArrival;
                ids.insert(json[u"id"_s].toString());
                addresses.insert(json[u"address"_s].toString());
            });
        for (const QByteArray &response : responses)
            QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(200).constData());
        QCOMPARE(visibleOnArrival, 20);
        QCOMPARE(ids.size(), 20);
        QCOMPARE(addresses.size(), 20);
        QCOMPARE(sessionCount(), 20);
        // Most addresses were derived ahead on a worker thread: each is still <xpub>/0/<its index>.
        const auto xpub = ExtendedPublicKey::parse(QString::fromLatin1(AppConfig::kPublicTestXpub));
        QVERIFY(xpub);
        for (const QString &id : ids) {
            const auto session = other.sessions().byId(id);
            QVERIFY(session);
            QCOMPARE(session->address, *xpub->depositAddress(static_cast<quint32>(session->addressIndex)));
        }
    }

    // Pipelined group commit at the HTTP level: with the log's fdatasync held back, a create is committed
    // (another connection reads it) but not answered, and neither is a read that could show it; both are
    // answered once the sync returns.
    void answersWaitForTheLogSync()
    {
        WalSyncer *syncer = m_server->backend().services().walSyncer();
        if (TestDataDir::usesPostgres()) {
            QVERIFY(!syncer); // the server makes each commit durable itself
            return;
        }
        QVERIFY(syncer);
        HeldSyncs held(syncer);

        const QUrl base = m_server->backend().baseUrl();
        QTcpSocket create;
        create.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(base.port()));
        QVERIFY(create.waitForConnected(5000));
        create.write(rawCreate("Connection: close\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(held.entered(), 1, 5000); // its group is committed, its sync held
        QCOMPARE(sessionCount(), 1);                        // readable by another connection already
        QTcpSocket list;
        list.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(base.port()));
        QVERIFY(list.waitForConnected(5000));
        list.write("GET /api/v1/checkout_sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                   m_testKey + "\r\nConnection: close\r\n\r\n");
        QTest::qWait(300);
        QCOMPARE(create.bytesAvailable(), 0);
        QCOMPARE(list.bytesAvailable(), 0);
        held.releaseOne();
        QTRY_VERIFY_WITH_TIMEOUT(create.peek(1 << 16).contains("\r\n\r\n{"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(list.peek(1 << 16).contains("\r\n\r\n{"), 5000);
        QVERIFY(create.readAll().startsWith("HTTP/1.1 200"));
        const QByteArray listed = list.readAll();
        QVERIFY2(listed.startsWith("HTTP/1.1 200"), listed.left(200).constData());
        QCOMPARE(QJsonDocument::fromJson(listed.mid(listed.indexOf("\r\n\r\n") + 4))
                     .object()[u"data"_s]
                     .toArray()
                     .size(),
                 1);
    }

    // A WebSocket asked for on the connection of a create whose answer waits for the log's sync: Qt would
    // write the handshake at once, ahead of that answer, and the answer would then land inside the
    // WebSocket's stream. The connection is cut off instead; the create is stored all the same.
    void aWebSocketBehindAnUnansweredCreateIsCutOff()
    {
        WalSyncer *syncer = m_server->backend().services().walSyncer();
        if (TestDataDir::usesPostgres()) {
            QVERIFY(!syncer);
            return;
        }
        HeldSyncs held(syncer);
        QTcpSocket socket;
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost,
                             static_cast<quint16>(m_server->backend().baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(rawCreate() + rawWebSocketUpgrade("/checkout/cs_anything/live"));
        QTRY_COMPARE_WITH_TIMEOUT(held.entered(), 1, 5000); // the create's group is committed, its sync held
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QCOMPARE(socket.readAll(), QByteArray()); // neither a handshake nor an answer
        held.releaseOne();
        QCOMPARE(sessionCount(), 1);
    }

    // A request the connection guard rejects (here a Content-Length over the limit) behind a create whose
    // answer waits for the log's sync: the client reads the create's answer first, then the rejection, in
    // the order it asked; the rejection does not overtake it.
    void aRejectionWaitsBehindTheAnswersBeforeIt()
    {
        WalSyncer *syncer = m_server->backend().services().walSyncer();
        if (TestDataDir::usesPostgres()) {
            QVERIFY(!syncer);
            return;
        }
        QVERIFY(syncer);
        HeldSyncs held(syncer);

        const QUrl base = m_server->backend().baseUrl();
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(base.port()));
        QVERIFY(client.waitForConnected(5000));
        client.write(rawCreate());
        QTRY_COMPARE_WITH_TIMEOUT(held.entered(), 1, 5000); // committed, its answer held for the sync
        client.write("POST /api/v1/checkout_sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                     m_testKey + "\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n");
        client.flush();
        QTest::qWait(300);
        QCOMPARE(client.bytesAvailable(), 0); // neither the answer nor the rejection yet
        held.releaseOne();
        QTRY_VERIFY_WITH_TIMEOUT(client.peek(1 << 16).contains("body_too_large"), 5000);
        const QByteArray answers = client.readAll();
        QVERIFY2(answers.startsWith("HTTP/1.1 200"), answers.left(200).constData());
        const qsizetype rejection = answers.indexOf("HTTP/1.1 413");
        QVERIFY2(rejection > 0, answers.constData());
        QVERIFY(answers.left(rejection).contains("\"object\":\"checkout_session\""));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    // Creates that arrive while the first of them is being handled share its group: one commit and one sync
    // for all eight, though seven came after the group had opened (on the next pass of the event loop).
    void requestsArrivingTogetherShareOneGroup()
    {
        if (TestDataDir::usesPostgres())
            return; // each transaction commits by itself there
        Database &db = m_server->backend().services().storage().db();
        const QByteArray request = rawCreate();
        const quint16 port = static_cast<quint16>(m_server->backend().baseUrl().port());
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 8; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(sockets.back()->waitForConnected(5000));
        }
        QTest::qWait(50); // the server has taken the connections
        QCOMPARE(db.groupSize(), 0);
        const quint64 before = db.visibleSerial();
        sockets[0]->write(request);
        sockets[0]->flush();
        // The server runs the first create, one pass of the event loop at a time, until its group is open;
        // the others arrive now, all at once.
        QElapsedTimer clock;
        clock.start();
        while (db.groupSize() == 0 && clock.elapsed() < 5000)
            QCoreApplication::processEvents();
        QCOMPARE(db.groupSize(), 1);
        for (size_t i = 1; i < sockets.size(); ++i) {
            sockets[i]->write(request);
            sockets[i]->flush();
        }
        for (auto &socket : sockets) {
            QVERIFY(QTest::qWaitFor([&] { return socket->peek(1 << 16).contains("\r\n\r\n{"); }, 5000));
            QVERIFY(socket->readAll().startsWith("HTTP/1.1 200"));
        }
        QCOMPARE(db.visibleSerial() - before, 1u); // one group
    }

    // Pipelined on one connection: the create is answered first, and the list that follows sees it.
    void pipelinedRequestsKeepTheirOrder()
    {
        const QByteArray requests =
            rawCreate() +
            "GET /api/v1/checkout_sessions?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            m_testKey + "\r\n\r\n";
        const QList<QByteArray> responses = sendPipelined(m_server->backend().baseUrl(), requests, 2);
        QCOMPARE(responses.size(), 2);
        const auto json = [](const QByteArray &response) {
            return QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        };
        QVERIFY2(responses[0].startsWith("HTTP/1.1 200"), responses[0].left(200).constData());
        QCOMPARE(json(responses[0])[u"object"_s].toString(), u"checkout_session"_s);
        QCOMPARE(json(responses[1])[u"object"_s].toString(), u"list"_s);
        QCOMPARE(json(responses[1])[u"data"_s][0][u"id"_s], json(responses[0])[u"id"_s]);
    }

    // "Upgrade: websocket" without "Connection: upgrade" is no upgrade for the HTTP server: an ordinary
    // request, answered as one (it once went unanswered, with the connection's limits lifted).
    void anUpgradeHeaderAloneIsAnOrdinaryRequest()
    {
        const QList<QByteArray> responses = sendPipelined(
            m_server->backend().baseUrl(),
            "GET /api/v1/checkout_sessions?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                m_testKey + "\r\nUpgrade: websocket\r\n\r\n",
            1);
        QCOMPARE(responses.size(), 1);
        QVERIFY2(responses[0].startsWith("HTTP/1.1 200"), responses[0].left(200).constData());
    }

    void authentication()
    {
        HttpClient anonymous(m_server->backend().baseUrl());
        auto reply = anonymous.get(u"/api/v1/checkout_sessions"_s);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), u"api_key_missing"_s);

        for (const QByteArray &bad :
             {QByteArray("ck_test_nope"),
              m_testKey.left(m_testKey.size() - 1) + (m_testKey.endsWith('x') ? 'y' : 'x'),
              QByteArray("sk_test_") + m_testKey.mid(8)}) {
            HttpClient wrong(m_server->backend().baseUrl(), bad);
            QCOMPARE(wrong.get(u"/api/v1/checkout_sessions"_s).status, 401);
        }
        // The header's form: "Bearer", in any case, one space, the key; anything else is refused as such.
        const auto authorized = [&](const QByteArray &value) {
            return anonymous.send("GET", u"/api/v1/checkout_sessions"_s, {}, {{"Authorization", value}});
        };
        QCOMPARE(authorized("bearer " + m_testKey).status, 200);
        QCOMPARE(authorized("BEARER " + m_testKey).status, 200);
        for (const QByteArray &bad :
             {QByteArray("Bearer"), "Bearer  " + m_testKey, "Basic " + m_testKey,
              "Bearer " + m_testKey + " x", "Bearer\t" + m_testKey, "Bearer " + m_testKey + "\xc3\xa9",
              "Bearer " + m_testKey.left(20), "Bearer " + m_testKey.toUpper()}) {
            reply = authorized(bad);
            QVERIFY2(reply.status == 401, bad.constData());
            QCOMPARE(errorCode(reply), u"api_key_invalid"_s);
        }

        const auto created = m_server->client().postJson(u"/api/v1/checkout_sessions"_s, seedRequest());
        const QString id = created.json[u"id"_s].toString();

        // Live keys see only live objects.
        const auto live = m_server->backend().apiKeys().create(true, u"live"_s);
        HttpClient liveClient(m_server->backend().baseUrl(), live.secret.toLatin1());
        QCOMPARE(liveClient.get(u"/api/v1/checkout_sessions/"_s + id).status, 404);
        QCOMPARE(liveClient.get(u"/api/v1/checkout_sessions"_s).json[u"data"_s].toArray().size(), 0);
        // Live mode has no xpub by default: it refuses to create sessions, clearly.
        reply = liveClient.postJson(u"/api/v1/checkout_sessions"_s, seedRequest());
        QCOMPARE(reply.status, 503);
        QCOMPARE(errorCode(reply), u"xpub_unavailable"_s);
        QVERIFY(reply.json[u"error"_s][u"message"_s].toString().contains(u"[live] xpub"_s));

        // Read-only keys read but do not write.
        const auto readOnly = m_server->backend().apiKeys().create(false, u"pos"_s, ApiKey::Kind::ReadOnly);
        HttpClient pos(m_server->backend().baseUrl(), readOnly.secret.toLatin1());
        QCOMPARE(pos.get(u"/api/v1/checkout_sessions/"_s + id).status, 200);
        reply = pos.postJson(u"/api/v1/checkout_sessions"_s, seedRequest());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json[u"error"_s][u"type"_s].toString(), u"permission_error"_s);

        // Revocation takes effect at once.
        QVERIFY(m_server->backend().apiKeys().revoke(readOnly.key.id));
        QCOMPARE(pos.get(u"/api/v1/checkout_sessions/"_s + id).status, 401);
        QCOMPARE(sessionCount(), 1);

        // Also when another connection revokes it (the `keys revoke` command next to the running server),
        // after the server has already seen the key: within Database::kDataVersionReuseNs.
        const auto second = m_server->backend().apiKeys().create(false, u"pos 2"_s, ApiKey::Kind::ReadOnly);
        HttpClient pos2(m_server->backend().baseUrl(), second.secret.toLatin1());
        QCOMPARE(pos2.get(u"/api/v1/checkout_sessions/"_s + id).status, 200);
        QCOMPARE(pos2.get(u"/api/v1/checkout_sessions/"_s + id).status, 200);
        {
            Storage other;
            other.open(m_server->backend().store().location());
            QVERIFY(other.apiKeys().revoke(second.key.id, 1));
        }
        QThread::usleep(Database::kDataVersionReuseNs / 1000 + 500);
        QCOMPARE(pos2.get(u"/api/v1/checkout_sessions/"_s + id).status, 401);
    }

    // Every bad input gets a clear error and changes nothing.
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        const QByteArray json = "application/json";
        auto amount = [](const char *value, const char *currency) {
            return j("{'amount':{'value':") + value + j(",'currency':") + currency + "}}";
        };
        QTest::newRow("malformed json")
            << QByteArray("{\"amount\":") << json << 400 << u"json_invalid"_s << QString();
        QTest::newRow("array body") << QByteArray("[1,2]") << json << 400 << u"json_invalid"_s << QString();
        QTest::newRow("number value")
            << amount("99", "\"USD\"") << json << 400 << u"parameter_invalid_type"_s << u"amount.value"_s;
        QTest::newRow("number currency")
            << amount("\"9\"", "840") << json << 400 << u"parameter_invalid_type"_s << u"amount.currency"_s;
        QTest::newRow("amount not object")
            << j("{'amount':'99.00 USD'}") << json << 400 << u"parameter_invalid_type"_s << u"amount"_s;
        QTest::newRow("unknown field in amount")
            << j("{'amount':{'value':'1.00','currency':'USD','decimals':2}}") << json << 400
            << u"parameter_unknown"_s << u"amount.decimals"_s;
        QTest::newRow("unknown top-level field")
            << j("{'amount':{'value':'1.00','currency':'USD'},'price':1}") << json << 400
            << u"parameter_unknown"_s << u"price"_s;
        QTest::newRow("missing value") << j("{'amount':{'currency':'USD'}}") << json << 400
                                       << u"parameter_missing"_s << u"amount.value"_s;
        QTest::newRow("neither amount nor link")
            << j("{'metadata':{'a':'b'}}") << json << 400 << u"parameter_missing"_s << u"amount"_s;
        QTest::newRow("both amount and link")
            << j("{'amount':{'value':'1.00','currency':'USD'},'linkId':'plink_x'}") << json << 400
            << u"parameter_missing"_s << u"linkId"_s;
        QTest::newRow("unknown link")
            << j("{'linkId':'plink_nope'}") << json << 400 << u"resource_missing"_s << u"linkId"_s;
        QTest::newRow("zero") << amount("\"0.00\"", "\"USD\"") << json << 400 << u"amount_invalid"_s
                              << u"amount.value"_s;
        QTest::newRow("negative") << amount("\"-5.00\"", "\"USD\"") << json << 400 << u"amount_invalid"_s
                                  << u"amount.value"_s;
        QTest::newRow("absurd") << amount("\"99999999999999999.00\"", "\"USD\"") << json << 400
                                << u"amount_invalid"_s << u"amount.value"_s;
        QTest::newRow("exponent") << amount("\"1e9\"", "\"USD\"") << json << 400 << u"amount_invalid"_s
                                  << u"amount.value"_s;
        QTest::newRow("too many decimals")
            << amount("\"1.001\"", "\"USD\"") << json << 400 << u"amount_invalid"_s << u"amount.value"_s;
        QTest::newRow("unsupported currency")
            << amount("\"1.00\"", "\"XAU\"") << json << 400 << u"amount_invalid"_s << u"amount.currency"_s;
        QByteArray manyKeys = j("{'amount':{'value':'1.00','currency':'USD'},'metadata':{");
        for (int i = 0; i < 51; ++i)
            manyKeys += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":\"v\"";
        QTest::newRow("metadata 51 keys")
            << manyKeys + "}}" << json << 400 << u"parameter_invalid"_s << u"metadata"_s;
        QTest::newRow("metadata long key")
            << QByteArray("{\"amount\":{\"value\":\"1.00\",\"currency\":\"USD\"},\"metadata\":{\"") +
                   QByteArray(41, 'k') + j("':'v'}}")
            << json << 400 << u"parameter_invalid"_s << u"metadata."_s + QString(41, u'k');
        QTest::newRow("metadata long value")
            << QByteArray("{\"amount\":{\"value\":\"1.00\",\"currency\":\"USD\"},\"metadata\":{\"k\":\"") +
                   QByteArray(501, 'v') + j("'}}")
            << json << 400 << u"parameter_invalid"_s << u"metadata.k"_s;
        QTest::newRow("metadata number")
            << j("{'amount':{'value':'1.00','currency':'USD'},'metadata':{'k':1}}") << json << 400
            << u"parameter_invalid"_s << u"metadata.k"_s;
        QTest::newRow("javascript url")
            << j("{'amount':{'value':'1.00','currency':'USD'},'successUrl':'javascript:alert(1)'}") << json
            << 400 << u"url_invalid"_s << u"successUrl"_s;
        QTest::newRow("ftp url")
            << j("{'amount':{'value':'1.00','currency':'USD'},'cancelUrl':'ftp://x.example/'}") << json << 400
            << u"url_invalid"_s << u"cancelUrl"_s;
        QTest::newRow("relative url") << j("{'amount':{'value':'1.00','currency':'USD'},'returnUrl':'/back'}")
                                      << json << 400 << u"url_invalid"_s << u"returnUrl"_s;
        QTest::newRow("bad email")
            << j("{'amount':{'value':'1.00','currency':'USD'},'customerEmail':'nobody'}") << json << 400
            << u"email_invalid"_s << u"customerEmail"_s;
        QTest::newRow("text/plain") << amount("\"1.00\"", "\"USD\"") << QByteArray("text/plain") << 415
                                    << u"unsupported_media_type"_s << QString();
        QTest::newRow("form encoded")
            << QByteArray("amount=1") << QByteArray("application/x-www-form-urlencoded") << 415
            << u"unsupported_media_type"_s << QString();
    }
    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, param);
        const auto reply =
            m_server->client().post(u"/api/v1/checkout_sessions"_s, body, {{"Content-Type", contentType}});
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), code);
        QCOMPARE(errorParam(reply), param);
        QVERIFY(!reply.json[u"error"_s][u"message"_s].toString().isEmpty());
        QVERIFY(!reply.json[u"error"_s][u"type"_s].toString().isEmpty());
        QVERIFY(reply.json[u"error"_s].toObject().contains(u"param"_s));
        QCOMPARE(sessionCount(), 0);
        QCOMPARE(m_server->backend().store().sessions().takeNextAddressIndex(u"probe"_s),
                 0); // store still writable
    }

    // Limits hold as bytes arrive, before the HTTP server buffers anything: a Content-Length over 1 MiB is
    // answered 413 at once (the body is never read), a chunked body is cut off as it crosses 1 MiB, headers
    // over 16 KiB get 431; each time the connection is closed and nothing changes.
    void oversizedRequestsAreRefusedAsTheyArrive()
    {
        const QByteArray head =
            "POST /api/v1/checkout_sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            m_testKey + "\r\nContent-Type: application/json\r\n";
        // The server runs in this process: every wait runs the event loop, so both sides make progress.
        auto exchange = [&](const QByteArray &request, const QByteArray &chunk, qint64 *sent) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->backend().port());
            if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
                return QByteArray();
            socket.write(request);
            *sent = 0;
            // Keep sending until the server answers (at most 8 MiB, 20 s); *sent counts what was handed to
            // the socket, so it is at least what the server received.
            QElapsedTimer clock;
            clock.start();
            while (socket.bytesAvailable() == 0 && socket.state() == QAbstractSocket::ConnectedState &&
                   *sent < 8 * 1024 * 1024 && clock.elapsed() < 20000) {
                if (!chunk.isEmpty() && socket.bytesToWrite() < 128 * 1024) {
                    socket.write(chunk);
                    *sent += chunk.size();
                }
                QTest::qWait(1);
            }
            QByteArray answer;
            [[maybe_unused]] const bool answered = QTest::qWaitFor(
                [&] {
                    answer += socket.readAll();
                    return socket.state() != QAbstractSocket::ConnectedState ||
                           (answer.contains("\r\n\r\n") && !answer.contains("Connection: close") &&
                            answer.endsWith('}'));
                },
                5000);
            return answer + socket.readAll();
        };
        qint64 sent = 0;
        QByteArray answer =
            exchange(head + "Content-Length: 629145600\r\n\r\n", QByteArray(64 * 1024, 'x'), &sent);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("\"body_too_large\""));
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY2(sent < 1024 * 1024, qPrintable(QString::number(sent))); // before 1 MB of the body

        const QByteArray chunk =
            QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
        answer = exchange(head + "Transfer-Encoding: chunked\r\n\r\n", chunk, &sent);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY2(sent <= 1024 * 1024 + 2 * chunk.size() + 512 * 1024, qPrintable(QString::number(sent)));

        answer = exchange(head + "X-Filler: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n", {}, &sent);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
        QVERIFY(answer.contains("\"headers_too_large\""));
        QCOMPARE(sessionCount(), 0);

        // Within the limits, requests on one kept-alive connection go through one after another: two
        // pipelined creates, the second with a chunked body, are both answered.
        const QByteArray body = R"({"amount":{"value":"1.00","currency":"USD"}})";
        const QByteArray first =
            head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray second = head + "Transfer-Encoding: chunked\r\n\r\n" +
                                  QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->backend().port());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
        socket.write(first + second);
        answer.clear();
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.count("HTTP/1.1 200") == 2;
            },
            5000));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(sessionCount(), 2);
    }

    // "Last used" is recorded (to the minute: one write a minute per key), and the database is the owner's
    // only, in a folder that is too.
    void keyUseAndFilePermissions()
    {
        QCOMPARE(m_server->client().get(u"/api/v1/checkout_sessions"_s).status, 200);
        const QList<ApiKey> keys = m_server->backend().apiKeys().list();
        const auto used = std::find_if(keys.cbegin(), keys.cend(),
                                       [](const ApiKey &key) { return key.lastUsedAtMs.has_value(); });
        QVERIFY(used != keys.cend());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (!TestDataDir::usesPostgres()) {
            const QFileInfo database(m_server->backend().config().databaseLocation());
            QCOMPARE(database.permissions() & others, QFileDevice::Permissions());
            QVERIFY(database.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        // The folder holds config.ini, with the database's password when it names a server.
        QCOMPARE(QFileInfo(m_server->backend().config().dataDir).permissions() & others,
                 QFileDevice::Permissions());
    }

    void routing()
    {
        auto reply = m_server->client().get(u"/api/v1/nothing"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCode(reply), u"resource_missing"_s);
        reply = m_server->client().send("DELETE", u"/api/v1/checkout_sessions"_s);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("POST, GET"));
        reply = m_server->client().get(u"/api/v1/checkout_sessions/cs_unknown"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorParam(reply), u"id"_s);
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    }

    void listing()
    {
        QStringList ids; // oldest first
        for (int i = 0; i < 12; ++i)
            ids << createWithAmount(u"%1.00"_s.arg(i + 1), u"USD"_s).json[u"id"_s].toString();
        m_server->client().post(u"/api/v1/checkout_sessions/%1/expire"_s.arg(ids[3]), {});

        auto page = m_server->client().get(u"/api/v1/checkout_sessions?limit=5"_s);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json[u"object"_s].toString(), u"list"_s);
        QCOMPARE(page.json[u"hasMore"_s].toBool(), true);
        QJsonArray data = page.json[u"data"_s].toArray();
        QCOMPARE(data.size(), 5);
        QCOMPARE(data[0][u"id"_s].toString(), ids[11]);
        page = m_server->client().get(u"/api/v1/checkout_sessions?limit=5&starting_after="_s +
                                      data[4][u"id"_s].toString());
        QCOMPARE(page.json[u"data"_s][0][u"id"_s].toString(), ids[6]);
        page = m_server->client().get(u"/api/v1/checkout_sessions?limit=100&starting_after="_s + ids[2]);
        QCOMPARE(page.json[u"data"_s].toArray().size(), 2);
        QCOMPARE(page.json[u"hasMore"_s].toBool(), false);
        page = m_server->client().get(u"/api/v1/checkout_sessions?limit=3&ending_before="_s + ids[2]);
        QCOMPARE(page.json[u"data"_s][2][u"id"_s].toString(), ids[3]);

        page = m_server->client().get(u"/api/v1/checkout_sessions?status=expired"_s);
        QCOMPARE(page.json[u"data"_s].toArray().size(), 1);
        QCOMPARE(page.json[u"data"_s][0][u"id"_s].toString(), ids[3]);

        const QString future = isoTimestamp(m_clock.nowMs() + 60'000);
        page = m_server->client().get(u"/api/v1/checkout_sessions?created%5Bgte%5D="_s +
                                      QString::fromLatin1(QUrl::toPercentEncoding(future)));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json[u"data"_s].toArray().size(), 0);
        page = m_server->client().get(
            u"/api/v1/checkout_sessions?created[lte]=%1&limit=100"_s.arg(m_clock.nowMs() / 1000 + 60));
        QCOMPARE(page.json[u"data"_s].toArray().size(), 12);

        for (const QString &query :
             {u"limit=0"_s, u"limit=101"_s, u"limit=ten"_s, u"status=done"_s, u"sort=asc"_s,
              u"starting_after=cs_nope"_s, u"created[gte]=yesterday"_s, u"created[gte]=9223372036854775807"_s,
              u"created[lte]=-1"_s, u"starting_after=%1&ending_before=%1"_s.arg(ids[0])}) {
            const auto bad = m_server->client().get(u"/api/v1/checkout_sessions?"_s + query);
            QVERIFY2(bad.status == 400, qPrintable(query));
        }
    }

    void expiring()
    {
        const QString id = createWithAmount(u"5.00"_s, u"USD"_s).json[u"id"_s].toString();
        auto reply = m_server->client().post(u"/api/v1/checkout_sessions/%1/expire"_s.arg(id), {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"status"_s].toString(), u"expired"_s);
        QCOMPARE(reply.json[u"expiresAt"_s], reply.json[u"updatedAt"_s]);
        const auto events = m_server->backend().store().events().forSession(id);
        QCOMPARE(events.last().type, u"session.expired"_s);
        reply = m_server->client().post(u"/api/v1/checkout_sessions/%1/expire"_s.arg(id), {});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), u"session_not_expirable"_s);
        QCOMPARE(m_server->client().post(u"/api/v1/checkout_sessions/cs_nope/expire"_s, {}).status, 404);
    }

    // Expiry comes from a timer within a second of expiresAt, not from someone asking.
    void expiresByTimer()
    {
        const QString id = createWithAmount(u"5.00"_s, u"USD"_s).json[u"id"_s].toString();
        const qint64 expiresAt = m_server->backend().store().sessions().byId(id)->expiresAtMs;
        QSignalSpy changed(&m_server->backend().checkout(), &CheckoutService::sessionChanged);
        m_clock.setOffsetMs(expiresAt - QDateTime::currentMSecsSinceEpoch() - 300);
        m_server->backend().checkout().expireDueSessions(); // re-arms the timer for the new time
        QCOMPARE(m_server->backend().store().sessions().byId(id)->status, SessionStatus::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->backend().store().sessions().byId(id)->status,
                                  SessionStatus::Expired, 2000);
        const qint64 lateness = m_server->backend().store().sessions().byId(id)->updatedAtMs - expiresAt;
        QVERIFY2(lateness >= 0 && lateness < 1000, qPrintable(QString::number(lateness)));
        QCOMPARE(changed.size(), 1);
    }

    void paymentLinks()
    {
        auto reply = m_server->client().postJson(u"/api/v1/payment_links"_s,
                                                 {{u"fiatAmount"_s, u"25.00"_s},
                                                  {u"fiatCurrency"_s, u"EUR"_s},
                                                  {u"description"_s, u"T-shirt"_s},
                                                  {u"successUrl"_s, u"https://shop.example/thanks"_s},
                                                  {u"metadata"_s, QJsonObject{{u"sku"_s, u"TS-1"_s}}}});
        QCOMPARE(reply.status, 200);
        const QString linkId = reply.json[u"id"_s].toString();
        QVERIFY(linkId.startsWith(u"plink_"_s));
        QCOMPARE(reply.json[u"fiatAmount"_s].toString(), u"25.00"_s);
        QCOMPARE(reply.json[u"fiatCurrency"_s].toString(), u"EUR"_s);
        QCOMPARE(reply.json[u"active"_s].toBool(), true);
        const QString url = reply.json[u"url"_s].toString();
        QCOMPARE(url, m_server->backend().baseUrl().toString() + u"/l/"_s + linkId);

        QCOMPARE(
            m_server->client().get(u"/api/v1/payment_links/"_s + linkId).json[u"description"_s].toString(),
            u"T-shirt"_s);
        QCOMPARE(m_server->client().get(u"/api/v1/payment_links"_s).json[u"data"_s].toArray().size(), 1);

        // Link mode through the API inherits the link's price.
        reply = m_server->client().postJson(u"/api/v1/checkout_sessions"_s, {{u"linkId"_s, linkId}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"linkId"_s].toString(), linkId);
        QCOMPARE(reply.json[u"fiat"_s][u"amount"_s].toString(), u"25.00"_s);
        QCOMPARE(reply.json[u"successUrl"_s].toString(), u"https://shop.example/thanks"_s);
        QCOMPARE(reply.json[u"metadata"_s][u"sku"_s].toString(), u"TS-1"_s);

        // The public URL creates a session and redirects to its page; a HEAD (a link preview) creates none.
        HttpClient customer(m_server->backend().baseUrl());
        const qint64 beforeHead = sessionCount();
        QCOMPARE(customer.send("HEAD", u"/l/"_s + linkId).status, 200);
        QCOMPARE(sessionCount(), beforeHead);
        reply = customer.get(u"/l/"_s + linkId);
        QCOMPARE(reply.status, 303);
        const QString location = QString::fromUtf8(reply.header("Location"));
        QVERIFY(location.startsWith(m_server->backend().baseUrl().toString() + u"/checkout/cs_"_s));
        const QString sessionId = location.section(u'/', -1);
        const auto session = m_server->backend().store().sessions().byId(sessionId);
        QVERIFY(session);
        QCOMPARE(session->linkId, linkId);
        QCOMPARE(m_server->client()
                     .get(u"/api/v1/checkout_sessions?linkId="_s + linkId)
                     .json[u"data"_s]
                     .toArray()
                     .size(),
                 2);

        // Update, then deactivate: the link page says so and creates nothing.
        reply = m_server->client().postJson(u"/api/v1/payment_links/"_s + linkId,
                                            {{u"fiatAmount"_s, u"30.00"_s}});
        QCOMPARE(reply.json[u"fiatAmount"_s].toString(), u"30.00"_s);
        reply = m_server->client().postJson(u"/api/v1/payment_links/"_s + linkId, {{u"active"_s, false}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"active"_s].toBool(), false);
        const qint64 before = sessionCount();
        reply = customer.get(u"/l/"_s + linkId);
        QCOMPARE(reply.status, 410);
        QVERIFY(reply.body.contains("no longer active"));
        reply = m_server->client().postJson(u"/api/v1/checkout_sessions"_s, {{u"linkId"_s, linkId}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), u"link_inactive"_s);
        QCOMPARE(customer.get(u"/l/plink_unknown"_s).status, 404);
        QCOMPARE(sessionCount(), before);

        // A link whose sessions cannot be priced (no GBP rate here): a page for the customer, not JSON.
        const QString gbp = m_server->client()
                                .postJson(u"/api/v1/payment_links"_s,
                                          {{u"fiatAmount"_s, u"5.00"_s}, {u"fiatCurrency"_s, u"GBP"_s}})
                                .json[u"id"_s]
                                .toString();
        QVERIFY(gbp.startsWith(u"plink_"_s));
        reply = customer.get(u"/l/"_s + gbp);
        QCOMPARE(reply.status, 503);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("Checkout is unavailable"));
        QCOMPARE(sessionCount(), before);

        // Bad link input.
        for (const QJsonObject &bad :
             {QJsonObject{{u"fiatAmount"_s, u"25.00"_s}},
              QJsonObject{{u"fiatAmount"_s, 25}, {u"fiatCurrency"_s, u"USD"_s}},
              QJsonObject{{u"fiatAmount"_s, u"-1"_s}, {u"fiatCurrency"_s, u"USD"_s}},
              QJsonObject{{u"fiatAmount"_s, u"1.00"_s}, {u"fiatCurrency"_s, u"USD"_s}, {u"active"_s, true}},
              QJsonObject{{u"fiatAmount"_s, u"1.00"_s},
                          {u"fiatCurrency"_s, u"USD"_s},
                          {u"successUrl"_s, u"data:text/html,hi"_s}}}) {
            QCOMPARE(m_server->client().postJson(u"/api/v1/payment_links"_s, bad).status, 400);
        }
        QCOMPARE(m_server->client()
                     .postJson(u"/api/v1/payment_links/"_s + linkId, {{u"active"_s, u"no"_s}})
                     .status,
                 400);
        // The T-shirt link and the GBP one; none of the refused ones.
        QCOMPARE(m_server->client().get(u"/api/v1/payment_links"_s).json[u"data"_s].toArray().size(), 2);

        // Links of the other mode are invisible.
        HttpClient live(m_server->backend().baseUrl(),
                        m_server->backend().apiKeys().create(true, u"l"_s).secret.toLatin1());
        QCOMPARE(live.get(u"/api/v1/payment_links/"_s + linkId).status, 404);
    }

    void publicLinkIsRateLimited()
    {
        const QString linkId = m_server->client()
                                   .postJson(u"/api/v1/payment_links"_s,
                                             {{u"fiatAmount"_s, u"1.00"_s}, {u"fiatCurrency"_s, u"USD"_s}})
                                   .json[u"id"_s]
                                   .toString();
        HttpClient customer(m_server->backend().baseUrl());
        int limitedAt = -1;
        HttpClient::Reply limited;
        for (int i = 0; i < 40 && limitedAt < 0; ++i) {
            const auto reply = customer.get(u"/l/"_s + linkId);
            if (reply.status == 429) {
                limitedAt = i;
                limited = reply;
            }
        }
        QVERIFY(limitedAt >= 20);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QCOMPARE(sessionCount(), limitedAt);
        // No trusted proxy is configured: a forwarded address is the client's own say, and ignored.
        QCOMPARE(customer.send("GET", u"/l/"_s + linkId, {}, {{"X-Forwarded-For", "198.51.100.9"}}).status,
                 429);
    }

    // Behind a trusted proxy each customer has their own bucket (by X-Forwarded-For or Forwarded); from
    // anyone else those headers are ignored, so a client cannot pick a fresh address per request.
    void rateLimitFollowsTheClientBehindTrustedProxies()
    {
        QVERIFY2(m_server->start(QByteArray(ServerFixture::kListen) + "trustedProxies=127.0.0.1\n"),
                 qPrintable(m_server->error()));
        const QString linkId = m_server->client()
                                   .postJson(u"/api/v1/payment_links"_s,
                                             {{u"fiatAmount"_s, u"1.00"_s}, {u"fiatCurrency"_s, u"USD"_s}})
                                   .json[u"id"_s]
                                   .toString();
        QVERIFY(!linkId.isEmpty());
        HttpClient customer(m_server->backend().baseUrl());
        auto visit = [&](const QByteArray &header, const QByteArray &value) {
            return customer.send("GET", u"/l/"_s + linkId, {}, {{header, value}}).status;
        };
        int busy = 0;
        while (busy < 60 && visit("X-Forwarded-For", "203.0.113.5, 127.0.0.1") == 303)
            ++busy;
        QVERIFY2(busy >= 20 && busy < 60, qPrintable(QString::number(busy)));
        QCOMPARE(visit("X-Forwarded-For", "203.0.113.5"), 429);
        // Another customer behind the same proxy is not held back, by either header.
        QCOMPARE(visit("X-Forwarded-For", "198.51.100.7"), 303);
        QCOMPARE(visit("Forwarded", "for=\"[2001:db8::7]:4711\";proto=https"), 303);
        QCOMPARE(visit("Forwarded", "for=203.0.113.5"), 429);
    }

    // openapi.json documents every route the server has.
    void openApiCoversEveryRoute()
    {
        HttpClient anonymous(m_server->backend().baseUrl());
        const auto reply = anonymous.get(u"/api/v1/openapi.json"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"openapi"_s].toString().left(2), u"3."_s);
        const QJsonObject paths = reply.json[u"paths"_s].toObject();
        int checked = 0;
        for (const auto &route : m_server->backend().httpServer().router().routes()) {
            const QJsonObject path = paths[route.pattern].toObject();
            QVERIFY2(path.contains(QString::fromLatin1(route.method.toLower())),
                     qPrintable(u"%1 %2 is not in openapi.json"_s.arg(QString::fromLatin1(route.method),
                                                                      route.pattern)));
            ++checked;
        }
        QVERIFY(checked >= 10);
        // And nothing documented is missing from the server.
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
            for (const QString &method : it.value().toObject().keys()) {
                bool served = false;
                for (const auto &route : m_server->backend().httpServer().router().routes())
                    served = served || (route.pattern == it.key() &&
                                        QString::fromLatin1(route.method.toLower()) == method);
                QVERIFY2(served, qPrintable(u"%1 %2 is documented but not served"_s.arg(method, it.key())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
