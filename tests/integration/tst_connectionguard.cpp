#include "GuardedTcpServer.h"

#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// The connection guard on its own (a GuardedTcpServer with short limits and no HTTP server behind it), for
// what it does on connections the HTTP server still owes answers to.
class TestConnectionGuard : public QObject
{
    Q_OBJECT

    static std::unique_ptr<GuardedTcpServer> listen(const ConnectionLimits &limits)
    {
        auto server = std::make_unique<GuardedTcpServer>(limits);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return server;
    }

    static std::unique_ptr<QTcpSocket> connectTo(const GuardedTcpServer &server)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!socket->waitForConnected(5000))
            return nullptr;
        return socket;
    }

    // A guard in front of an "HTTP server" that owes no answers and, as the real one does, takes each read's
    // bytes off the socket after the guard has seen them.
    static std::unique_ptr<GuardedTcpServer> listenOwingNothing(const ConnectionLimits &limits)
    {
        auto server = listen(limits);
        if (!server)
            return nullptr;
        server->setAnswersOwed([](const QTcpSocket *) { return false; });
        GuardedTcpServer *guarded = server.get();
        connect(guarded, &QTcpServer::newConnection, guarded, [guarded] {
            while (QTcpSocket *socket = guarded->nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        });
        return server;
    }

    // Writes the parts as separate reads for the guard: each is flushed and given time to arrive alone.
    static void writeApart(QTcpSocket &socket, const QByteArrayList &parts)
    {
        for (const QByteArray &part : parts) {
            socket.write(part);
            socket.waitForBytesWritten(1000);
            QTest::qWait(15);
        }
    }

private Q_SLOTS:
    // The guard finds where a request's headers end however the bytes are split across reads, with CRLF or
    // bare LF line ends, and also a second request behind the first in the same read: each request here
    // declares a body over the limit, so finding its end is answered with a 413. A blank-looking seam that
    // is not one ("\r\n\r" then more header text) does not end them.
    void headersEndWhereverTheReadsSplitThem()
    {
        ConnectionLimits limits;
        limits.maxBodyBytes = 1024;
        const auto server = listenOwingNothing(limits);
        QVERIFY(server);
        const auto rejected = [](QTcpSocket &client) {
            return QTest::qWaitFor([&] { return client.peek(4096).contains("body_too_large"); }, 2000) &&
                   client.readAll().startsWith("HTTP/1.1 413");
        };
        // Line ends, then the blank line: every pairing the HTTP server accepts.
        const QList<std::pair<QByteArray, QByteArray>> styles{
            {"\r\n", "\r\n"}, {"\n", "\n"}, {"\n", "\r\n"}, {"\r\n", "\n"}};
        for (const auto &[newline, blank] : styles) {
            const QByteArray request = "POST /api/v1/checkout_sessions HTTP/1.1" + newline +
                                       "Host: 127.0.0.1" + newline + "Content-Length: 2000" + newline + blank;
            for (qsizetype split = request.size() - 5; split < request.size(); ++split) {
                const auto client = connectTo(*server);
                QVERIFY(client);
                writeApart(*client, {request.left(split), request.sliced(split)});
                QVERIFY2(rejected(*client),
                         qPrintable(u"split at %1 of %2"_s.arg(split).arg(request.size())));
            }
            const auto byteByByte = connectTo(*server);
            QVERIFY(byteByByte);
            QByteArrayList bytes;
            for (const char byte : request)
                bytes << QByteArray(1, byte);
            writeApart(*byteByByte, bytes);
            QVERIFY(rejected(*byteByByte));

            const auto pipelined = connectTo(*server);
            QVERIFY(pipelined);
            writeApart(*pipelined, {"GET /api/v1/checkout_sessions HTTP/1.1" + newline + "Host: 127.0.0.1" +
                                    newline + blank + request});
            QVERIFY(rejected(*pipelined));
        }
        const auto notYet = connectTo(*server);
        QVERIFY(notYet);
        writeApart(*notYet, {"POST /api/v1/checkout_sessions HTTP/1.1\r\nContent-Length: 2000\r\n\r",
                             "X-Later: header\r\n"});
        QTest::qWait(200);
        QCOMPARE(notYet->bytesAvailable(), 0);
        writeApart(*notYet, {"\r\n"});
        // Ended now; the stray carriage return made "\rX-Later" a header name the server would not read.
        QTRY_VERIFY_WITH_TIMEOUT(notYet->peek(4096).contains("header_invalid"), 2000);
    }

    // Header lines the HTTP server would not read as the guard does are refused: the server drops every
    // header of a request with one malformed line, so it would see no body where the guard counts one.
    void headersTheServerWouldReadDifferentlyAreRefused_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("space before the colon") << QByteArray("Content-Length : 4\r\n") << QByteArray("400");
        QTest::newRow("name with a space")
            << QByteArray("Bad Name: x\r\nContent-Length: 4\r\n") << QByteArray("400");
        QTest::newRow("no colon") << QByteArray("Content-Length: 4\r\nnothing\r\n") << QByteArray("400");
        QTest::newRow("folded line") << QByteArray("X-A: b\r\n c\r\nContent-Length: 4\r\n")
                                     << QByteArray("400");
        QTest::newRow("length with a sign") << QByteArray("Content-Length: +4\r\n") << QByteArray("400");
        QTest::newRow("length with a space") << QByteArray("Content-Length: 4 0\r\n") << QByteArray("400");
        QTest::newRow("two lengths") << QByteArray("Content-Length: 4\r\nContent-Length: 4\r\n")
                                     << QByteArray("400");
        QByteArray many;
        for (int i = 0; i < 100; ++i)
            many += "X-" + QByteArray::number(i) + ": a\r\n";
        QTest::newRow("101 fields") << many + "Content-Length: 4\r\n" << QByteArray("431");
    }
    void headersTheServerWouldReadDifferentlyAreRefused()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, answer);
        const auto server = listenOwingNothing({});
        QVERIFY(server);
        const auto client = connectTo(*server);
        QVERIFY(client);
        client->write("POST /api/v1/checkout_sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers +
                      "\r\n{}{}");
        QTRY_VERIFY_WITH_TIMEOUT(client->peek(4096).startsWith("HTTP/1.1 " + answer), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    // Empty lines before a request line are skipped, as the HTTP server skips them; an Upgrade header without
    // "Connection: upgrade" is an ordinary request, whose limits still apply.
    void emptyLinesBeforeARequestAndAnUpgradeWithoutConnection()
    {
        ConnectionLimits limits;
        limits.maxBodyBytes = 1024;
        const auto server = listenOwingNothing(limits);
        QVERIFY(server);
        const auto leading = connectTo(*server);
        QVERIFY(leading);
        leading->write("\r\n\n\r\nPOST / HTTP/1.1\r\nContent-Length: 2000\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(leading->peek(4096).startsWith("HTTP/1.1 413"), 2000);

        const auto upgrade = connectTo(*server);
        QVERIFY(upgrade);
        upgrade->write("GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n"
                       "POST / HTTP/1.1\r\nContent-Length: 2000\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(upgrade->peek(4096).startsWith("HTTP/1.1 413"), 2000);
    }

    // Two Content-Length headers: which one counts is ambiguous, so the request is refused.
    void twoContentLengthsAreRefused()
    {
        const auto server = listenOwingNothing({});
        QVERIFY(server);
        const auto client = connectTo(*server);
        QVERIFY(client);
        client->write("POST /api/v1/checkout_sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n"
                      "Content-Length: 4\r\n\r\n{}{}");
        QTRY_VERIFY_WITH_TIMEOUT(client->peek(4096).contains("content_length_invalid"), 2000);
        QVERIFY(client->readAll().startsWith("HTTP/1.1 400"));
    }

    // Quiet after a complete request because its answer is still owed (held until durable, or a deferred
    // one) is not idle: the connection stays; once nothing is owed, the idle timeout applies again.
    void aConnectionWaitingForItsAnswerIsNotIdle()
    {
        ConnectionLimits limits;
        limits.idleTimeoutMs = 200;
        const auto server = listen(limits);
        QVERIFY(server);
        bool owed = true;
        server->setAnswersOwed([&](const QTcpSocket *) { return owed; });
        const auto client = connectTo(*server);
        QVERIFY(client);
        client->write("GET /api/v1/checkout_sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTest::qWait(800); // four idle timeouts
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        owed = false;
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 2000);
        QCOMPARE(client->readAll(), QByteArray()); // closed, nothing answered: it was idle
    }

    // A rejection waits while answers are owed before it, goes out once they are sent, and does not wait
    // for ever: with answers that never come, the connection is dropped after the body timeout.
    void aRejectionWaitsForOwedAnswersWithinTheBodyTimeout()
    {
        ConnectionLimits limits;
        limits.bodyTimeoutMs = 1500; // long enough for the steps before it on a loaded machine
        const auto server = listen(limits);
        QVERIFY(server);
        QSet<quint16> owing; // client ports the "HTTP server" still owes answers to
        server->setAnswersOwed([&](const QTcpSocket *socket) { return owing.contains(socket->peerPort()); });
        const QByteArray tooLarge = "POST /api/v1/checkout_sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Content-Length: 2000000\r\n\r\n";

        const auto answered = connectTo(*server);
        const auto abandoned = connectTo(*server);
        QVERIFY(answered && abandoned);
        owing << answered->localPort() << abandoned->localPort();
        answered->write(tooLarge);
        abandoned->write(tooLarge);
        QTest::qWait(150);
        QCOMPARE(answered->bytesAvailable(), 0);
        QCOMPARE(abandoned->bytesAvailable(), 0);

        owing.remove(answered->localPort()); // its answers went out
        server->sendDueRejections();
        QTRY_VERIFY_WITH_TIMEOUT(answered->peek(4096).contains("body_too_large"), 2000);
        QVERIFY(answered->readAll().startsWith("HTTP/1.1 413"));
        QCOMPARE(abandoned->bytesAvailable(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(abandoned->state(), QAbstractSocket::UnconnectedState, 6000);
        QCOMPARE(abandoned->readAll(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connectionguard.moc"
