#include "GuardedTcpServer.h"
#include "RateLimiter.h"
#include "UrlRedaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The public limiter's buckets, who counts as the client behind a proxy, and how URLs are shown.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefill()
    {
        RateLimiter limiter(3, 1000);
        const QHostAddress client(u"203.0.113.5"_s);
        int retryAfter = 0;
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.allow(client, 0, &retryAfter));
        QVERIFY(!limiter.allow(client, 0, &retryAfter));
        QCOMPARE(retryAfter, 1);
        QVERIFY(limiter.allow(QHostAddress(u"203.0.113.6"_s), 0, &retryAfter)); // another client
        QVERIFY(limiter.allow(client, 1000, &retryAfter));                      // one token back
    }

    // A flood of distinct addresses never grows the table past two generations, and a client seen in the
    // previous generation keeps its (empty) bucket.
    void tableIsBounded()
    {
        RateLimiter limiter(1, 60'000);
        const QHostAddress busy(u"198.51.100.1"_s);
        int retryAfter = 0;
        QVERIFY(limiter.allow(busy, 0, &retryAfter));
        for (quint32 i = 0; i < 3 * RateLimiter::kGenerationSize; ++i) {
            limiter.allow(QHostAddress(0x0A000000u + i), 0, &retryAfter);
            QVERIFY(limiter.trackedClients() <= 2 * RateLimiter::kGenerationSize);
            if (i == RateLimiter::kGenerationSize / 2) // still remembered: no fresh bucket
                QVERIFY(!limiter.allow(busy, 0, &retryAfter));
        }
    }

    // Tokens come back in fractions of the interval; Retry-After is the wait for the next whole one, rounded
    // up to a second and never 0.
    void partialRefillAndRetryAfter()
    {
        RateLimiter limiter(1, 8000);
        const QHostAddress client(u"203.0.113.7"_s);
        int retryAfter = 0;
        QVERIFY(limiter.allow(client, 0, &retryAfter));
        QVERIFY(!limiter.allow(client, 0, &retryAfter));
        QCOMPARE(retryAfter, 8);
        QVERIFY(!limiter.allow(client, 2000, &retryAfter)); // a quarter of a token is not a request
        QCOMPARE(retryAfter, 6);
        QVERIFY(!limiter.allow(client, 7500, &retryAfter)); // 500 ms to go: still a whole second
        QCOMPARE(retryAfter, 1);
        QVERIFY(limiter.allow(client, 8000, &retryAfter)); // the denied attempts cost nothing
        QVERIFY(!limiter.allow(client, 8000, &retryAfter));
        QCOMPARE(retryAfter, 8);
    }

    // However long a client was away, it comes back to one burst, not to everything it did not use.
    void idleRefillIsCappedAtBurst()
    {
        RateLimiter limiter(2, 1000);
        const QHostAddress client(u"203.0.113.8"_s);
        int retryAfter = 0;
        QVERIFY(limiter.allow(client, 0, &retryAfter));
        QVERIFY(limiter.allow(client, 0, &retryAfter));
        QVERIFY(!limiter.allow(client, 0, &retryAfter));
        const qint64 anHourLater = 3'600'000;
        QVERIFY(limiter.allow(client, anHourLater, &retryAfter));
        QVERIFY(limiter.allow(client, anHourLater, &retryAfter));
        QVERIFY(!limiter.allow(client, anHourLater, &retryAfter));
        QCOMPARE(retryAfter, 1);
    }

    // One client's requests never spend another's tokens, for IPv4 and IPv6 alike.
    void clientsAreIndependent()
    {
        RateLimiter limiter(2, 60'000);
        const QHostAddress first(u"203.0.113.9"_s);
        const QHostAddress second(u"2001:db8::9"_s);
        const QHostAddress third(u"2001:db8::10"_s);
        int retryAfter = 0;
        QVERIFY(limiter.allow(first, 0, &retryAfter));
        QVERIFY(limiter.allow(first, 0, &retryAfter));
        QVERIFY(!limiter.allow(first, 0, &retryAfter));
        QCOMPARE(limiter.trackedClients(), 1);
        QVERIFY(limiter.allow(second, 0, &retryAfter));
        QVERIFY(limiter.allow(second, 0, &retryAfter));
        QVERIFY(!limiter.allow(second, 0, &retryAfter));
        QVERIFY(limiter.allow(third, 0, &retryAfter));
        QVERIFY(!limiter.allow(first, 0, &retryAfter)); // the others' requests gave it nothing back
        QCOMPARE(limiter.trackedClients(), 3);
        // The same address written differently is the same client.
        QVERIFY(!limiter.allow(QHostAddress(u"2001:0db8:0000::0009"_s), 0, &retryAfter));
        QCOMPARE(limiter.trackedClients(), 3);
    }

    void retryAfterIsOptional()
    {
        RateLimiter limiter(1, 1000);
        const QHostAddress client(u"203.0.113.10"_s);
        QVERIFY(limiter.allow(client, 0, nullptr));
        QVERIFY(!limiter.allow(client, 0, nullptr));
        int untouched = 42;
        QVERIFY(limiter.allow(client, 1000, &untouched));
        QCOMPARE(untouched, 42); // only a refusal writes it
    }

    // A clock that steps back gives no tokens and takes none: the wait stays one interval, not more.
    void clockGoingBackwards()
    {
        RateLimiter limiter(1, 1000);
        const QHostAddress client(u"203.0.113.11"_s);
        int retryAfter = 0;
        QVERIFY(limiter.allow(client, 5000, &retryAfter));
        QVERIFY(!limiter.allow(client, 1000, &retryAfter));
        QCOMPARE(retryAfter, 1);
    }

    // A client unseen while two generations of others filled the table is forgotten and starts with a full
    // bucket; one that keeps coming back is carried into each new generation and stays limited.
    void evictionForgetsOnlyTheAbsent()
    {
        constexpr qsizetype G = RateLimiter::kGenerationSize;
        RateLimiter limiter(1, 60'000);
        const QHostAddress busy(u"198.51.100.2"_s);
        quint32 next = 0x0B000000u;
        auto flood = [&](qsizetype count) {
            int ignored = 0;
            for (qsizetype i = 0; i < count; ++i)
                QVERIFY(limiter.allow(QHostAddress(next++), 0, &ignored)); // each a first request
        };
        int retryAfter = 0;
        QVERIFY(limiter.allow(busy, 0, &retryAfter));

        flood(G);                                      // busy now only in the previous generation
        QVERIFY(!limiter.allow(busy, 0, &retryAfter)); // remembered, and carried into the current one
        flood(G); // another turnover: busy survives it because it came back
        QVERIFY(!limiter.allow(busy, 0, &retryAfter));
        QVERIFY(limiter.trackedClients() <= 2 * G);

        flood(2 * G); // two turnovers without busy
        QVERIFY(limiter.trackedClients() <= 2 * G);
        QVERIFY(limiter.allow(busy, 0, &retryAfter)); // forgotten: a full bucket
        QVERIFY(!limiter.allow(busy, 0, &retryAfter));
    }

    void clientBehindTrustedProxies()
    {
        ConnectionLimits limits;
        limits.trustedProxies = {QHostAddress::parseSubnet(u"127.0.0.1/32"_s),
                                 QHostAddress::parseSubnet(u"10.0.0.0/8"_s)};
        GuardedTcpServer server(limits);
        const QHostAddress proxy(u"127.0.0.1"_s);
        const QHostAddress stranger(u"192.0.2.9"_s);
        QCOMPARE(server.clientAddress(stranger, "203.0.113.5", {}), stranger); // not a proxy of ours
        QCOMPARE(server.clientAddress(proxy, "203.0.113.5", {}), QHostAddress(u"203.0.113.5"_s));
        // A client cannot hide behind an address it writes itself: the nearest untrusted hop counts.
        QCOMPARE(server.clientAddress(proxy, "1.2.3.4, 203.0.113.5, 10.1.1.1", {}),
                 QHostAddress(u"203.0.113.5"_s));
        QCOMPARE(server.clientAddress(proxy, {}, "for=192.0.2.60;proto=http, for=\"[2001:db8::1]:4711\""),
                 QHostAddress(u"2001:db8::1"_s));
        QCOMPARE(server.clientAddress(proxy, "unknown", {}), proxy);
        QCOMPARE(server.clientAddress(proxy, {}, {}), proxy);
    }

    void urlsAreRedacted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("alchemy") << u"https://eth-mainnet.g.alchemy.com/v2/AbCdEf1234567890XyZ"_s
                                 << u"https://eth-mainnet.g.alchemy.com/v2/***"_s;
        QTest::newRow("infura") << u"wss://mainnet.infura.io/ws/v3/0123456789abcdef0123456789abcdef"_s
                                << u"wss://mainnet.infura.io/ws/v3/***"_s;
        QTest::newRow("userinfo") << u"https://user:secret@rpc.example.com/"_s
                                  << u"https://***@rpc.example.com/"_s;
        QTest::newRow("query") << u"https://rpc.example.com/?apikey=s3cret&chain=1"_s
                               << u"https://rpc.example.com/?apikey=***&chain=***"_s;
        QTest::newRow("plain") << u"http://127.0.0.1:8545"_s << u"http://127.0.0.1:8545"_s;
        QTest::newRow("words stay") << u"https://polygon-rpc.com/mainnet-archive"_s
                                    << u"https://polygon-rpc.com/mainnet-archive"_s;
    }
    void urlsAreRedacted()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(redactedUrl(QUrl(url)), shown);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
