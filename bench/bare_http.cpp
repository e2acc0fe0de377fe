// Baselines for the GET benchmark, a bare QHttpServer with two routes:
//   GET /api/v1/checkout_sessions/{id}   the very bytes of a real session's answer, read once from
//   BYTES_FILE:
//                                        what the framework costs when nothing is built;
//   GET /api/v1/built_per_request/{id}   a JSON object of the size and shape of a checkout session (~1 KB),
//                                        built and serialised per request.
// Both paths are as long as ours, and the benchmark sends them the very request it sends us (Authorization
// header included, which these routes ignore): the framework reads and parses the same bytes, so the
// difference is our work alone.
// Usage: bench_bare_http PORT [BYTES_FILE] (0 picks a free port); prints "listening on
// http://127.0.0.1:PORT" on stderr and runs until killed.
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QJsonObject sessionLike(const QString &id)
{
    const QString stamp = u"2026-11-23T19:12:26.123Z"_s;
    return {
        {u"id"_s, id},
        {u"object"_s, u"checkout_session"_s},
        {u"linkId"_s, QJsonValue::Null},
        {u"status"_s, u"pending"_s},
        {u"address"_s, u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s},
        {u"amount"_s, QJsonObject{{u"wei"_s, u"4113333333333333"_s}, {u"eth"_s, u"0.004113333333333333"_s}}},
        {u"fiat"_s, QJsonObject{{u"amount"_s, u"12.34"_s}, {u"currency"_s, u"USD"_s}}},
        {u"ethPriceUsd"_s, u"3000"_s},
        {u"expiresAt"_s, stamp},
        {u"paidAt"_s, QJsonValue::Null},
        {u"txHash"_s, QJsonValue::Null},
        {u"chainId"_s, 31337},
        {u"metadata"_s, QJsonObject{{u"orderId"_s, u"123"_s}}},
        {u"successUrl"_s, u"https://example.com/ok"_s},
        {u"cancelUrl"_s, QJsonValue::Null},
        {u"returnUrl"_s, QJsonValue::Null},
        {u"customerEmail"_s, QJsonValue::Null},
        {u"livemode"_s, false},
        {u"checkoutUrl"_s, u"http://127.0.0.1:8420/checkout/"_s + id},
        {u"createdAt"_s, stamp},
        {u"updatedAt"_s, stamp},
        {u"amountReceived"_s, QJsonObject{{u"wei"_s, u"0"_s}, {u"eth"_s, u"0"_s}}},
        {u"payments"_s, QJsonArray{}},
        {u"exchangeRate"_s, QJsonObject{{u"pair"_s, u"ETH-USD"_s},
                                        {u"rate"_s, u"3000"_s},
                                        {u"source"_s, u"fixed"_s},
                                        {u"fetchedAt"_s, stamp}}},
        {u"confirmations"_s, QJsonObject{{u"required"_s, 1}, {u"current"_s, 0}}},
        {u"needsAttention"_s, false},
        {u"description"_s, u"A padding string so that the object is about as large as a real checkout "
                           "session with its URLs, amounts, rate and timestamps once serialised: "
                           "roughly one kilobyte of JSON in total."_s},
    };
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    const uint port = argc >= 2 && argc <= 3 ? QString::fromLocal8Bit(argv[1]).toUInt(&ok) : 0;
    if (!ok || port > 65535) {
        std::fprintf(stderr, "usage: bench_bare_http PORT [BYTES_FILE] (0 picks a free port)\n");
        return 2;
    }
    QByteArray bytes = "{}";
    if (argc == 3) {
        QFile file(QString::fromLocal8Bit(argv[2]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_bare_http: cannot read %s\n", argv[2]);
            return 1;
        }
        bytes = file.readAll();
    }

    QHttpServer server;
    server.route(u"/api/v1/built_per_request/<arg>"_s, QHttpServerRequest::Method::Get,
                 [](const QString &id) { return QHttpServerResponse(sessionLike(id)); });
    server.route(u"/api/v1/checkout_sessions/<arg>"_s, QHttpServerRequest::Method::Get,
                 [bytes](const QString &) {
                     return QHttpServerResponse(QByteArrayLiteral("application/json"), bytes);
                 });
    const quint16 bound = server.listen(QHostAddress::LocalHost, static_cast<quint16>(port));
    if (bound == 0) {
        std::fprintf(stderr, "bench_bare_http: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::fprintf(stderr, "listening on http://127.0.0.1:%u\n", static_cast<unsigned>(bound));
    std::fflush(stderr);
    return QCoreApplication::exec();
}
