// Benchmark: 1,000 concurrent WebSocket watchers of one checkout page on loopback. Prints the time from a
// status change (POST …/expire sent) to each watcher having it (p50, p99, max), and the server's memory
// per watcher (VmRSS of the real cryptocheckout process before and after the watchers connect).
// Usage: bench_live <cryptocheckout binary> [watchers=1000] [rounds=3]
#include "../BenchStats.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
qint64 rssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QJsonObject request(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                    const QByteArray &key, const QByteArray &body = {})
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + key);
    req.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_live CRYPTOCHECKOUT_BINARY [watchers] [rounds]\n");
        return 2;
    }
    const QString binary = QString::fromLocal8Bit(argv[1]);
    const int watchers = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 3;
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit); // the server inherits it

    QTemporaryDir dir;
    QFile config(dir.filePath(u"config.ini"_s));
    config.open(QIODevice::WriteOnly);
    // Every watcher comes from 127.0.0.1: lift the per-client cap (one client is 64 connections by default).
    config.write("[server]\nlisten=127.0.0.1:0\nmaxConnections=4096\nmaxConnectionsPerClient=4096\n"
                 "[chain.31337]\nrpcUrl=http://127.0.0.1:9\n");
    config.close();
    QProcess keys;
    keys.start(binary, {u"keys"_s, u"create"_s, u"--mode"_s, u"test"_s, u"--data-dir"_s, dir.path()});
    keys.waitForFinished();
    const QByteArray key = keys.readAllStandardOutput().trimmed();
    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"cryptocheckout.watcher=false"_s);
    server.setProcessEnvironment(environment);
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(binary, {u"--headless"_s, u"--data-dir"_s, dir.path()});
    QByteArray err;
    while (!err.contains("listening on") && server.waitForReadyRead(10000))
        err += server.readAll();
    const auto match = QRegularExpression(u"listening on (http://\\S+)"_s).match(QString::fromUtf8(err));
    if (!match.hasMatch()) {
        std::fprintf(stderr, "server did not start: %s\n", err.constData());
        return 1;
    }
    const QUrl base(match.captured(1));
    QNetworkAccessManager network;
    std::printf("live updates: %d WebSocket watchers of one checkout, %d rounds, server pid %lld\n", watchers,
                rounds, static_cast<long long>(server.processId()));

    std::vector<double> allLatencies;
    double perWatcherKb = 0;
    for (int round = 0; round < rounds; ++round) {
        const QJsonObject session =
            request(network, "POST", QUrl(base.toString() + u"/api/v1/checkout_sessions"_s), key,
                    R"({"amount":{"value":"10.00","currency":"USD"}})");
        const QString id = session[u"id"_s].toString();
        const qint64 before = rssKb(server.processId());
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        int connected = 0;
        int updated = 0;
        QElapsedTimer clock;
        std::vector<double> latencies;
        QEventLoop loop;
        QUrl url = base;
        url.setScheme(u"ws"_s);
        url.setPath(u"/checkout/%1/live"_s.arg(id));
        for (int i = 0; i < watchers; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            QObject::connect(socket.get(), &QWebSocket::textMessageReceived, &loop,
                             [&](const QString &message) {
                                 if (message.contains(u"\"status\":\"pending\""_s)) {
                                     if (++connected == watchers)
                                         loop.quit();
                                 } else if (message.contains(u"\"status\":\"expired\""_s)) {
                                     latencies.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
                                     if (++updated == watchers)
                                         loop.quit();
                                 }
                             });
            socket->open(url);
            sockets.push_back(std::move(socket));
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 after = rssKb(server.processId());
        const double roundKb = static_cast<double>(after - before) / std::max(1, connected);
        // Later rounds reuse memory the first one allocated: the first round is the honest cost.
        if (round == 0)
            perWatcherKb = roundKb;
        clock.start();
        QNetworkRequest expire(QUrl(base.toString() + u"/api/v1/checkout_sessions/%1/expire"_s.arg(id)));
        expire.setRawHeader("Authorization", "Bearer " + key);
        network.post(expire, QByteArray());
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        std::printf("  round %d: %d connected, %d updated; p50 %.1f ms, p99 %.1f ms, max %.1f ms; server RSS "
                    "%lld -> %lld "
                    "kB (%.1f kB per watcher)\n",
                    round + 1, connected, updated, percentile(latencies, 0.5), percentile(latencies, 0.99),
                    percentile(latencies, 1.0), static_cast<long long>(before), static_cast<long long>(after),
                    roundKb);
        allLatencies.insert(allLatencies.end(), latencies.begin(), latencies.end());
        for (auto &socket : sockets)
            socket->close();
        QEventLoop settle;
        QTimer::singleShot(500, &settle, &QEventLoop::quit);
        settle.exec();
    }
    std::printf(
        "live updates: p50 %.1f ms, p99 %.1f ms from status change to every watcher (%zu deliveries); "
        "%.1f kB of server memory per watcher (first round)\n",
        percentile(allLatencies, 0.5), percentile(allLatencies, 0.99), allLatencies.size(), perWatcherKb);
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
