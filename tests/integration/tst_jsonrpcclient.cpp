#include "JsonRpcClient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// JSON-RPC answers from a node that lies, stalls or disappears: each must be a clear error, never a value.
// The "node" is a local HTTP server that answers with the bytes each case needs.
class TestJsonRpcClient : public QObject
{
    Q_OBJECT

    QTcpServer m_tcp;
    quint16 m_port = 0;
    std::function<QByteArray(const QJsonDocument &request)> m_answer;
    int m_requests = 0;

    QList<Result<QJsonValue>> batch(const QList<JsonRpcClient::Request> &requests, int timeoutMs = 2000)
    {
        JsonRpcClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
        client.setTimeoutMs(timeoutMs);
        client.setMaxAttempts(2);
        QList<Result<QJsonValue>> results;
        bool done = false;
        client.batch(requests, [&](const QList<Result<QJsonValue>> &answer) {
            results = answer;
            done = true;
        });
        [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 15000);
        return results;
    }

    Result<QJsonValue> call(const QString &method, int timeoutMs = 2000)
    {
        JsonRpcClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
        client.setTimeoutMs(timeoutMs);
        client.setMaxAttempts(2);
        std::optional<Result<QJsonValue>> result;
        client.call(method, {}, [&](const Result<QJsonValue> &answer) { result = answer; });
        [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result.value_or(Result<QJsonValue>::failure(u"no answer"_s));
    }

    static QJsonObject reply(const QJsonValue &id, const QJsonValue &result)
    {
        return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tcp.listen(QHostAddress::LocalHost, 0));
        m_port = m_tcp.serverPort();
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray data = socket->property("buffer").toByteArray() + socket->readAll();
                    socket->setProperty("buffer", data);
                    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    const qsizetype lengthAt = data.toLower().indexOf("content-length:");
                    const qsizetype length =
                        data.mid(lengthAt + 15, data.indexOf("\r\n", lengthAt) - lengthAt - 15)
                            .trimmed()
                            .toLongLong();
                    if (data.size() < headerEnd + 4 + length)
                        return;
                    ++m_requests;
                    const QByteArray body =
                        m_answer(QJsonDocument::fromJson(data.mid(headerEnd + 4, length)));
                    if (body == "<hang>")
                        return;
                    if (body == "<close>") {
                        socket->abort();
                        return;
                    }
                    if (body == "<404>") {
                        socket->write(
                            "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
                        socket->disconnectFromHost();
                        return;
                    }
                    const bool html = body.startsWith('<');
                    socket->write(
                        "HTTP/1.1 " + QByteArray(body.startsWith("<h1>502") ? "502 Bad Gateway" : "200 OK") +
                        "\r\nContent-Type: " + (html ? "text/html" : "application/json") +
                        "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                        "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    void init() { m_requests = 0; }

    void honestAnswer()
    {
        m_answer = [](const QJsonDocument &request) {
            return QJsonDocument(reply(request.object()[u"id"_s], u"0x7a69"_s)).toJson();
        };
        const auto result = call(u"eth_chainId"_s);
        QVERIFY(result);
        QCOMPARE(parseQuantity(*result), 31337);
    }

    void batchAnsweredOutOfOrder()
    {
        m_answer = [](const QJsonDocument &request) {
            QJsonArray answers;
            const QJsonArray requests = request.array();
            for (qsizetype i = requests.size() - 1; i >= 0; --i)
                answers.append(reply(requests[i].toObject()[u"id"_s], requests[i].toObject()[u"method"_s]));
            return QJsonDocument(answers).toJson();
        };
        const auto results = batch({{u"a"_s, {}}, {u"b"_s, {}}, {u"c"_s, {}}});
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0]->toString(), u"a"_s);
        QCOMPARE(results[2]->toString(), u"c"_s);
    }

    void lies_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("wrong id") << QByteArray("wrong-id") << u"id"_s;
        QTest::newRow("string id") << QByteArray("string-id") << u"id"_s;
        QTest::newRow("no result") << QByteArray("no-result") << u"neither result nor error"_s;
        QTest::newRow("error object") << QByteArray("error") << u"error -32000"_s;
        QTest::newRow("html page") << QByteArray("html") << u"not JSON"_s;
        QTest::newRow("garbage") << QByteArray("garbage") << u"not JSON"_s;
        QTest::newRow("502") << QByteArray("502") << u"HTTP 502"_s;
        QTest::newRow("closes") << QByteArray("close") << u"cannot reach"_s;
        QTest::newRow("hangs") << QByteArray("hang") << u"cannot reach"_s;
        QTest::newRow("answer over 64 MiB") << QByteArray("huge") << u"larger than 64 MiB"_s;
    }
    void lies()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, errorPart);
        m_answer = [kind](const QJsonDocument &request) -> QByteArray {
            const QJsonValue id = request.object()[u"id"_s];
            if (kind == "wrong-id")
                return QJsonDocument(reply(id.toInteger() + 1000, u"0x1"_s)).toJson();
            if (kind == "string-id")
                return QJsonDocument(reply(u"1"_s, u"0x1"_s)).toJson();
            if (kind == "no-result")
                return QJsonDocument(QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}}).toJson();
            if (kind == "error")
                return QJsonDocument(
                           QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                       {u"id"_s, id},
                                       {u"error"_s, QJsonObject{{u"code"_s, -32000},
                                                                {u"message"_s, u"header not found"_s}}}})
                    .toJson();
            if (kind == "html")
                return "<html><body>Rate limited</body></html>";
            if (kind == "garbage")
                return "\x01\x02 not json {";
            if (kind == "502")
                return "<h1>502 Bad Gateway</h1>";
            if (kind == "close")
                return "<close>";
            if (kind == "huge") // cut off as it arrives, not read to the end; and not asked again
                return "[" + QByteArray(65 * 1024 * 1024, ' ') + "]";
            return "<hang>";
        };
        const auto result = call(u"eth_blockNumber"_s, 1000);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(errorPart), qPrintable(result.error()));
        // Transport failures are retried (2 attempts here; Qt itself resends once on a closed connection);
        // answers from the node are not.
        const bool transport = kind == "502" || kind == "close" || kind == "hang";
        if (transport)
            QVERIFY2(m_requests >= 2 && m_requests <= 4, qPrintable(QString::number(m_requests)));
        else
            QCOMPARE(m_requests, 1);
    }

    // A provider's key in the URL's path never reaches an error, not even inside Qt's own error text.
    void errorsDoNotQuoteTheKey()
    {
        m_answer = [](const QJsonDocument &) { return QByteArray("<404>"); };
        const QString key = u"a1b2c3d4e5f6a7b8c9d0"_s;
        JsonRpcClient client(QUrl(u"http://127.0.0.1:%1/v3/%2"_s.arg(m_port).arg(key)));
        client.setMaxAttempts(1);
        std::optional<Result<QJsonValue>> result;
        client.call(u"eth_chainId"_s, {}, [&](const Result<QJsonValue> &answer) { result = answer; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 15000));
        QVERIFY(!result->ok());
        QVERIFY2(!result->error().contains(key), qPrintable(result->error()));
        QVERIFY2(result->error().contains(u"/v3/***"_s), qPrintable(result->error()));
    }

    void batchWithAMissingAnswerFailsWhole()
    {
        m_answer = [](const QJsonDocument &request) {
            QJsonArray answers;
            answers.append(reply(request.array()[0].toObject()[u"id"_s], u"0x1"_s));
            return QJsonDocument(answers).toJson();
        };
        const auto results = batch({{u"a"_s, {}}, {u"b"_s, {}}});
        QCOMPARE(results.size(), 2);
        QVERIFY(!results[0] && !results[1]);
        QVERIFY(results[0].error().contains(u"missing"_s));
    }

    // A node that takes at most 3 requests a batch (as providers limit it): 10 go in 4 parts, and the
    // answers come back whole and in order.
    void largeBatchGoesInParts()
    {
        int largest = 0;
        m_answer = [&largest](const QJsonDocument &request) {
            const QJsonArray requests = request.array();
            largest = std::max(largest, int(requests.size()));
            if (requests.size() > 3)
                return QJsonDocument(
                           QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                       {u"id"_s, QJsonValue::Null},
                                       {u"error"_s, QJsonObject{{u"code"_s, -32600},
                                                                {u"message"_s, u"batch too large"_s}}}})
                    .toJson();
            QJsonArray answers;
            for (const QJsonValue &item : requests)
                answers.append(reply(item.toObject()[u"id"_s], item.toObject()[u"method"_s]));
            return QJsonDocument(answers).toJson();
        };
        JsonRpcClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
        client.setMaxBatchSize(3);
        QList<JsonRpcClient::Request> requests;
        for (int i = 0; i < 10; ++i)
            requests.append({u"m%1"_s.arg(i), {}});
        QList<Result<QJsonValue>> results;
        bool done = false;
        client.batch(requests, [&](const QList<Result<QJsonValue>> &answer) {
            results = answer;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
        QCOMPARE(m_requests, 4);
        QCOMPARE(largest, 3);
        QCOMPARE(results.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QVERIFY2(results[i], qPrintable(results[i].error()));
            QCOMPARE(results[i]->toString(), u"m%1"_s.arg(i));
        }
    }

    void quantities()
    {
        QCOMPARE(parseQuantity(u"0x0"_s), 0);
        QCOMPARE(parseQuantity(u"0x7fffffffffffffff"_s), std::numeric_limits<qint64>::max());
        for (const QJsonValue &bad :
             {QJsonValue(u"0x"_s), QJsonValue(u"12"_s), QJsonValue(u"0xzz"_s), QJsonValue(u"0x-1"_s),
              QJsonValue(u"0x8000000000000000"_s), QJsonValue(12), QJsonValue(QJsonValue::Null),
              QJsonValue(u"0x1 "_s), QJsonValue(u"0x+1"_s)})
            QVERIFY2(!parseQuantity(bad), qPrintable(bad.toString()));
    }
};

QTEST_GUILESS_MAIN(TestJsonRpcClient)
#include "tst_jsonrpcclient.moc"
