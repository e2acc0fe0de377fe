// Benchmark: webhook deliveries per second to a local receiver, and the time from an event being written
// to it being delivered (p50/p99), printed next to the receiver's own request rate under a plain load
// generator (wrk) measured in the same run.
// Usage: bench_webhooks <source dir> [events=10000]
#include "../BenchStats.h"
#include "Backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_webhooks SOURCE_DIR [events]\n");
        return 2;
    }
    const QString sourceDir = QString::fromLocal8Bit(argv[1]);
    const int events = argc > 2 ? std::atoi(argv[2]) : 10000;

    // The receiver: plain Node http answering 200 at once (the tests' receiver, without signature work).
    QProcess receiver;
    receiver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    receiver.start(u"node"_s,
                   {u"-e"_s,
                    u"const s=require('http').createServer((q,r)=>{q.resume();q.on('end',()=>r.end('ok'))});"
                    "s.listen(0,'127.0.0.1',()=>console.log(s.address().port))"_s});
    if (!receiver.waitForReadyRead(10000)) {
        std::fprintf(stderr, "cannot start the node receiver\n");
        return 1;
    }
    const int port = receiver.readAllStandardOutput().trimmed().toInt();
    const QString url = u"http://127.0.0.1:%1/hook"_s.arg(port);

    // Baseline: the receiver's own rate under wrk, with a body the size of an event.
    QTemporaryDir dir;
    QFile script(dir.filePath(u"post.lua"_s));
    script.open(QIODevice::WriteOnly);
    script.write("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = "
                 "string.rep(\"x\", 1800)\n");
    script.close();
    QProcess wrk;
    wrk.start(u"wrk"_s, {u"-t2"_s, u"-c16"_s, u"-d5s"_s, u"-s"_s, script.fileName(), url});
    wrk.waitForFinished(30000);
    const QString wrkOutput = QString::fromUtf8(wrk.readAllStandardOutput());
    const auto rate = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(wrkOutput);
    const double baseline = rate.hasMatch() ? rate.captured(1).toDouble() : 0;

    QFile config(dir.filePath(u"config.ini"_s));
    config.open(QIODevice::WriteOnly);
    config.write("[server]\nlisten=127.0.0.1:0\n[chain.31337]\nrpcUrl=http://127.0.0.1:9\n");
    config.close();
    auto loaded = AppConfig::load(dir.path());
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
        return 1;
    }
    SystemClock clock;
    Backend backend(*loaded, clock);
    backend.start();
    WebhookEndpointRequest endpoint;
    endpoint.url = url;
    endpoint.events = QStringList{u"session.created"_s};
    backend.webhooks().create(false, endpoint);

    SessionRequest request;
    request.hasAmount = true;
    request.amountValue = u"1.00"_s;
    request.amountCurrency = u"USD"_s;
    QSqlQuery query(backend.store().db().connection());
    // Counted from the dispatcher's signal (emitted once a result is written), not by polling the table:
    // a COUNT(*) every few milliseconds would take CPU from the dispatcher it measures.
    int delivered = 0;
    QObject::connect(backend.webhookDispatcher(), &WebhookDispatcher::attemptFinished, &app,
                     [&](const QString &, const QString &, bool ok) { delivered += ok ? 1 : 0; });
    auto waitForDelivered = [&](int target, QElapsedTimer &timer) {
        QEventLoop loop;
        QTimer poll;
        poll.start(50);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (timer.elapsed() > 300000)
                loop.quit();
        });
        auto done =
            QObject::connect(backend.webhookDispatcher(), &WebhookDispatcher::attemptFinished, &loop, [&] {
                if (delivered >= target)
                    loop.quit();
            });
        if (delivered < target)
            loop.exec();
        QObject::disconnect(done);
    };
    auto latencies = [&](qint64 sinceMs) {
        query.exec(u"SELECT d.delivered_at - e.created_at FROM webhook_deliveries d JOIN events e ON e.id = "
                   "d.event_id WHERE d.state = 'delivered' AND e.created_at >= %1"_s.arg(sinceMs));
        std::vector<double> values;
        while (query.next())
            values.push_back(query.value(0).toDouble());
        query.finish();
        return values;
    };

    // Throughput: a burst of events committed at once, drained by the dispatcher.
    QElapsedTimer burst;
    for (int done = 0; done < events; done += 100) {
        backend.store().transaction([&] {
            for (int i = done; i < std::min(events, done + 100); ++i)
                backend.checkout().createSession(request, false);
        });
    }
    // Some may have gone out while the burst was being written: only those after the clock starts count.
    QCoreApplication::processEvents(); // signals of deliveries made while the burst was written
    const int deliveredBefore = delivered;
    burst.start();
    QMetaObject::invokeMethod(backend.webhookDispatcher(), &WebhookDispatcher::wake, Qt::QueuedConnection);
    waitForDelivered(events, burst);
    const double burstSeconds = static_cast<double>(burst.nsecsElapsed()) / 1e9;
    const double deliveryRate = (delivered - deliveredBefore) / burstSeconds;

    // Latency: events at a steady 50 per second, each timed from written to delivered.
    const int paced = 500;
    const qint64 pacedFrom = clock.nowMs();
    QElapsedTimer steady;
    steady.start();
    for (int i = 0; i < paced; ++i) {
        backend.checkout().createSession(request, false);
        while (steady.elapsed() < (i + 1) * 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    waitForDelivered(events + paced, steady);
    const std::vector<double> steadyLatencies = latencies(pacedFrom);

    std::printf("webhooks: burst of %d events (%d left when the clock started) delivered in %.2f s: %.0f "
                "deliveries/s (4 connections to the "
                "endpoint)\n",
                events, events - deliveredBefore, burstSeconds, deliveryRate);
    std::printf("webhooks: %zu events at 50/s: event written -> delivered p50 %.0f ms, p99 %.0f ms\n",
                steadyLatencies.size(), percentile(steadyLatencies, 0.5), percentile(steadyLatencies, 0.99));
    std::printf("receiver alone under wrk (2 threads, 16 connections): %.0f requests/s; our burst rate is "
                "%.2f of it\n",
                baseline, baseline > 0 ? deliveryRate / baseline : 0.0);
    receiver.kill();
    receiver.waitForFinished();
    return 0;
}
