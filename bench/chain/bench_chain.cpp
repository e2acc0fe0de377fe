// Benchmark: the chain watcher against a real local node (Hardhat, from tests/node_modules).
//
// 1. Detection latency: a block with a payment is mined (evm_mine sent) -> the session's status has changed
//    and its event is written (CheckoutService::sessionChanged, emitted after the commit), with the watcher
//    polling (the shipped 1 s interval of chain 31337) and with eth_subscribe("newHeads") over WebSocket.
// 2. Catch-up: a few thousand blocks with transactions (a few to unwatched addresses in every block, a
//    payment to one of the sessions in every 20th), mined while the watcher is stopped, then scanned with
//    10,000 watched addresses; blocks per second next to the node's own raw eth_getBlockByNumber rate
//    (the same batches of full blocks, fetched by a bare client that only reads the bytes), measured in
//    the same run before and after. Also: one reconciliation of every unsettled address's balance.
//
// Usage: bench_chain SOURCE_DIR [blocks=5000] [addresses=10000] [samples=20]
#include "../BenchStats.h"
#include "Backend.h"
#include "HardhatNode.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Runs the event loop (sleeping, not spinning: the node needs the other core) until done() or the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start(10); // the moments measured are taken in signal handlers, not here
    loop.exec();
    return done();
}

// One HTTP POST of a JSON-RPC body, read to the end; the raw answer (empty on failure).
QByteArray post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

// CPU time (user + system, all threads) of this process and of another, in ms.
double ownCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double processCpuMs(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line; 12 and 13 after "pid (comm) ".
    return fields.size() > 12
               ? (fields[11].toDouble() + fields[12].toDouble()) * 1000.0 / sysconf(_SC_CLK_TCK)
               : 0;
}

QJsonObject rpc(int id, const QString &method, const QJsonArray &params)
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
}

QString randomAddress(QRandomGenerator &random)
{
    QByteArray bytes(20, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return u"0x"_s + QString::fromLatin1(bytes.toHex());
}

std::unique_ptr<Backend> startBackend(const QTemporaryDir &dir, const QByteArray &chainIni,
                                      const Clock &clock)
{
    QFile config(dir.filePath(u"config.ini"_s));
    config.open(QIODevice::WriteOnly);
    // A long TTL: thousands of blocks mined in seconds carry timestamps up to an hour ahead of the clock.
    config.write("[server]\nlisten=127.0.0.1:0\n[checkout]\nttlMinutes=1440\n[chain.31337]\n" + chainIni);
    config.close();
    auto loaded = AppConfig::load(dir.path());
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
        return nullptr;
    }
    auto backend = std::make_unique<Backend>(*loaded, clock);
    backend->start();
    if (!waitFor([&] { return backend->watcher(31337)->status().state == ChainState::Ok; }, 30000)) {
        std::fprintf(stderr, "the watcher did not reach the node: %s\n",
                     qPrintable(backend->watcher(31337)->status().lastError));
        return nullptr;
    }
    return backend;
}

SessionRequest usd(const char *value)
{
    SessionRequest request;
    request.hasAmount = true;
    request.amountValue = QString::fromLatin1(value);
    request.amountCurrency = u"USD"_s;
    return request;
}

// Mined -> status changed and event written, for `samples` payments, in ms.
std::vector<double> detectionLatencies(HardhatNode &node, Backend &backend, const QString &payer, int samples,
                                       int jitterMs)
{
    QString watchedId;
    qint64 changedAtNs = -1;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&backend.checkout(), &CheckoutService::sessionChanged, &backend,
                     [&](const CheckoutSession &session, const QStringList &events) {
                         if (session.id == watchedId && changedAtNs < 0 &&
                             events != QStringList{u"session.created"_s})
                             changedAtNs = clock.nsecsElapsed();
                     });
    std::vector<double> latencies;
    node.setAutomine(false);
    for (int i = 0; i < samples; ++i) {
        const CheckoutSession session = backend.checkout().createSession(usd("30.00"), false);
        watchedId = session.id;
        changedAtNs = -1;
        node.sendEther(payer, session.address, QString::fromStdString(session.amountDue.toDecimal()));
        // Mine at a random point of the poll interval, not in step with it.
        const int pause = static_cast<int>(QRandomGenerator::global()->bounded(jitterMs + 1));
        waitFor([&] { return false; }, pause);
        const qint64 minedAtNs = clock.nsecsElapsed();
        node.call(u"evm_mine"_s);
        if (!waitFor([&] { return changedAtNs >= 0; }, 10000)) {
            std::fprintf(stderr, "sample %d: no status change within 10 s\n", i);
            continue;
        }
        latencies.push_back(static_cast<double>(changedAtNs - minedAtNs) / 1e6);
    }
    node.setAutomine(true);
    return latencies;
}

// Fetches blocks [from, to] in batches of batchSize full blocks, reading the bytes only; blocks per second.
double rawBlockRate(QNetworkAccessManager &network, const QUrl &url, qint64 from, qint64 to, int batchSize)
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = from; first <= to; first += batchSize) {
        QJsonArray batch;
        for (qint64 number = first; number <= std::min(to, first + batchSize - 1); ++number)
            batch.append(rpc(static_cast<int>(number), u"eth_getBlockByNumber"_s,
                             {u"0x"_s + QString::number(number, 16), true}));
        if (post(network, url, QJsonDocument(batch).toJson(QJsonDocument::Compact)).isEmpty()) {
            std::fprintf(stderr, "raw fetch of block %lld failed\n", static_cast<long long>(first));
            return 0;
        }
    }
    return static_cast<double>(to - from + 1) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it happens, also into a file
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_chain SOURCE_DIR [blocks] [addresses] [samples]\n");
        return 2;
    }
    const QString sourceDir = QString::fromLocal8Bit(argv[1]);
    const int blocks = argc > 2 ? std::max(100, std::atoi(argv[2])) : 5000;
    const int addresses = argc > 3 ? std::max(1, std::atoi(argv[3])) : 10000;
    const int samples = argc > 4 ? std::max(1, std::atoi(argv[4])) : 20;

    HardhatNode node(sourceDir);
    QString error;
    if (!node.start(&error)) {
        std::fprintf(stderr, "cannot start the node: %s\n", qPrintable(error));
        return 1;
    }
    const QStringList accounts = node.accounts();
    SystemClock clock;

    // 1. Detection latency, polling and newHeads.
    std::vector<double> polled;
    std::vector<double> pushed;
    int pollMs = 0;
    {
        QTemporaryDir dir;
        auto backend =
            startBackend(dir, "rpcUrl=" + node.rpcUrl().toString().toUtf8() + "\nconfirmations=3\n", clock);
        if (!backend)
            return 1;
        pollMs = backend->watcher(31337)->chain().pollIntervalMs;
        polled = detectionLatencies(node, *backend, accounts.value(1), samples, pollMs);
    }
    {
        QTemporaryDir dir;
        auto backend = startBackend(
            dir, "rpcUrl=" + node.webSocketUrl().toString().toUtf8() + "\nconfirmations=3\n", clock);
        if (!backend)
            return 1;
        if (!waitFor([&] { return backend->watcher(31337)->status().newHeadsSubscription; }, 10000)) {
            std::fprintf(stderr, "no newHeads subscription\n");
            return 1;
        }
        pushed = detectionLatencies(node, *backend, accounts.value(1), samples, 200);
    }
    std::printf(
        "detection, polling every %d ms: block mined -> status changed and event written: p50 %.0f ms, "
        "p99 %.0f ms, max %.0f ms (%zu samples)\n",
        pollMs, percentile(polled, 0.5), percentile(polled, 0.99), percentile(polled, 1.0), polled.size());
    std::printf(
        "detection, eth_subscribe(newHeads) over WebSocket: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu "
        "samples)\n",
        percentile(pushed, 0.5), percentile(pushed, 0.99), percentile(pushed, 1.0), pushed.size());
    std::fflush(stdout);

    // 2. Catch-up with `addresses` watched sessions.
    QTemporaryDir dir;
    auto backend =
        startBackend(dir, "rpcUrl=" + node.rpcUrl().toString().toUtf8() + "\nconfirmations=3\n", clock);
    if (!backend)
        return 1;
    ChainWatcher &watcher = *backend->watcher(31337);
    const int batchSize = watcher.blocksPerBatch();
    QList<CheckoutSession> sessions;
    QElapsedTimer creating;
    creating.start();
    for (int done = 0; done < addresses; done += 500) {
        backend->store().transaction([&] {
            for (int i = done; i < std::min(addresses, done + 500); ++i)
                sessions.append(backend->checkout().createSession(usd("30.00"), false));
        });
    }
    std::printf("catch-up: %d sessions created in %.1f s\n", addresses, creating.elapsed() / 1000.0);
    watcher.poll();
    const qint64 start = node.blockNumber();
    if (!waitFor([&] { return watcher.status().cursor >= start && watcher.status().state == ChainState::Ok; },
                 60000)) {
        std::fprintf(stderr, "the watcher did not catch up with block %lld\n", static_cast<long long>(start));
        return 1;
    }
    watcher.stop();

    // The blocks: 4 transfers to unwatched addresses in each, and a payment to a session in every 20th.
    QNetworkAccessManager network;
    QRandomGenerator random(20261201);
    QElapsedTimer mining;
    mining.start();
    // Every 20th block pays one session, spread over the sessions.
    const qsizetype stride = std::max<qsizetype>(1, sessions.size() / std::max(1, blocks / 20));
    QList<CheckoutSession> paidSessions;
    int paid = 0;
    for (int b = 0; b < blocks; ++b) {
        QJsonArray batch;
        for (int t = 0; t < 4; ++t)
            batch.append(rpc(t, u"eth_sendTransaction"_s,
                             {QJsonObject{{u"from"_s, accounts.value(2 + t)},
                                          {u"to"_s, randomAddress(random)},
                                          {u"value"_s, u"0x"_s + QString::number(1000 + b, 16)}}}));
        if (b % 20 == 10) {
            const CheckoutSession &session = sessions[(paid++ * stride) % sessions.size()];
            paidSessions.append(session);
            batch.append(rpc(9, u"eth_sendTransaction"_s,
                             {QJsonObject{{u"from"_s, accounts.value(1)},
                                          {u"to"_s, session.address},
                                          {u"value"_s, QString::fromStdString(session.amountDue.toHex())}}}));
        }
        batch.append(rpc(10, u"evm_mine"_s, {}));
        if (b == 0)
            node.setAutomine(false);
        if (post(network, node.rpcUrl(), QJsonDocument(batch).toJson(QJsonDocument::Compact)).isEmpty()) {
            std::fprintf(stderr, "mining block %d failed: %s\n", b, qPrintable(node.outputTail().right(400)));
            return 1;
        }
    }
    node.setAutomine(true);
    const qint64 head = node.blockNumber();
    std::printf("catch-up: mined %lld blocks (%d transactions, %d payments to sessions) in %.1f s\n",
                static_cast<long long>(head - start), blocks * 4 + paid, paid, mining.elapsed() / 1000.0);

    const double rawCpuBefore = ownCpuMs();
    const double rawBefore = rawBlockRate(network, node.rpcUrl(), start + 1, head, batchSize);
    const double rawCpu = ownCpuMs() - rawCpuBefore;
    {
        QJsonArray batch;
        for (qint64 number = start + 1; number <= start + 50; ++number)
            batch.append(rpc(static_cast<int>(number), u"eth_getBlockByNumber"_s,
                             {u"0x"_s + QString::number(number, 16), true}));
        const QByteArray body =
            post(network, node.rpcUrl(), QJsonDocument(batch).toJson(QJsonDocument::Compact));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 100; ++i) {
            QJsonDocument d = QJsonDocument::fromJson(body);
            (void)d;
        }
        std::printf("TMP parse: %d bytes per 50 blocks, %.1f us per block\n", int(body.size()),
                    t.nsecsElapsed() / 1000.0 / 100 / 50);
    }

    // The watcher resumes from its cursor (block `start`) and scans to the head. Reconciliation is pushed
    // out of this run and measured on its own below.
    watcher.setReconcileIntervalMs(24LL * 3600 * 1000);
    QElapsedTimer scanning;
    qint64 caughtUpNs = -1;
    QObject::connect(&watcher, &ChainWatcher::caughtUp, &watcher, [&](qint64 at) {
        if (at >= head && caughtUpNs < 0)
            caughtUpNs = scanning.nsecsElapsed();
    });
    const double ownCpuBefore = ownCpuMs();
    const double nodeCpuBefore = processCpuMs(node.pid());
    scanning.start();
    watcher.start();
    if (!waitFor([&] { return caughtUpNs >= 0 && watcher.status().cursor >= head; }, 600000)) {
        std::fprintf(stderr, "the watcher did not catch up: %s\n",
                     qPrintable(watcher.status().toJson().value(u"lastError"_s).toString()));
        return 1;
    }
    const double ours = static_cast<double>(head - start) / (static_cast<double>(caughtUpNs) / 1e9);
    const double ownCpu = ownCpuMs() - ownCpuBefore;
    const double nodeCpu = processCpuMs(node.pid()) - nodeCpuBefore;
    const double rawAfter = rawBlockRate(network, node.rpcUrl(), start + 1, head, batchSize);
    const double raw = std::max(rawBefore, rawAfter);

    int credited = 0;
    for (const CheckoutSession &session : paidSessions) {
        const auto now = backend->store().sessions().byId(session.id);
        credited += now && now->amountReceived == session.amountDue ? 1 : 0;
    }
    std::printf("catch-up: %lld blocks with %d watched addresses: %.0f blocks/s; the node's raw "
                "eth_getBlockByNumber rate (batches of %d full blocks, bytes only): %.0f blocks/s (before "
                "%.0f, after "
                "%.0f); ratio %.2f (target 0.8)\n",
                static_cast<long long>(head - start), addresses, ours, batchSize, raw, rawBefore, rawAfter,
                raw > 0 ? ours / raw : 0.0);
    std::printf("catch-up: %d of %d paid sessions credited with exactly their amount\n", credited, paid);
    std::printf(
        "catch-up: CPU per block: ours %.0f us (the bare client's %.0f us), the node's %.0f us (%ld cores "
        "here)\n",
        ownCpu * 1000.0 / static_cast<double>(head - start),
        rawCpu * 1000.0 / static_cast<double>(head - start),
        nodeCpu * 1000.0 / static_cast<double>(head - start), sysconf(_SC_NPROCESSORS_ONLN));

    // One reconciliation of every unsettled deposit address (batched eth_getBalance).
    watcher.setReconcileIntervalMs(0);
    QElapsedTimer reconciling;
    bool reconciled = false;
    QObject::connect(&watcher, &ChainWatcher::caughtUp, &watcher, [&] { reconciled = true; });
    reconciling.start();
    watcher.poll();
    waitFor([&] { return reconciled; }, 120000);
    std::printf("reconciliation: the balances of %d unsettled addresses read and compared in %.2f s\n",
                addresses - credited, reconciling.elapsed() / 1000.0);
    watcher.stop();
    return 0;
}
