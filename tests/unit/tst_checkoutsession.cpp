#include "CheckoutSession.h"
#include "Ids.h"
#include "Time.h"
#include "WireJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestCheckoutSession : public QObject
{
    Q_OBJECT

    static CheckoutSession sample()
    {
        CheckoutSession s;
        s.id = u"cs_abc"_s;
        s.address = u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s;
        s.amountDue = *UInt256::fromDecimal("33000000000000000");
        s.fiat = FiatAmount{9900, u"USD"_s};
        s.nativePriceUsd = u"3000"_s;
        s.rate = *parseExchangeRate(u"ETH"_s, u"USD"_s, u"3000.00"_s);
        s.rateSource = u"fixed"_s;
        s.chainId = 31337;
        s.expiresAtMs = 1'790'001'800'000;
        s.createdAtMs = 1'790'000'000'000;
        s.updatedAtMs = 1'790'000'000'123;
        s.checkoutUrl = u"http://127.0.0.1:8420/checkout/cs_abc"_s;
        return s;
    }

    static Payment samplePayment()
    {
        Payment payment;
        payment.txHash = u"0xfeed"_s;
        payment.blockNumber = 10;
        payment.blockHash = u"0xb10"_s;
        payment.blockTimestampMs = 1'790'000'000'000;
        payment.amount = *UInt256::fromDecimal("33000000000000000");
        return payment;
    }

private Q_SLOTS:
    // Object ids: the prefix, 24 base62 characters, never repeated; the random part uses every character.
    void objectIdsAreRandomBase62()
    {
        const QRegularExpression shape(u"^cs_[0-9A-Za-z]{24}$"_s);
        QSet<QString> seen;
        QSet<QChar> characters;
        for (int i = 0; i < 2000; ++i) {
            const QString id = newObjectId(u"cs");
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
            for (const QChar c : QStringView(id).mid(3 + kIdTimeChars))
                characters.insert(c);
        }
        QCOMPARE(seen.size(), 2000);
        QCOMPARE(characters.size(), 62);
        QCOMPARE(randomToken(100).size(), 100);
    }

    // A forked child never hands out the random bytes its parent holds: the two draw different tokens.
    void aForkedChildDrawsItsOwnRandomBytes()
    {
        QCOMPARE(randomToken(8).size(), 8); // the parent's buffer is filled
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const QByteArray token = randomToken(32).toLatin1();
            const bool written = ::write(fds[1], token.constData(), static_cast<size_t>(token.size())) == 32;
            ::_exit(written ? 0 : 1);
        }
        ::close(fds[1]);
        char buffer[32];
        qsizetype got = 0;
        while (got < 32) {
            const ssize_t n = ::read(fds[0], buffer + got, static_cast<size_t>(32 - got));
            if (n <= 0)
                break;
            got += n;
        }
        ::close(fds[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QCOMPARE(got, 32);
        QVERIFY(QByteArray(buffer, 32) != randomToken(32).toLatin1());
    }

    // Ids sort as text by the time they were made (those of one millisecond in any order), and begin with
    // that time: a later id is greater, and the first 8 characters read back as the clock's milliseconds.
    void objectIdsAreOrderedByTime()
    {
        auto timeOf = [](const QString &id) {
            qint64 ms = 0;
            for (const QChar c : QStringView(id).mid(3, kIdTimeChars)) {
                const char d = c.toLatin1();
                ms = ms * 62 + (d <= '9' ? d - '0' : d <= 'Z' ? d - 'A' + 10 : d - 'a' + 36);
            }
            return ms;
        };
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QString previous = newObjectId(u"cs");
        QVERIFY(timeOf(previous) >= before && timeOf(previous) <= QDateTime::currentMSecsSinceEpoch());
        for (int i = 0; i < 20; ++i) {
            QTest::qSleep(2);
            const QString next = newObjectId(u"cs");
            QVERIFY2(next > previous, qPrintable(previous + u" then "_s + next));
            QVERIFY(timeOf(next) > timeOf(previous));
            previous = next;
        }
    }

    // Every field of the session description, with its JSON type.
    void seedFieldsAndTypes()
    {
        const QJsonObject json = sessionToJson(sample());
        const QMap<QString, QJsonValue::Type> types{
            {u"id"_s, QJsonValue::String},          {u"object"_s, QJsonValue::String},
            {u"linkId"_s, QJsonValue::Null},        {u"status"_s, QJsonValue::String},
            {u"address"_s, QJsonValue::String},     {u"amount"_s, QJsonValue::Object},
            {u"fiat"_s, QJsonValue::Object},        {u"ethPriceUsd"_s, QJsonValue::String},
            {u"expiresAt"_s, QJsonValue::String},   {u"paidAt"_s, QJsonValue::Null},
            {u"txHash"_s, QJsonValue::Null},        {u"chainId"_s, QJsonValue::Double},
            {u"metadata"_s, QJsonValue::Null},      {u"successUrl"_s, QJsonValue::Null},
            {u"cancelUrl"_s, QJsonValue::Null},     {u"returnUrl"_s, QJsonValue::Null},
            {u"customerEmail"_s, QJsonValue::Null}, {u"livemode"_s, QJsonValue::Bool},
            {u"checkoutUrl"_s, QJsonValue::String}, {u"createdAt"_s, QJsonValue::String},
            {u"updatedAt"_s, QJsonValue::String},
        };
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            QVERIFY2(json.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(json[it.key()].type(), it.value());
        }
        QCOMPARE(json[u"object"_s].toString(), u"checkout_session"_s);
        QCOMPARE(json[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(json[u"amount"_s].toObject(),
                 (QJsonObject{{u"wei"_s, u"33000000000000000"_s}, {u"eth"_s, u"0.033"_s}}));
        QCOMPARE(json[u"fiat"_s].toObject(),
                 (QJsonObject{{u"amount"_s, u"99.00"_s}, {u"currency"_s, u"USD"_s}}));
        QCOMPARE(json[u"chainId"_s].toInteger(), 31337);
        QCOMPARE(json[u"livemode"_s].toBool(), false);
        QCOMPARE(json[u"amountReceived"_s].toObject()[u"wei"_s].toString(), u"0"_s);
        QCOMPARE(json[u"payments"_s].toArray().size(), 0);
    }

    void nullableFieldsWhenSet()
    {
        CheckoutSession s = sample();
        s.linkId = u"plink_1"_s;
        s.paidAtMs = 1'790'000'100'000;
        s.txHash = u"0xabc"_s;
        s.hasMetadata = true;
        s.metadata = QJsonObject{{u"orderId"_s, u"123"_s}};
        s.successUrl = u"https://example.com/ok"_s;
        s.customerEmail = u"a@example.com"_s;
        s.livemode = true;
        const QJsonObject json = sessionToJson(s);
        QCOMPARE(json[u"linkId"_s].toString(), u"plink_1"_s);
        QCOMPARE(json[u"paidAt"_s].type(), QJsonValue::String);
        QCOMPARE(json[u"txHash"_s].toString(), u"0xabc"_s);
        QCOMPARE(json[u"metadata"_s].toObject()[u"orderId"_s].toString(), u"123"_s);
        QCOMPARE(json[u"successUrl"_s].toString(), u"https://example.com/ok"_s);
        QCOMPARE(json[u"customerEmail"_s].toString(), u"a@example.com"_s);
        QCOMPARE(json[u"livemode"_s].toBool(), true);
    }

    void timestamps()
    {
        const QJsonObject json = sessionToJson(sample());
        const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
        for (const char *field : {"expiresAt", "createdAt", "updatedAt"})
            QVERIFY2(iso.match(json[QLatin1StringView(field)].toString()).hasMatch(), field);
        QCOMPARE(json[u"updatedAt"_s].toString(), u"2026-09-21T14:13:20.123Z"_s);
        QCOMPARE(parseIsoTimestamp(u"2026-09-21T14:13:20.123Z"_s), 1'790'000'000'123);
        QCOMPARE(parseIsoTimestamp(u"2026-09-21T16:13:20.123+02:00"_s), 1'790'000'000'123);
        QVERIFY(!parseIsoTimestamp(u"yesterday"_s));
        QVERIFY(!parseIsoTimestamp(u"2026-09-21T14:13:20"_s)); // no zone: ambiguous
    }

    void paymentsInJson()
    {
        const Payment payment = samplePayment();
        const QJsonObject json = sessionToJson(sample(), {payment}, 12);
        const QJsonObject first = json[u"payments"_s].toArray()[0].toObject();
        QCOMPARE(first[u"confirmations"_s].toInt(), 3);
        QCOMPARE(first[u"amount"_s].toObject()[u"eth"_s].toString(), u"0.033"_s);
        QCOMPARE(first[u"txHash"_s].toString(), u"0xfeed"_s);
    }

    // sessionWireJson writes what QJsonDocument(sessionToJson(…)).toJson(Compact) writes, byte for byte:
    // native and token sessions, every nullable field null and set, payments, refunds, nested metadata with
    // numbers, and strings with every kind of character (escapes, control characters, UTF-8 of 2, 3 and 4
    // bytes, lone surrogates), then thousands of random strings of UTF-16 code units.
    void wireBytesAreQJsonDocumentsBytes()
    {
        auto same = [](const CheckoutSession &session, const QList<Payment> &payments = {}, qint64 head = 0,
                       const QList<Refund> &refunds = {}) {
            const QByteArray expected =
                QJsonDocument(sessionToJson(session, payments, head, refunds)).toJson(QJsonDocument::Compact);
            const QByteArray written = sessionWireJson(session, payments, head, refunds);
            if (written != expected)
                qWarning("expected %s\n     got %s", expected.constData(), written.constData());
            return written == expected;
        };
        QVERIFY(same(sample()));

        CheckoutSession full = sample();
        full.linkId = u"plink_1"_s;
        full.status = SessionStatus::Paid;
        full.paidAtMs = 1'790'000'100'000;
        full.txHash = u"0xfeed"_s;
        full.hasMetadata = true;
        full.metadata = QJsonObject{{u"orderId"_s, u"A-1"_s},
                                    {u"n"_s, 1.5},
                                    {u"big"_s, 12345678901234.0},
                                    {u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, u"x"_s, true}}}},
                                    {u"none"_s, QJsonValue::Null}};
        full.description = u"Tea \"green\" \\ 1/2\b\f\n\r\t\x01\x1f\x7f é 中 😀"_s;
        full.successUrl = u"https://shop.example/ok?a=1&b=<2>"_s;
        full.cancelUrl = u"https://shop.example/cancel"_s;
        full.returnUrl = u"https://shop.example/back"_s;
        full.customerEmail = u"a@b.example"_s;
        full.livemode = true;
        full.needsAttention = true;
        full.nativePriceUsdSource = u"coinbase"_s;
        full.nativePriceUsdFetchedAtMs = 1'790'000'000'500;
        full.amountReceived = *UInt256::fromDecimal("33000000000000001");
        full.chainId = 8453;
        QVERIFY(same(full));

        Payment payment = samplePayment();
        payment.fromAddress = u"0xabc"_s;
        payment.crossChecked = true;
        Refund refund;
        refund.id = u"re_1"_s;
        refund.sessionId = full.id;
        refund.chainId = full.chainId;
        refund.address = full.address;
        refund.amount = *UInt256::fromDecimal("1000");
        refund.fiat = FiatAmount{1, u"USD"_s};
        refund.reason = u"damaged"_s;
        refund.createdAtMs = 1'790'000'200'000;
        refund.updatedAtMs = 1'790'000'200'000;
        QVERIFY(same(full, {payment, payment}, 12, {refund}));

        CheckoutSession token = full;
        token.asset = SessionAsset{u"USDC"_s, u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s, 6};
        token.amountDue = *UInt256::fromDecimal("99000000");
        Payment tokenPayment = payment;
        tokenPayment.tokenContract = token.asset.contract.toLower();
        tokenPayment.assetSymbol = u"USDC"_s;
        tokenPayment.assetDecimals = 6;
        tokenPayment.logIndex = 3;
        tokenPayment.crossChecked = false;
        tokenPayment.crossCheckError = u"node 2 disagrees"_s;
        QVERIFY(same(token, {tokenPayment}, 40, {refund}));

        CheckoutSession odd = sample();
        for (const QString &text :
             {QString(QChar(0xd800)), QString(QChar(0xdfff)) + u"x"_s, QString(QChar(0xdbff)) + QChar(0xd800),
              QString(QChar(0x7ff)) + QChar(0x800) + QChar(0xffff) + QChar(0xfffe), QString(u""_s)}) {
            odd.description = text;
            QVERIFY2(same(odd), text.toUtf8().toHex().constData());
        }
        QRandomGenerator random(20261203);
        for (int i = 0; i < 5000; ++i) {
            QString text(random.bounded(1, 12), Qt::Uninitialized);
            for (QChar &c : text) {
                // Mostly the interesting ranges: controls and ASCII, 2- and 3-byte UTF-8, surrogates.
                static constexpr char16_t starts[] = {0x0, 0x20, 0x80, 0x800, 0xd800, 0xdc00, 0xe000};
                static constexpr char16_t spans[] = {0x20, 0x60, 0x780, 0x400, 0x400, 0x400, 0x2000};
                const int range = random.bounded(7);
                c = QChar(static_cast<char16_t>(starts[range] + random.bounded(spans[range])));
            }
            odd.description = text;
            odd.customerEmail = text + u"@x"_s;
            QVERIFY2(same(odd), text.toUtf8().toHex().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckoutSession)
#include "tst_checkoutsession.moc"
