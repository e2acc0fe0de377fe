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

private Q_SLOTS:
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
