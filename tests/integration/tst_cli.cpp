#include "FreePort.h"
#include "ServerProcess.h"
#include "Storage.h"
#include "TestDataDir.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// The real executable, run as a merchant would run it.
class TestCli : public QObject
{
    Q_OBJECT

    static QString binary() { return serverprocess::binary(); }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static QProcessEnvironment headlessEnvironment() { return serverprocess::headlessEnvironment(); }

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(headlessEnvironment());
        process.start(binary(), arguments);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Starts the server on a free port and returns its base URL, read from its startup line.
    static QUrl startServer(QProcess &process, const QStringList &arguments)
    {
        return serverprocess::start(process, arguments);
    }

    static QPair<int, QJsonObject> get(const QUrl &url, const QByteArray &key = {})
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(url);
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, body};
    }

    // These tests are about other things, and run beside others: no Anvil of their own.
    static void withoutBuiltinChain(const TestDataDir &dir)
    {
        dir.writeConfig("[test]\nbuiltinChain=false\n");
    }

    // One JSON-RPC call to a node: its result, or an undefined value.
    static QJsonValue rpc(const QUrl &url, const QString &method, const QJsonArray &params = {})
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QJsonObject call{
            {u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 1}, {u"method"_s, method}, {u"params"_s, params}};
        QNetworkReply *reply = manager.post(request, QJsonDocument(call).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer.value(u"result"_s);
    }
    // Running: it exists and is not a zombie waiting to be reaped (a container's init may never reap it).
    static bool processAlive(qint64 pid)
    {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        return close > 0 && text.mid(close + 2, 1) != "Z";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(binary()), qPrintable(binary())); }

    void keysLifecycle()
    {
        TestDataDir dir;
        const Run created = run({u"keys"_s, u"create"_s, u"--mode"_s, u"test"_s, u"--name"_s, u"Shop"_s,
                                 u"--data-dir"_s, dir.path()});
        QCOMPARE(created.exitCode, 0);
        const QString key = QString::fromUtf8(created.out).trimmed();
        QVERIFY2(QRegularExpression(u"^ck_test_[0-9A-Za-z]{32}$"_s).match(key).hasMatch(),
                 created.out.constData());
        QCOMPARE(created.out.count('\n'), 1); // the key alone
        QVERIFY(created.err.contains("not shown again"));

        const Run live = run({u"keys"_s, u"create"_s, u"--mode=live"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(live.exitCode, 0);
        QVERIFY(live.out.startsWith("ck_live_"));
        QVERIFY(live.out != created.out);

        const Run listed = run({u"keys"_s, u"list"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(listed.exitCode, 0);
        const QList<QByteArray> lines = listed.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains("\ttest\tsecret\t"));
        QVERIFY(lines[0].contains("Shop"));
        QVERIFY(!listed.out.contains(key.toUtf8()));         // never the whole key
        QVERIFY(listed.out.contains(key.left(16).toUtf8())); // but its recognisable start
        const QByteArray id = lines[0].split('\t')[0];
        QVERIFY(id.startsWith("key_"));

        const Run revoked = run({u"keys"_s, u"revoke"_s, QString::fromUtf8(id), u"--data-dir"_s, dir.path()});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY(run({u"keys"_s, u"list"_s, u"--data-dir"_s, dir.path()})
                    .out.split('\n')[0]
                    .contains("\trevoked\t"));
        QCOMPARE(run({u"keys"_s, u"revoke"_s, QString::fromUtf8(id), u"--data-dir"_s, dir.path()}).exitCode,
                 1);
        QCOMPARE(run({u"keys"_s, u"revoke"_s, u"key_nope"_s, u"--data-dir"_s, dir.path()}).exitCode, 1);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
        QTest::newRow("keys create without mode") << QStringList{u"keys"_s, u"create"_s};
        QTest::newRow("bad mode") << QStringList{u"keys"_s, u"create"_s, u"--mode"_s, u"staging"_s};
        QTest::newRow("unknown command") << QStringList{u"start"_s};
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.contains("Usage:"));
    }

    void headlessServesHealthAndStopsOnSigterm()
    {
        TestDataDir dir;
        withoutBuiltinChain(dir);
        QProcess server;
        const QUrl base = startServer(server, {u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(base.isValid());

        // No node listens on the default RPC URL here: once the watcher has found that out, the server is
        // degraded (503) and says why; everything else is fine. The details are for API key holders.
        const QByteArray key = serverprocess::createTestKey(dir.path());
        QVERIFY(!key.isEmpty());
        int status = 0;
        QJsonObject body;
        QVERIFY(QTest::qWaitFor(
            [&] {
                std::tie(status, body) = get(base.resolved(QUrl(u"/healthz"_s)), key);
                return body[u"chains"_s][0][u"state"_s].toString() == u"error";
            },
            10000));
        QCOMPARE(status, 503);
        QCOMPARE(body[u"status"_s].toString(), u"degraded"_s);
        QCOMPARE(body[u"problems"_s].toArray().size(), 1);
        QVERIFY2(body[u"problems"_s][0].toString().startsWith(
                     u"chain 31337 (Local dev chain) is error: cannot reach"_s),
                 qPrintable(body[u"problems"_s][0].toString()));
        QCOMPARE(body[u"prices"_s][u"status"_s].toString(), u"ok"_s);
        QCOMPARE(body[u"version"_s].toString(), QStringLiteral(CRYPTOCHECKOUT_VERSION));
        QCOMPARE(body[u"database"_s].toObject()[u"status"_s].toString(), u"ok"_s);
        QCOMPARE(body[u"database"_s].toObject()[u"schemaVersion"_s].toInt(), Database::kSchemaVersion);
        QCOMPARE(body[u"chains"_s].toArray()[0].toObject()[u"chainId"_s].toInt(), 31337);

        // Without a key: the status and the problems in coarse words, no path, no URL, no error text.
        const auto [publicStatus, publicBody] = get(base.resolved(QUrl(u"/healthz"_s)));
        QCOMPARE(publicStatus, 503);
        QCOMPARE(publicBody[u"status"_s].toString(), u"degraded"_s);
        QCOMPARE(publicBody[u"problems"_s].toArray(), QJsonArray{u"chain 31337 is error"_s});
        const QByteArray publicText = QJsonDocument(publicBody).toJson();
        QVERIFY2(!publicText.contains(dir.path().toUtf8()) && !publicText.contains("http://") &&
                     !publicText.contains("cryptocheckout.db") && !publicBody.contains(u"chains"_s),
                 publicText.constData());
        // A wrong key is no key.
        QCOMPARE(get(base.resolved(QUrl(u"/healthz"_s)), "ck_test_wrong").second, publicBody);

        const auto [missingStatus, missing] = get(base.resolved(QUrl(u"/no/such/page"_s)));
        QCOMPARE(missingStatus, 404);
        QCOMPARE(missing[u"error"_s].toObject()[u"code"_s].toString(), u"resource_missing"_s);

        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(QFile::exists(dir.databaseLocation()));
    }

    // The session description's curl examples, against the real headless server and a key from the CLI.
    void seedExamplesWorkAgainstTheHeadlessServer()
    {
        TestDataDir dir;
        withoutBuiltinChain(dir);
        const Run created =
            run({u"keys"_s, u"create"_s, u"--mode"_s, u"test"_s, u"--data-dir"_s, dir.path()});
        const QByteArray key = created.out.trimmed();
        QProcess server;
        const QUrl base = startServer(server, {u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(base.isValid());
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"-s"_s, u"-X"_s, u"POST"_s, base.toString() + u"/api/v1/checkout_sessions"_s, u"-H"_s,
                    u"Authorization: Bearer "_s + QString::fromLatin1(key), u"-H"_s,
                    u"Content-Type: application/json"_s, u"-H"_s, u"Idempotency-Key: order-123-v1"_s, u"-d"_s,
                    u"{\"amount\": {\"value\": \"99.00\", \"currency\": \"USD\"}, \"successUrl\": "
                    "\"https://example.com/ok\", \"metadata\": {\"orderId\": \"123\"}}"_s});
        QVERIFY(curl.waitForFinished(20000));
        const QJsonObject session = QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
        QCOMPARE(session[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(session[u"fiat"_s][u"amount"_s].toString(), u"99.00"_s);
        QCOMPARE(session[u"metadata"_s][u"orderId"_s].toString(), u"123"_s);
        QVERIFY(session[u"checkoutUrl"_s].toString().startsWith(base.toString() + u"/checkout/cs_"_s));

        QProcess retrieve;
        retrieve.start(u"curl"_s,
                       {u"-s"_s,
                        base.toString() + u"/api/v1/checkout_sessions/"_s + session[u"id"_s].toString(),
                        u"-H"_s, u"Authorization: Bearer "_s + QString::fromLatin1(key)});
        QVERIFY(retrieve.waitForFinished(20000));
        QCOMPARE(QJsonDocument::fromJson(retrieve.readAllStandardOutput()).object()[u"id"_s],
                 session[u"id"_s]);

        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
    }

    void withoutDisplayRunsHeadlessAndSaysSo()
    {
        TestDataDir dir;
        withoutBuiltinChain(dir);
        QProcess server;
        server.setProcessChannelMode(QProcess::SeparateChannels);
        const QUrl base = startServer(server, {u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(base.isValid());
        ::kill(static_cast<pid_t>(server.processId()), SIGINT);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
        // startServer consumed the startup lines; run once more to read them whole.
        QProcess again;
        again.setProcessEnvironment(headlessEnvironment());
        again.start(binary(), {u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(again.waitForStarted());
        QByteArray err;
        for (int i = 0; i < 50 && !err.contains("listening on"); ++i) {
            again.waitForReadyRead(200);
            err += again.readAllStandardError();
        }
        QVERIFY2(err.contains("No display found: running headless"), err.constData());
        ::kill(static_cast<pid_t>(again.processId()), SIGTERM);
        QVERIFY(again.waitForFinished(10000));
    }

    // Test mode's chain, started by the program: Anvil answers on the test chain's address, keeps its state
    // across a restart of the program, is stopped when the program stops, and dies with it when it is killed.
    void builtinTestChainStartsPersistsAndStops()
    {
        TestDataDir dir;
        const QUrl rpcUrl(u"http://127.0.0.1:%1"_s.arg(freeLoopbackPort()));
        dir.writeConfig("[chain.31337]\nrpcUrl=" + rpcUrl.toString().toUtf8() + "\n");
        const QByteArray key = serverprocess::createTestKey(dir.path());
        QVERIFY(!key.isEmpty());
        const QString payee = u"0x000000000000000000000000000000000000c0de"_s;

        QJsonObject testChain;
        QJsonObject chain;
        auto startAndWait = [&](QProcess &server) {
            const QUrl base =
                startServer(server, {u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
            if (!base.isValid())
                return false;
            QElapsedTimer clock;
            clock.start();
            const bool up = QTest::qWaitFor(
                [&] {
                    const QJsonObject health = get(base.resolved(QUrl(u"/healthz"_s)), key).second;
                    testChain = health[u"testChain"_s].toObject();
                    chain = health[u"chains"_s][0].toObject();
                    return testChain[u"state"_s] == u"running"_s && chain[u"state"_s] == u"ok"_s;
                },
                30000);
            qInfo("built-in chain %s, watcher %s, %lld ms after the server started: %s",
                  qPrintable(testChain[u"state"_s].toString()), qPrintable(chain[u"state"_s].toString()),
                  clock.elapsed(), qPrintable(testChain[u"detail"_s].toString()));
            return up;
        };

        QProcess server;
        QVERIFY(startAndWait(server));
        const qint64 anvil = testChain[u"pid"_s].toInteger();
        QVERIFY(processAlive(anvil));
        QCOMPARE(rpc(rpcUrl, u"eth_chainId"_s).toString(), u"0x7a69"_s);
        const QString from = rpc(rpcUrl, u"eth_accounts"_s).toArray().first().toString();
        const QString tx =
            rpc(rpcUrl, u"eth_sendTransaction"_s,
                {QJsonObject{{u"from"_s, from}, {u"to"_s, payee}, {u"value"_s, u"0xde0b6b3a7640000"_s}}})
                .toString();
        QVERIFY(!tx.isEmpty());
        // Anvil answers with the hash before its automine has mined the block: wait for the receipt.
        QVERIFY(QTest::qWaitFor([&] { return rpc(rpcUrl, u"eth_getTransactionReceipt"_s, {tx}).isObject(); },
                                10000));
        QCOMPARE(rpc(rpcUrl, u"eth_getBalance"_s, {payee, u"latest"_s}).toString(), u"0xde0b6b3a7640000"_s);

        // A clean stop stops Anvil too, after it wrote its state.
        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(!processAlive(anvil));
        QVERIFY(QFile::exists(dir.filePath(u"testchain/anvil-state.json"_s)));

        // Started again: the chain is the same chain, with the payment in it.
        QProcess again;
        QVERIFY(startAndWait(again));
        const qint64 second = testChain[u"pid"_s].toInteger();
        QVERIFY(second != anvil && processAlive(second));
        QCOMPARE(rpc(rpcUrl, u"eth_getBalance"_s, {payee, u"latest"_s}).toString(), u"0xde0b6b3a7640000"_s);

        // Killed outright, the program cannot stop it; the kernel does (no orphan node keeps the port).
        ::kill(static_cast<pid_t>(again.processId()), SIGKILL);
        QVERIFY(again.waitForFinished(5000));
        QVERIFY(QTest::qWaitFor([&] { return !processAlive(second); }, 10000));
    }

    void invalidConfigurationRefusesToStart()
    {
        TestDataDir dir;
        dir.writeConfig("[checkout]\nttlMinutes=forever\n");
        const Run result =
            run({u"--data-dir"_s, dir.path(), u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("[checkout] ttlMinutes"), result.err.constData());
    }

    void portInUseIsAClearError()
    {
        TestDataDir first;
        TestDataDir second;
        withoutBuiltinChain(first);
        withoutBuiltinChain(second);
        QProcess server;
        const QUrl base =
            startServer(server, {u"--data-dir"_s, first.path(), u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(base.isValid());
        const Run clash = run({u"--data-dir"_s, second.path(), u"--headless"_s, u"--listen"_s,
                               u"127.0.0.1:%1"_s.arg(base.port())});
        QCOMPARE(clash.exitCode, 1);
        QVERIFY2(clash.err.contains("Cannot listen"), clash.err.constData());
        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
