#include "WebhookSignature.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kBody = "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\"}";
constexpr qint64 kTimestamp = 1700000000;
// Computed outside the program:
//   printf '%s' '1700000000.<kBody>' | openssl dgst -sha256 -hmac 'whsec_test_secret'
const QByteArray kOldSecretSignature = "a13d4b1f9003bc2fb6c06224e878b6056185eaa50d40e1e7dc05517f8af41d7b";
//   printf '%s' '1700000000.<kBody>' | openssl dgst -sha256 -hmac 'whsec_new_secret'
const QByteArray kNewSecretSignature = "2b20d98e63c6d0d058929c664ab67e47acf7b7b2ff756b6925b32fe0b3449145";
//   printf '%s' '0.' | openssl dgst -sha256 -hmac 'k'
const QByteArray kEmptyBodySignature = "6b4a4b8b3c40f1e8f53a3d36682e5f99f7ad2ac1df1c93dfe336f329167641e7";
} // namespace

// The Crypto-Checkout-Signature header: HMAC-SHA256 over "<t>.<body>", one v1 per active secret, verified
// as a receiver would within a tolerance of its clock.
class TestWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors()
    {
        QCOMPARE(webhooksignature::sign("whsec_test_secret", kTimestamp, kBody), kOldSecretSignature);
        QCOMPARE(webhooksignature::sign("whsec_new_secret", kTimestamp, kBody), kNewSecretSignature);
        QCOMPARE(webhooksignature::sign("k", 0, {}), kEmptyBodySignature);
    }

    void headerFormat()
    {
        QCOMPARE(webhooksignature::header({u"whsec_test_secret"_s}, kTimestamp, kBody),
                 "t=1700000000,v1=" + kOldSecretSignature);
        // While a secret is rolled, one v1 per secret, in the order given.
        QCOMPARE(webhooksignature::header({u"whsec_test_secret"_s, u"whsec_new_secret"_s}, kTimestamp, kBody),
                 "t=1700000000,v1=" + kOldSecretSignature + ",v1=" + kNewSecretSignature);
        QCOMPARE(webhooksignature::header({}, kTimestamp, kBody), QByteArray("t=1700000000"));
    }

    void roundTrip()
    {
        const QByteArray secret = "whsec_round_trip";
        const QByteArray header = webhooksignature::header({QString::fromLatin1(secret)}, kTimestamp, kBody);
        QVERIFY(webhooksignature::verify(header, secret, kBody, kTimestamp));
        // A receiver that parses loosely still verifies: spaces around the parts are allowed.
        QVERIFY(webhooksignature::verify("t=1700000000, v1=" + kOldSecretSignature, "whsec_test_secret",
                                         kBody, kTimestamp));
        // The parts may come in any order, and unknown schemes are ignored.
        QVERIFY(webhooksignature::verify("v0=abc,v1=" + kOldSecretSignature + ",t=1700000000",
                                         "whsec_test_secret", kBody, kTimestamp));
    }

    void tamperedBodyFails()
    {
        const QByteArray header = webhooksignature::header({u"whsec_test_secret"_s}, kTimestamp, kBody);
        QByteArray tampered = kBody;
        tampered.replace("completed", "expired");
        QVERIFY(!webhooksignature::verify(header, "whsec_test_secret", tampered, kTimestamp));
        QVERIFY(!webhooksignature::verify(header, "whsec_test_secret", kBody + ' ', kTimestamp));
        QVERIFY(!webhooksignature::verify(header, "whsec_test_secret", {}, kTimestamp));
    }

    void tamperedTimestampFails()
    {
        // The timestamp is signed: moving it (to replay an old event as new) breaks the signature.
        const QByteArray moved = "t=1700000001,v1=" + kOldSecretSignature;
        QVERIFY(!webhooksignature::verify(moved, "whsec_test_secret", kBody, kTimestamp));
    }

    void tamperedSignatureFails()
    {
        QByteArray flipped = kOldSecretSignature;
        flipped[10] = flipped[10] == 'a' ? 'b' : 'a';
        QVERIFY(
            !webhooksignature::verify("t=1700000000,v1=" + flipped, "whsec_test_secret", kBody, kTimestamp));
        // A prefix of the right signature, or one with more after it, is not the signature.
        QVERIFY(!webhooksignature::verify("t=1700000000,v1=" + kOldSecretSignature.left(63),
                                          "whsec_test_secret", kBody, kTimestamp));
        QVERIFY(!webhooksignature::verify("t=1700000000,v1=" + kOldSecretSignature + "00",
                                          "whsec_test_secret", kBody, kTimestamp));
        // Hex is compared as written: the signature is lower case.
        QVERIFY(!webhooksignature::verify("t=1700000000,v1=" + kOldSecretSignature.toUpper(),
                                          "whsec_test_secret", kBody, kTimestamp));
        QVERIFY(!webhooksignature::verify("t=1700000000,v1=", "whsec_test_secret", kBody, kTimestamp));
    }

    void wrongSecretFails()
    {
        const QByteArray header = webhooksignature::header({u"whsec_test_secret"_s}, kTimestamp, kBody);
        QVERIFY(!webhooksignature::verify(header, "whsec_other_secret", kBody, kTimestamp));
        QVERIFY(!webhooksignature::verify(header, "whsec_test_secre", kBody, kTimestamp));
        QVERIFY(!webhooksignature::verify(header, {}, kBody, kTimestamp));
    }

    // During a roll both the old and the new secret verify the same header; a third does not.
    void rolledSecretsBothVerify()
    {
        const QByteArray header =
            webhooksignature::header({u"whsec_test_secret"_s, u"whsec_new_secret"_s}, kTimestamp, kBody);
        QVERIFY(webhooksignature::verify(header, "whsec_test_secret", kBody, kTimestamp));
        QVERIFY(webhooksignature::verify(header, "whsec_new_secret", kBody, kTimestamp));
        QVERIFY(!webhooksignature::verify(header, "whsec_third_secret", kBody, kTimestamp));
        // Either signature alone is enough for its own secret, wherever it stands.
        QVERIFY(
            webhooksignature::verify("t=1700000000,v1=" + kNewSecretSignature + ",v1=" + kOldSecretSignature,
                                     "whsec_new_secret", kBody, kTimestamp));
    }

    void toleranceWindow_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("tolerance");
        QTest::addColumn<bool>("valid");
        QTest::newRow("same second") << kTimestamp << webhooksignature::kToleranceSeconds << true;
        QTest::newRow("299 s late") << kTimestamp + 299 << webhooksignature::kToleranceSeconds << true;
        QTest::newRow("300 s late") << kTimestamp + 300 << webhooksignature::kToleranceSeconds << true;
        QTest::newRow("301 s late") << kTimestamp + 301 << webhooksignature::kToleranceSeconds << false;
        QTest::newRow("a day late") << kTimestamp + 86400 << webhooksignature::kToleranceSeconds << false;
        // A receiver whose clock is behind: the window is symmetric.
        QTest::newRow("300 s early") << kTimestamp - 300 << webhooksignature::kToleranceSeconds << true;
        QTest::newRow("301 s early") << kTimestamp - 301 << webhooksignature::kToleranceSeconds << false;
        QTest::newRow("own tolerance, inside") << kTimestamp + 10 << qint64(10) << true;
        QTest::newRow("own tolerance, outside") << kTimestamp + 11 << qint64(10) << false;
        QTest::newRow("zero tolerance") << kTimestamp + 1 << qint64(0) << false;
    }
    void toleranceWindow()
    {
        QFETCH(qint64, now);
        QFETCH(qint64, tolerance);
        QFETCH(bool, valid);
        QCOMPARE(webhooksignature::kToleranceSeconds, qint64(300));
        const QByteArray header = webhooksignature::header({u"whsec_test_secret"_s}, kTimestamp, kBody);
        QCOMPARE(webhooksignature::verify(header, "whsec_test_secret", kBody, now, tolerance), valid);
    }

    void malformedHeadersFail_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no timestamp") << "v1=" + kOldSecretSignature;
        QTest::newRow("timestamp not a number") << "t=soon,v1=" + kOldSecretSignature;
        QTest::newRow("empty timestamp") << "t=,v1=" + kOldSecretSignature;
        QTest::newRow("negative timestamp") << "t=-1700000000,v1=" + kOldSecretSignature;
        QTest::newRow("no signature") << QByteArray("t=1700000000");
        QTest::newRow("other scheme only") << "t=1700000000,v0=" + kOldSecretSignature;
        QTest::newRow("upper-case key") << "T=1700000000,V1=" + kOldSecretSignature;
    }
    void malformedHeadersFail()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!webhooksignature::verify(header, "whsec_test_secret", kBody, kTimestamp));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"
