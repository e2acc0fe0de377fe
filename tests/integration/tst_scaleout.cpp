// Several instances of the real program on one PostgreSQL (started by the test) and a Hardhat node:
// creates spread over them with retries on another instance, the chain watcher's leader killed while
// payments arrive, live status across instances, and `db copy` from SQLite.
#include "AppConfig.h"
#include "ChainTestHelpers.h"
#include "ConsoleServices.h"
#include "FreePort.h"
#include "HardhatNode.h"
#include "HttpClient.h"
#include "PostgresServer.h"
#include "ServerProcess.h"
#include "Services.h"
#include "WebhookReceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <array>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Instance
{
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;
    QUrl base;

    bool running() const { return process.state() != QProcess::NotRunning; }
    void kill()
    {
        if (!running())
            return;
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        process.waitForFinished(10000);
    }
    void stop()
    {
        if (!running())
            return;
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        if (!process.waitForFinished(10000))
            kill();
    }
};

// The keys whose values differ, with both values, for a failure message a log does not cut short.
QByteArray differences(const QJsonObject &actual, const QJsonObject &expected)
{
    QByteArray said;
    QStringList keys = actual.keys() + expected.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (actual.value(key) == expected.value(key))
            continue;
        const auto text = [](const QJsonValue &value) {
            return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        };
        said += key.toUtf8() + ": " + text(actual.value(key)) + " != " + text(expected.value(key)) + '\n';
    }
    return said;
}
} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT

    static constexpr int kInstances = 3;
    PostgresServer *m_pg = nullptr;
    std::unique_ptr<HardhatNode> m_node;
    QString m_payer;
    QString m_databaseUrl;
    QByteArray m_key;
    std::array<std::unique_ptr<Instance>, kInstances> m_instances;

    QByteArray config(const QString &databaseUrl) const
    {
        QByteArray ini = "[test]\nbuiltinChain=false\n[server]\npublicUrl=http://127.0.0.1:" +
                         QByteArray::number(m_instances[0]->port) + "\n";
        if (!databaseUrl.isEmpty())
            ini += "[database]\nurl=" + databaseUrl.toUtf8() + "\n";
        return ini + "[chain.31337]\nrpcUrl=" + m_node->rpcUrl().toString().toUtf8() +
               "\nconfirmations=2\npollIntervalMs=200\n";
    }

    bool startInstance(int i, const QString &databaseUrl)
    {
        Instance &instance = *m_instances[i];
        QFile file(instance.dir.filePath(u"config.ini"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(config(databaseUrl));
        file.close();
        instance.base =
            serverprocess::start(instance.process, {u"--headless"_s, u"--data-dir"_s, instance.dir.path(),
                                                    u"--listen"_s, u"127.0.0.1:%1"_s.arg(instance.port)});
        return instance.base.isValid();
    }

    std::unique_ptr<HttpClient> client(int i) const
    {
        return std::make_unique<HttpClient>(m_instances[i]->base, m_key);
    }

    // The chain watcher's state on instance i: "standby" unless it leads.
    QString watcherState(int i) const
    {
        auto httpClient = client(i);
        HttpClient &http = *httpClient;
        const auto health = http.get(u"/healthz"_s);
        for (const QJsonValue &chain : health.json[u"chains"_s].toArray()) {
            if (chain[u"chainId"_s].toInteger() == chaintest::kChainId)
                return chain[u"state"_s].toString();
        }
        return {};
    }
    int leader() const
    {
        for (int i = 0; i < kInstances; ++i) {
            if (m_instances[i]->running() && watcherState(i) != u"standby"_s && !watcherState(i).isEmpty())
                return i;
        }
        return -1;
    }

    // Every session of test mode, through the API's pages.
    QList<QJsonObject> allSessions(int i) const
    {
        auto httpClient = client(i);
        HttpClient &http = *httpClient;
        QList<QJsonObject> sessions;
        QString after;
        for (int page = 0; page < 100; ++page) {
            const auto reply = http.get(u"/api/v1/checkout_sessions?limit=100"_s +
                                        (after.isEmpty() ? QString() : u"&starting_after="_s + after));
            if (reply.status != 200)
                break;
            const QJsonArray data = reply.json[u"data"_s].toArray();
            for (const QJsonValue &session : data)
                sessions << session.toObject();
            if (!reply.json[u"hasMore"_s].toBool() || data.isEmpty())
                break;
            after = data.last()[u"id"_s].toString();
        }
        return sessions;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_pg = PostgresServer::shared(&error);
        QVERIFY2(m_pg, qPrintable(error));
        m_node = std::make_unique<HardhatNode>();
        QVERIFY2(m_node->start(&error), qPrintable(error));
        m_payer = m_node->accounts().value(1);
        QVERIFY(!m_payer.isEmpty());
    }

    void init()
    {
        QString error;
        // A fresh chain for each test: deposit addresses start again at index 0 in each new database.
        QVERIFY2(m_node->restart(&error), qPrintable(error));
        m_databaseUrl = m_pg->createDatabase(&error);
        QVERIFY2(!m_databaseUrl.isEmpty(), qPrintable(error));
        for (auto &instance : m_instances) {
            instance = std::make_unique<Instance>();
            instance->port = freeLoopbackPort();
        }
        for (int i = 0; i < kInstances; ++i)
            QVERIFY2(startInstance(i, m_databaseUrl), "an instance did not start");
        m_key = serverprocess::createTestKey(m_instances[0]->dir.path());
        QVERIFY(!m_key.isEmpty());
    }

    void cleanup()
    {
        for (auto &instance : m_instances) {
            if (instance)
                instance->stop();
            instance.reset();
        }
    }

    void cleanupTestCase() { m_node.reset(); }

    // 300 creates at once over the three instances; a third of them is sent again with the same
    // Idempotency-Key to another instance at the same moment. One session per key, every address its own.
    void concurrentCreatesWithRetriesElsewhere()
    {
        constexpr int kCreates = 300;
        QNetworkAccessManager manager;
        int outstanding = 0;
        QHash<QString, QSet<QString>> sessionsByKey;
        QSet<QString> toRetry;
        QMap<int, int> statuses;
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{u"amount"_s, QJsonObject{{u"value"_s, u"12.50"_s}, {u"currency"_s, u"USD"_s}}}})
                .toJson(QJsonDocument::Compact);
        auto post = [&](int instance, const QString &key) {
            QNetworkRequest request(
                m_instances[instance]->base.resolved(QUrl(u"/api/v1/checkout_sessions"_s)));
            request.setRawHeader("Authorization", "Bearer " + m_key);
            request.setRawHeader("Idempotency-Key", key.toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply *reply = manager.post(request, body);
            ++outstanding;
            connect(reply, &QNetworkReply::finished, this, [&, reply, key] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                ++statuses[status];
                const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                if (status == 200)
                    sessionsByKey[key].insert(json[u"id"_s].toString());
                else
                    toRetry.insert(key); // 409 idempotency_key_in_use: the twin is still being answered
                --outstanding;
                reply->deleteLater();
            });
        };
        for (int i = 0; i < kCreates; ++i) {
            const QString key = u"order-%1"_s.arg(i);
            post(i % kInstances, key);
            if (i % 3 == 0)
                post((i + 1) % kInstances, key);
        }
        QVERIFY(QTest::qWaitFor([&] { return outstanding == 0; }, 120000));
        qInfo("answers: %d created or replayed, %d turned away as in use", statuses.value(200),
              statuses.value(409));
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            QVERIFY2(it.key() == 200 || it.key() == 409, qPrintable(u"status %1"_s.arg(it.key())));
        // What was turned away as in use is asked again, on yet another instance: the same session.
        for (const QString &key : std::as_const(toRetry)) {
            auto httpClient = client(2);
            HttpClient &http = *httpClient;
            const auto reply =
                http.post(u"/api/v1/checkout_sessions"_s, body,
                          {{"Idempotency-Key", key.toUtf8()}, {"Content-Type", "application/json"}});
            QCOMPARE(reply.status, 200);
            sessionsByKey[key].insert(reply.json[u"id"_s].toString());
        }
        QCOMPARE(sessionsByKey.size(), kCreates);
        for (auto it = sessionsByKey.cbegin(); it != sessionsByKey.cend(); ++it)
            QVERIFY2(it->size() == 1, qPrintable(u"%1 has %2 sessions"_s.arg(it.key()).arg(it->size())));

        const QList<QJsonObject> sessions = allSessions(1);
        QCOMPARE(sessions.size(), kCreates);
        QSet<QString> addresses;
        for (const QJsonObject &session : sessions)
            addresses.insert(session[u"address"_s].toString().toLower());
        QCOMPARE(addresses.size(), kCreates);
    }

    // Payments arrive while the instance that watches the chain is killed: another takes over within 10 s
    // from the shared cursor, every session ends paid once, with one session.paid each, delivered signed.
    void leaderKilledWhilePaymentsArrive()
    {
        QVERIFY(QTest::qWaitFor([&] { return leader() >= 0; }, 15000));
        const int first = leader();
        for (int i = 0; i < kInstances; ++i) {
            if (i != first)
                QCOMPARE(watcherState(i), u"standby"_s);
        }

        // Webhooks go to a real receiver, which checks each signature.
        auto adminClient = client((first + 1) % kInstances);
        HttpClient &admin = *adminClient;
        const auto endpoint =
            admin.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"http://127.0.0.1:9/placeholder"_s},
                                                            {u"events"_s, QJsonArray{u"session.paid"_s}}});
        QCOMPARE(endpoint.status, 200);
        WebhookReceiver receiver;
        QString error;
        QVERIFY2(receiver.start({endpoint.json[u"secret"_s].toString()}, &error), qPrintable(error));
        QCOMPARE(admin
                     .postJson(u"/api/v1/webhook_endpoints/"_s + endpoint.json[u"id"_s].toString(),
                               {{u"url"_s, receiver.url(u"/ok"_s).toString()}})
                     .status,
                 200);

        constexpr int kSessions = 6;
        QList<QJsonObject> created;
        for (int i = 0; i < kSessions; ++i) {
            auto httpClient = client(i % kInstances);
            HttpClient &http = *httpClient;
            const auto reply = chaintest::createSession(http, u"20.00"_s, u"USD"_s);
            QCOMPARE(reply.status, 200);
            created << reply.json;
        }
        QTest::qWait(600); // the leader has heard of every session
        auto pay = [&](const QJsonObject &session) {
            m_node->sendEther(m_payer, session[u"address"_s].toString(),
                              session[u"amount"_s][u"wei"_s].toString());
        };
        for (int i = 0; i < kSessions / 2; ++i)
            pay(created[i]);
        m_node->mine(1);

        m_instances[first]->kill();
        QElapsedTimer takeover;
        takeover.start();
        for (int i = kSessions / 2; i < kSessions; ++i)
            pay(created[i]);
        QVERIFY(QTest::qWaitFor([&] { return leader() >= 0; }, 15000));
        const qint64 takeoverMs = takeover.elapsed();
        qInfo("another instance watches the chain %lld ms after the leader was killed", takeoverMs);
        QVERIFY2(takeoverMs < 10000, qPrintable(QString::number(takeoverMs)));
        const int second = leader();
        QVERIFY(second != first);
        m_node->mine(4);

        auto readerClient = client(kInstances - first - second); // the one that never led
        HttpClient &reader = *readerClient;
        for (const QJsonObject &session : std::as_const(created)) {
            const QString id = session[u"id"_s].toString();
            QVERIFY2(QTest::qWaitFor(
                         [&] { return chaintest::session(reader, id)[u"status"_s].toString() == u"paid"_s; },
                         20000),
                     QJsonDocument(chaintest::session(reader, id)).toJson().constData());
            QCOMPARE(chaintest::session(reader, id)[u"payments"_s].toArray().size(), 1);
            const auto events = reader.get(u"/api/v1/events?type=session.paid&limit=100"_s);
            int paidEvents = 0;
            for (const QJsonValue &event : events.json[u"data"_s].toArray())
                paidEvents += event[u"data"_s][u"object"_s][u"id"_s].toString() == id;
            QCOMPARE(paidEvents, 1);
        }
        QVERIFY(receiver.waitFor(
            [&](const QList<QJsonObject> &requests) {
                QSet<QString> paid;
                for (const QJsonObject &request : requests) {
                    if (request[u"type"_s] == u"session.paid"_s && request[u"verified"_s].toBool())
                        paid.insert(request[u"status"_s].toString() + request[u"eventId"_s].toString());
                }
                return paid.size() == kSessions;
            },
            30000));
        for (const QJsonObject &request : receiver.requests())
            QVERIFY(request[u"verified"_s].toBool());
    }

    // The hosted page's live socket on one instance hears a payment the watcher on another detected.
    void liveStatusAcrossInstances()
    {
        QVERIFY(QTest::qWaitFor([&] { return leader() >= 0; }, 15000));
        const int watching = leader();
        const int other = (watching + 1) % kInstances;
        auto httpClient = client(other);
        HttpClient &http = *httpClient;
        const QJsonObject session = chaintest::createSession(http, u"5.00"_s, u"USD"_s).json;
        const QString id = session[u"id"_s].toString();

        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QUrl url = m_instances[other]->base;
        url.setScheme(u"ws"_s);
        url.setPath(u"/checkout/%1/live"_s.arg(id));
        socket.open(url);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
        QTest::qWait(600); // the watcher has heard of the session

        m_node->sendEther(m_payer, session[u"address"_s].toString(),
                          session[u"amount"_s][u"wei"_s].toString());
        // When the watching instance answers "detected", the socket on the other one has it within a second.
        auto watcherClient = client(watching);
        HttpClient &watcher = *watcherClient;
        QElapsedTimer clock;
        QVERIFY(QTest::qWaitFor(
            [&] { return chaintest::session(watcher, id)[u"status"_s].toString() == u"detected"_s; }, 15000));
        clock.start();
        auto pushed = [&] {
            for (const QList<QVariant> &message : std::as_const(messages)) {
                if (QJsonDocument::fromJson(message[0].toString().toUtf8()).object()[u"status"_s] ==
                    u"detected"_s)
                    return true;
            }
            return false;
        };
        QVERIFY(QTest::qWaitFor(pushed, 5000));
        qInfo("the other instance's socket had it %lld ms after the watching instance answered it",
              clock.elapsed());
        QVERIFY(clock.elapsed() < 1000);
    }

    // The database server restarts (every connection is cut): each instance connects again by itself,
    // a chain watcher is elected again, and a session created afterwards on another instance is paid.
    void instancesSurviveADatabaseRestart()
    {
        QVERIFY(QTest::qWaitFor([&] { return leader() >= 0; }, 15000));
        QString error;
        QVERIFY2(m_pg->restart(&error), qPrintable(error));
        for (int i = 0; i < kInstances; ++i) {
            auto http = client(i);
            QVERIFY2(QTest::qWaitFor(
                         [&] { return chaintest::createSession(*http, u"1.00"_s, u"USD"_s).status == 200; },
                         15000),
                     qPrintable(u"instance %1 did not recover"_s.arg(i)));
        }
        QVERIFY(QTest::qWaitFor([&] { return leader() >= 0; }, 15000));
        const int watching = leader();
        auto http = client((watching + 1) % kInstances);
        const QJsonObject session = chaintest::createSession(*http, u"2.00"_s, u"USD"_s).json;
        QTest::qWait(600);
        m_node->sendEther(m_payer, session[u"address"_s].toString(),
                          session[u"amount"_s][u"wei"_s].toString());
        m_node->mine(3);
        const QString id = session[u"id"_s].toString();
        QVERIFY(QTest::qWaitFor(
            [&] { return chaintest::session(*http, id)[u"status"_s].toString() == u"paid"_s; }, 20000));
    }

    // The owner's desktop console on the same database is one more instance: it sees a session created
    // through another instance, and its payment, as they happen.
    void consoleSeesOtherInstances()
    {
        QTemporaryDir desktop;
        QFile file(desktop.filePath(u"config.ini"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config(m_databaseUrl));
        file.close();
        const auto loaded = AppConfig::load(desktop.path(), u"127.0.0.1:0"_s);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
        SystemClock clock;
        Services services(*loaded, clock);
        services.start();
        ConsoleServices console(services, m_instances[0]->base);
        QSignalSpy changes(&console, &interfaces::Console::sessionChanged);

        auto httpClient = client(1);
        const QJsonObject session = chaintest::createSession(*httpClient, u"7.00"_s, u"USD"_s).json;
        const QString id = session[u"id"_s].toString();
        auto heard = [&](const QString &type) {
            for (const QList<QVariant> &change : std::as_const(changes)) {
                if (change[0].value<CheckoutSession>().id == id && change[1].toStringList().contains(type))
                    return true;
            }
            return false;
        };
        QVERIFY(QTest::qWaitFor([&] { return heard(u"session.created"_s); }, 5000));
        QTest::qWait(600);
        m_node->sendEther(m_payer, session[u"address"_s].toString(),
                          session[u"amount"_s][u"wei"_s].toString());
        QVERIFY(QTest::qWaitFor([&] { return heard(u"session.detected"_s); }, 15000));
    }

    // A shop on SQLite moves: db copy into an empty PostgreSQL database, then the API there answers the same
    // JSON for every session.
    void dbCopyFromSqlite()
    {
        for (auto &instance : m_instances)
            instance->stop();
        // One instance on its own SQLite file, with history: sessions paid, expired and pending.
        QVERIFY(startInstance(0, {}));
        m_key = serverprocess::createTestKey(m_instances[0]->dir.path());
        auto httpClient = client(0);
        HttpClient &http = *httpClient;
        QList<QString> ids;
        for (int i = 0; i < 5; ++i)
            ids << chaintest::createSession(http, u"%1.00"_s.arg(3 + i), u"USD"_s).json[u"id"_s].toString();
        QCOMPARE(http.post(u"/api/v1/checkout_sessions/%1/expire"_s.arg(ids[1]), {}).status, 200);
        QTest::qWait(600);
        const QJsonObject toPay = chaintest::session(http, ids[0]);
        m_node->sendEther(m_payer, toPay[u"address"_s].toString(), toPay[u"amount"_s][u"wei"_s].toString());
        m_node->mine(3);
        QVERIFY(QTest::qWaitFor(
            [&] { return chaintest::session(http, ids[0])[u"status"_s].toString() == u"paid"_s; }, 15000));
        // Paid can come before the watcher has scanned to the node's head; the payment's confirmations count
        // from the stored head, so the snapshot waits until that head is the node's.
        const qint64 nodeHead = m_node->blockNumber();
        QVERIFY(nodeHead > 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonObject payment = chaintest::session(http, ids[0])[u"payments"_s][0].toObject();
                return payment[u"confirmations"_s].toInteger() ==
                       nodeHead - payment[u"blockNumber"_s].toInteger() + 1;
            },
            15000));
        QCOMPARE(
            http.postJson(u"/api/v1/webhook_endpoints"_s, {{u"url"_s, u"http://127.0.0.1:9/hook"_s}}).status,
            200);
        QMap<QString, QJsonObject> before;
        QString error;
        const QString target = m_pg->createDatabase(&error); // empty: the shared one holds the key already
        QVERIFY2(!target.isEmpty(), qPrintable(error));
        for (const QString &id : std::as_const(ids))
            before.insert(id, chaintest::session(http, id));
        m_instances[0]->stop();

        QProcess copy; // the URL from the environment, off the command line
        QProcessEnvironment environment = serverprocess::headlessEnvironment();
        environment.insert(u"CRYPTOCHECKOUT_DATABASE_URL"_s, target);
        copy.setProcessEnvironment(environment);
        copy.start(serverprocess::binary(),
                   {u"db"_s, u"copy"_s, u"--data-dir"_s, m_instances[0]->dir.path()});
        QVERIFY(copy.waitForFinished(60000));
        const QByteArray printed = copy.readAllStandardOutput();
        const QByteArray said = copy.readAllStandardError();
        QVERIFY2(copy.exitCode() == 0, said.constData());
        QVERIFY2(printed.contains("sessions\t5\n"), printed.constData());
        QVERIFY2(printed.contains("webhook_endpoints\t1\n"), printed.constData());
        QVERIFY2(!said.contains(m_pg->password().toUtf8()), said.constData()); // the password is not shown

        // A second copy into the same database is refused: it is no longer empty.
        QProcess again;
        again.setProcessEnvironment(serverprocess::headlessEnvironment());
        again.start(serverprocess::binary(),
                    {u"db"_s, u"copy"_s, u"--to"_s, target, u"--data-dir"_s, m_instances[0]->dir.path()});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 1);
        QVERIFY(again.readAllStandardError().contains("empty database only"));

        // The same program, now on PostgreSQL: the same answers, and new sessions continue after the old.
        QVERIFY(startInstance(0, target));
        auto movedClient = client(0);
        HttpClient &moved = *movedClient;
        for (const QString &id : std::as_const(ids)) {
            const QByteArray differ = differences(chaintest::session(moved, id), before.value(id));
            QVERIFY2(differ.isEmpty(), differ.constData());
        }
        const auto created = chaintest::createSession(moved, u"9.00"_s, u"USD"_s);
        QCOMPARE(created.status, 200);
        QCOMPARE(allSessions(0).first()[u"id"_s].toString(), created.json[u"id"_s].toString());
        QSet<QString> addresses;
        for (const QJsonObject &session : allSessions(0))
            addresses.insert(session[u"address"_s].toString());
        QCOMPARE(addresses.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
