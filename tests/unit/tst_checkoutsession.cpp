#include "CheckoutSession.h"
#include "Ids.h"
#include "Time.h"
#include "WireJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

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

private Q_SLOTS:
    // Object ids: the prefix, 24 base62 characters, never repeated, every character in use.
    void objectIdsAreRandomBase62()
    {
        const QRegularExpression shape(u"^cs_[0-9A-Za-z]{24}$"_s);
        QSet<QString> seen;
        QSet<QChar> characters;
        for (int i = 0; i < 2000; ++i) {
            const QString id = newObjectId(u"cs");
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
            for (const QChar c : QStringView(id).mid(3))
                characters.insert(c);
        }
        QCOMPARE(seen.size(), 2000);
        QCOMPARE(characters.size(), 62);
        QCOMPARE(randomToken(100).size(), 100);
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
        Payment payment;
        payment.txHash = u"0xfeed"_s;
        payment.blockNumber = 10;
        payment.blockHash = u"0xb10"_s;
        payment.blockTimestampMs = 1'790'000'000'000;
        payment.amount = *UInt256::fromDecimal("33000000000000000");
        const QJsonObject json = sessionToJson(sample(), {payment}, 12);
        const QJsonObject first = json[u"payments"_s].toArray()[0].toObject();
        QCOMPARE(first[u"confirmations"_s].toInt(), 3);
        QCOMPARE(first[u"amount"_s].toObject()[u"eth"_s].toString(), u"0.033"_s);
        QCOMPARE(first[u"txHash"_s].toString(), u"0xfeed"_s);
    }
};

QTEST_GUILESS_MAIN(TestCheckoutSession)
#include "tst_checkoutsession.moc"
