#include "SessionStateMachine.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Payment)

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kCreated = 1'790'000'000'000;
constexpr qint64 kExpires = kCreated + 30 * kMinute;
constexpr qint64 kGrace = 24 * 60 * kMinute;
const UInt256 kOneEth = UInt256::powerOfTen(18);

UInt256 milliEth(std::uint64_t value)
{
    return *UInt256::checkedMul(UInt256{value}, UInt256::powerOfTen(15));
}

CheckoutSession makeSession(SessionStatus status = SessionStatus::Pending)
{
    CheckoutSession session;
    session.id = u"cs_test"_s;
    session.status = status;
    session.amountDue = kOneEth;
    session.createdAtMs = kCreated;
    session.expiresAtMs = kExpires;
    return session;
}

Payment pay(const UInt256 &amount, qint64 block, qint64 timestampMs, const QString &tx = {})
{
    Payment payment;
    payment.amount = amount;
    payment.blockNumber = block;
    payment.blockTimestampMs = timestampMs;
    payment.txHash = tx.isEmpty() ? u"0x%1"_s.arg(block, 64, 16, QLatin1Char('0')) : tx;
    payment.blockHash = u"0xblock%1"_s.arg(block);
    return payment;
}

SessionPolicy policy(int confirmations = 3, int toleranceBasisPoints = 0)
{
    return SessionPolicy{confirmations, kGrace, toleranceBasisPoints};
}

// Applies an evaluation to the session, as the store would.
void apply(CheckoutSession &session, const SessionEvaluation &evaluation)
{
    session.status = evaluation.status;
    session.amountReceived = evaluation.amountReceived;
    session.paidAtMs = evaluation.paidAtMs;
    session.txHash = evaluation.txHash;
    session.needsAttention = evaluation.needsAttention;
}
} // namespace

class TestSessionStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Only payments in the session's asset count; anything else is kept for the operator and flags it.
    void paymentsInAnotherAssetDoNotCount()
    {
        CheckoutSession session = makeSession();
        session.asset = SessionAsset{u"USDC"_s, u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s, 6};
        session.amountDue = UInt256{30'000'000};
        Payment usdt = pay(UInt256{30'000'000}, 100, kCreated + kMinute);
        usdt.tokenContract = u"0xdac17f958d2ee523a2206206994597c13d831ec7"_s;
        Payment ether = pay(kOneEth, 101, kCreated + kMinute);
        auto result = evaluateSession(session, {usdt, ether}, 110, kCreated + 2 * kMinute, policy());
        QCOMPARE(result.status, SessionStatus::Pending);
        QCOMPARE(result.amountReceived, UInt256{});
        QVERIFY(result.needsAttention);
        QVERIFY(result.txHash.isEmpty());

        Payment usdc = pay(UInt256{30'000'000}, 102, kCreated + kMinute);
        usdc.tokenContract = u"0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"_s; // lower case, as logs give it
        result = evaluateSession(session, {usdt, ether, usdc}, 110, kCreated + 2 * kMinute, policy());
        QCOMPARE(result.status, SessionStatus::Paid);
        QCOMPARE(result.amountReceived, UInt256{30'000'000});
        QCOMPARE(result.txHash, usdc.txHash);
        QVERIFY(result.needsAttention);

        // A native session counts native payments only.
        const CheckoutSession native = makeSession();
        result = evaluateSession(native, {usdc, pay(kOneEth, 103, kCreated + kMinute)}, 110,
                                 kCreated + 2 * kMinute, policy());
        QCOMPARE(result.status, SessionStatus::Paid);
        QCOMPARE(result.amountReceived, kOneEth);
    }
    // One row per line of the status table: from, payments, head, now -> to.
    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<QList<Payment>>("payments");
        QTest::addColumn<qint64>("head");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("received");

        using S = SessionStatus;
        const qint64 early = kCreated + 5 * kMinute;
        const qint64 late = kExpires + 5 * kMinute;
        const qint64 afterGrace = kExpires + kGrace + kMinute;

        QTest::newRow("pending, nothing")
            << int(S::Pending) << QList<Payment>{} << 100LL << early << int(S::Pending) << u"0"_s;
        QTest::newRow("pending -> detected")
            << int(S::Pending) << QList<Payment>{pay(kOneEth, 100, early)} << 100LL << early
            << int(S::Detected) << u"1000000000000000000"_s;
        QTest::newRow("pending -> underpaid")
            << int(S::Pending) << QList<Payment>{pay(milliEth(500), 100, early)} << 100LL << early
            << int(S::Underpaid) << u"500000000000000000"_s;
        QTest::newRow("underpaid top-up still short")
            << int(S::Underpaid)
            << QList<Payment>{pay(milliEth(500), 100, early), pay(milliEth(200), 101, early)} << 101LL
            << early << int(S::Underpaid) << u"700000000000000000"_s;
        QTest::newRow("underpaid -> detected by top-up")
            << int(S::Underpaid)
            << QList<Payment>{pay(milliEth(500), 100, early), pay(milliEth(500), 101, early)} << 101LL
            << early << int(S::Detected) << u"1000000000000000000"_s;
        QTest::newRow("pending -> overpaid")
            << int(S::Pending) << QList<Payment>{pay(milliEth(1500), 100, early)} << 100LL << early
            << int(S::Overpaid) << u"1500000000000000000"_s;
        QTest::newRow("underpaid -> overpaid")
            << int(S::Underpaid)
            << QList<Payment>{pay(milliEth(500), 100, early), pay(milliEth(700), 101, early)} << 101LL
            << early << int(S::Overpaid) << u"1200000000000000000"_s;
        QTest::newRow("detected -> overpaid")
            << int(S::Detected) << QList<Payment>{pay(kOneEth, 100, early), pay(milliEth(1), 101, early)}
            << 101LL << early << int(S::Overpaid) << u"1001000000000000000"_s;
        QTest::newRow("detected, 2 of 3 confirmations")
            << int(S::Detected) << QList<Payment>{pay(kOneEth, 100, early)} << 101LL << early
            << int(S::Detected) << u"1000000000000000000"_s;
        QTest::newRow("detected -> paid") << int(S::Detected) << QList<Payment>{pay(kOneEth, 100, early)}
                                          << 102LL << early << int(S::Paid) << u"1000000000000000000"_s;
        QTest::newRow("overpaid -> paid keeps the excess")
            << int(S::Overpaid) << QList<Payment>{pay(milliEth(1500), 100, early)} << 102LL << early
            << int(S::Paid) << u"1500000000000000000"_s;
        QTest::newRow("a later payment does not hold settlement")
            << int(S::Overpaid) << QList<Payment>{pay(kOneEth, 100, early), pay(milliEth(1), 102, early)}
            << 103LL << early << int(S::Paid) << u"1001000000000000000"_s;
        QTest::newRow("completed before expiry, confirmed after -> paid")
            << int(S::Detected) << QList<Payment>{pay(kOneEth, 100, kExpires - 1000)} << 102LL << late
            << int(S::Paid) << u"1000000000000000000"_s;
        QTest::newRow("payment in the expiry millisecond is on time")
            << int(S::Detected) << QList<Payment>{pay(kOneEth, 100, kExpires)} << 102LL << late
            << int(S::Paid) << u"1000000000000000000"_s;
        QTest::newRow("expired -> paid_late")
            << int(S::Expired) << QList<Payment>{pay(kOneEth, 200, late)} << 202LL << late << int(S::PaidLate)
            << u"1000000000000000000"_s;
        QTest::newRow("expired, late payment not yet confirmed")
            << int(S::Expired) << QList<Payment>{pay(kOneEth, 200, late)} << 200LL << late << int(S::Expired)
            << u"1000000000000000000"_s;
        QTest::newRow("expired underpaid -> paid_late by late top-up")
            << int(S::Expired)
            << QList<Payment>{pay(milliEth(500), 100, early), pay(milliEth(500), 200, late)} << 202LL << late
            << int(S::PaidLate) << u"1000000000000000000"_s;
        QTest::newRow("detected -> pending (reorg)")
            << int(S::Detected) << QList<Payment>{} << 100LL << early << int(S::Pending) << u"0"_s;
        QTest::newRow("overpaid -> underpaid (reorg)")
            << int(S::Overpaid) << QList<Payment>{pay(milliEth(500), 100, early)} << 100LL << early
            << int(S::Underpaid) << u"500000000000000000"_s;
        QTest::newRow("underpaid -> pending (reorg)")
            << int(S::Underpaid) << QList<Payment>{} << 100LL << early << int(S::Pending) << u"0"_s;
        QTest::newRow("detected -> expired (reorg after expiry)")
            << int(S::Detected) << QList<Payment>{} << 100LL << late << int(S::Expired) << u"0"_s;
        QTest::newRow("pending -> expired")
            << int(S::Pending) << QList<Payment>{} << 100LL << kExpires << int(S::Expired) << u"0"_s;
        QTest::newRow("underpaid -> expired keeps received")
            << int(S::Underpaid) << QList<Payment>{pay(milliEth(500), 100, early)} << 200LL << late
            << int(S::Expired) << u"500000000000000000"_s;
        QTest::newRow("detected never expires")
            << int(S::Detected) << QList<Payment>{pay(kOneEth, 100, early)} << 100LL << late
            << int(S::Detected) << u"1000000000000000000"_s;
        QTest::newRow("overpaid never expires")
            << int(S::Overpaid) << QList<Payment>{pay(milliEth(2000), 100, early)} << 100LL << late
            << int(S::Overpaid) << u"2000000000000000000"_s;
        QTest::newRow("expired -> detected (found late, was on time)")
            << int(S::Expired) << QList<Payment>{pay(kOneEth, 100, early)} << 100LL << late
            << int(S::Detected) << u"1000000000000000000"_s;
        QTest::newRow("expired -> overpaid (found late, was on time)")
            << int(S::Expired) << QList<Payment>{pay(milliEth(1100), 100, early)} << 100LL << late
            << int(S::Overpaid) << u"1100000000000000000"_s;
        QTest::newRow("expired -> paid (node outage outlasted expiry and grace)")
            << int(S::Expired) << QList<Payment>{pay(kOneEth, 100, early)} << 500LL << afterGrace
            << int(S::Paid) << u"1000000000000000000"_s;
        QTest::newRow("after grace stays expired")
            << int(S::Expired) << QList<Payment>{pay(kOneEth, 900, afterGrace)} << 905LL << afterGrace
            << int(S::Expired) << u"1000000000000000000"_s;
    }
    void transitions()
    {
        QFETCH(int, from);
        QFETCH(QList<Payment>, payments);
        QFETCH(qint64, head);
        QFETCH(qint64, now);
        QFETCH(int, to);
        QFETCH(QString, received);

        const CheckoutSession session = makeSession(SessionStatus(from));
        const auto result = evaluateSession(session, payments, head, now, policy());
        QCOMPARE(statusName(result.status), statusName(SessionStatus(to)));
        QCOMPARE(toQString(result.amountReceived), received);
        QCOMPARE(result.statusChanged, from != to);
        if (from != to)
            QCOMPARE(result.eventTypes, QStringList{u"session."_s + statusName(SessionStatus(to))});
        else
            QVERIFY(result.eventTypes.isEmpty());
        const bool settled = result.status == SessionStatus::Paid || result.status == SessionStatus::PaidLate;
        QCOMPARE(result.paidAtMs.has_value(), settled);
        if (settled)
            QCOMPARE(*result.paidAtMs, now);
    }

    // The watcher being slow (or the node down) must not make an on-time payment late.
    void latenessIsJudgedByBlockTimestamp()
    {
        CheckoutSession session = makeSession();
        const qint64 blockTime = kExpires - 10'000;
        const qint64 noticedAt = kExpires + 3 * 60 * kMinute;
        const auto result =
            evaluateSession(session, {pay(kOneEth, 100, blockTime)}, 110, noticedAt, policy());
        QCOMPARE(result.status, SessionStatus::Paid);

        const auto late =
            evaluateSession(session, {pay(kOneEth, 100, kExpires + 1)}, 110, kExpires + 2, policy());
        QCOMPARE(late.status, SessionStatus::PaidLate);
    }

    // The payment that completes the amount decides, not the first one.
    void completingPaymentDecidesLateness()
    {
        CheckoutSession session = makeSession(SessionStatus::Expired);
        const QList<Payment> payments{pay(milliEth(600), 100, kCreated + kMinute, u"0xa"_s),
                                      pay(milliEth(400), 200, kExpires + kMinute, u"0xb"_s)};
        const auto result = evaluateSession(session, payments, 205, kExpires + 2 * kMinute, policy());
        QCOMPARE(result.status, SessionStatus::PaidLate);
        QCOMPARE(result.txHash, u"0xb"_s);
    }

    void topUpsThroughTheLifecycle()
    {
        CheckoutSession session = makeSession();
        QList<Payment> payments{pay(milliEth(300), 100, kCreated + kMinute)};
        auto step = evaluateSession(session, payments, 100, kCreated + kMinute, policy());
        QCOMPARE(step.status, SessionStatus::Underpaid);
        apply(session, step);

        payments << pay(milliEth(300), 105, kCreated + 2 * kMinute);
        step = evaluateSession(session, payments, 105, kCreated + 2 * kMinute, policy());
        QCOMPARE(step.status, SessionStatus::Underpaid);
        QVERIFY(step.changed);
        QVERIFY(!step.statusChanged);
        apply(session, step);

        payments << pay(milliEth(400), 110, kCreated + 3 * kMinute);
        step = evaluateSession(session, payments, 110, kCreated + 3 * kMinute, policy());
        QCOMPARE(step.status, SessionStatus::Detected);
        apply(session, step);

        step = evaluateSession(session, payments, 112, kCreated + 4 * kMinute, policy());
        QCOMPARE(step.status, SessionStatus::Paid);
        QCOMPARE(step.eventTypes, QStringList{u"session.paid"_s});
        apply(session, step);

        step = evaluateSession(session, payments, 200, kCreated + 5 * kMinute, policy());
        QVERIFY(!step.changed);
    }

    // Settlement follows the payments that complete the amount: dust sent in every later block (an attacker,
    // or a wallet's sweep) never holds a fully paid session back; it is recorded and flagged instead.
    void laterPaymentsNeverHoldSettlement()
    {
        CheckoutSession session = makeSession();
        QList<Payment> payments{pay(kOneEth, 100, kCreated + kMinute)};
        // One wei in every block from 101 on: the newest is never confirmed.
        for (qint64 block = 101; block <= 110; ++block)
            payments << pay(UInt256{1}, block, kCreated + kMinute + block);
        auto result = evaluateSession(session, payments, 110, kCreated + 2 * kMinute, policy(3));
        QCOMPARE(result.status, SessionStatus::Paid);
        QCOMPARE(result.eventTypes, QStringList{u"session.paid"_s});
        QCOMPARE(result.txHash, payments.first().txHash);
        QCOMPARE(toQString(result.amountReceived), u"1000000000000000010"_s);
        QVERIFY(result.needsAttention); // the extra wei are for the operator to look at

        // Overpaid the same way: the overpayment confirmed, a later payment still waiting.
        session = makeSession();
        payments = {pay(milliEth(1200), 100, kCreated + kMinute),
                    pay(milliEth(5), 103, kCreated + 2 * kMinute)};
        result = evaluateSession(session, payments, 102, kCreated + 3 * kMinute, policy(3));
        QCOMPARE(result.status, SessionStatus::Paid);
        QCOMPARE(toQString(result.amountReceived), u"1205000000000000000"_s);

        // The payments that complete the amount must all be confirmed: an older part still counts.
        session = makeSession();
        payments = {pay(milliEth(500), 100, kCreated + kMinute), pay(milliEth(500), 102, kCreated + kMinute),
                    pay(UInt256{1}, 103, kCreated + kMinute)};
        result = evaluateSession(session, payments, 103, kCreated + 3 * kMinute, policy(3));
        QCOMPARE(result.status, SessionStatus::Overpaid); // block 102 has 2 of 3 confirmations
        result = evaluateSession(session, payments, 104, kCreated + 3 * kMinute, policy(3));
        QCOMPARE(result.status, SessionStatus::Paid);

        // A single overpayment (nothing later) is not flagged: the merchant ships and refunds the excess.
        session = makeSession();
        result = evaluateSession(session, {pay(milliEth(1500), 100, kCreated)}, 102, kCreated, policy(3));
        QCOMPARE(result.status, SessionStatus::Paid);
        QVERIFY(!result.needsAttention);
    }

    // With confirmation nodes, a payment settles only once they agreed on it; a dispute never settles and
    // flags the session.
    void crossCheckGatesSettlement()
    {
        SessionPolicy checked = policy(3);
        checked.requireCrossCheck = true;
        const CheckoutSession session = makeSession();
        Payment payment = pay(kOneEth, 100, kCreated + kMinute);
        auto result = evaluateSession(session, {payment}, 110, kCreated + 2 * kMinute, checked);
        QCOMPARE(result.status, SessionStatus::Detected);
        QVERIFY(!result.needsAttention);
        payment.crossChecked = true;
        result = evaluateSession(session, {payment}, 110, kCreated + 2 * kMinute, checked);
        QCOMPARE(result.status, SessionStatus::Paid);
        payment.crossChecked = false;
        payment.crossCheckError = u"https://other.example disagrees: it has no transaction"_s;
        result = evaluateSession(session, {payment}, 110, kCreated + 2 * kMinute, checked);
        QCOMPARE(result.status, SessionStatus::Detected);
        QVERIFY(result.needsAttention);
    }

    void tolerance()
    {
        // 1 % tolerance: 0.99 ETH completes a 1 ETH session; 0.98 does not.
        const CheckoutSession session = makeSession();
        auto within =
            evaluateSession(session, {pay(milliEth(990), 100, kCreated)}, 100, kCreated, policy(3, 100));
        QCOMPARE(within.status, SessionStatus::Detected);
        within = evaluateSession(session, {pay(milliEth(990), 100, kCreated)}, 102, kCreated, policy(3, 100));
        QCOMPARE(within.status, SessionStatus::Paid);
        QCOMPARE(toQString(within.amountReceived), u"990000000000000000"_s);
        const auto short_ =
            evaluateSession(session, {pay(milliEth(980), 100, kCreated)}, 102, kCreated, policy(3, 100));
        QCOMPARE(short_.status, SessionStatus::Underpaid);
        // Without tolerance one wei short is underpaid.
        const auto oneWeiShort =
            evaluateSession(session, {pay(*UInt256::checkedSub(kOneEth, UInt256{1}), 100, kCreated)}, 102,
                            kCreated, policy());
        QCOMPARE(oneWeiShort.status, SessionStatus::Underpaid);
    }

    void completionThresholdRoundsForTheMerchant()
    {
        QCOMPARE(completionThreshold(UInt256{1000}, 0), UInt256{1000});
        QCOMPARE(completionThreshold(UInt256{1000}, 100), UInt256{990});
        // 1 % of 1999 is 19.99: the allowance rounds down to 19, the threshold up to 1980.
        QCOMPARE(completionThreshold(UInt256{1999}, 100), UInt256{1980});
        QCOMPARE(completionThreshold(UInt256{1000}, 10000), UInt256{0});
    }

    void needsAttention()
    {
        // A payment completing after the grace window: recorded, expired, flagged.
        CheckoutSession expired = makeSession(SessionStatus::Expired);
        const qint64 afterGrace = kExpires + kGrace + kMinute;
        auto result = evaluateSession(expired, {pay(kOneEth, 900, afterGrace)}, 905, afterGrace, policy());
        QCOMPARE(result.status, SessionStatus::Expired);
        QVERIFY(result.needsAttention);
        QVERIFY(result.changed);
        QCOMPARE(toQString(result.amountReceived), u"1000000000000000000"_s);

        // An underpaid session that expired: flagged once it can no longer be completed.
        result =
            evaluateSession(expired, {pay(milliEth(100), 100, kCreated)}, 200, kExpires + kMinute, policy());
        QVERIFY(!result.needsAttention);
        result = evaluateSession(expired, {pay(milliEth(100), 100, kCreated)}, 200, afterGrace, policy());
        QVERIFY(result.needsAttention);

        // Money arriving at a paid session.
        CheckoutSession paid = makeSession(SessionStatus::Paid);
        paid.amountReceived = kOneEth;
        paid.paidAtMs = kCreated + kMinute;
        result = evaluateSession(paid, {pay(kOneEth, 100, kCreated), pay(milliEth(5), 300, kExpires)}, 310,
                                 kExpires, policy());
        QCOMPARE(result.status, SessionStatus::Paid);
        QVERIFY(result.needsAttention);
        QVERIFY(result.eventTypes.isEmpty());
        QCOMPARE(result.paidAtMs, paid.paidAtMs);
    }

    void terminalStatusesDoNotMove()
    {
        for (SessionStatus status : {SessionStatus::Paid, SessionStatus::PaidLate, SessionStatus::Failed}) {
            CheckoutSession session = makeSession(status);
            const auto result = evaluateSession(session, {}, 100, kExpires + kGrace * 2, policy());
            QCOMPARE(result.status, status);
            QVERIFY(!result.statusChanged);
        }
    }

    void failing()
    {
        for (SessionStatus status : {SessionStatus::Pending, SessionStatus::Detected,
                                     SessionStatus::Underpaid, SessionStatus::Overpaid}) {
            const auto result = failSession(makeSession(status));
            QVERIFY(result);
            QCOMPARE(result->status, SessionStatus::Failed);
            QCOMPARE(result->eventTypes, QStringList{u"session.failed"_s});
        }
        for (SessionStatus status :
             {SessionStatus::Paid, SessionStatus::PaidLate, SessionStatus::Expired, SessionStatus::Failed})
            QVERIFY(!failSession(makeSession(status)));
    }

    void expiringByTheMerchant()
    {
        QCOMPARE(expireSessionNow(makeSession())->status, SessionStatus::Expired);
        CheckoutSession underpaid = makeSession(SessionStatus::Underpaid);
        underpaid.amountReceived = milliEth(1);
        const auto expired = expireSessionNow(underpaid);
        QVERIFY(expired->needsAttention);
        QCOMPARE(expired->amountReceived, milliEth(1));
        QVERIFY(!expireSessionNow(makeSession(SessionStatus::Detected)));
        QVERIFY(!expireSessionNow(makeSession(SessionStatus::Paid)));
    }

    void statusNames()
    {
        for (SessionStatus status : {SessionStatus::Pending, SessionStatus::Detected,
                                     SessionStatus::Underpaid, SessionStatus::Overpaid, SessionStatus::Paid,
                                     SessionStatus::PaidLate, SessionStatus::Expired, SessionStatus::Failed})
            QCOMPARE(statusFromName(statusName(status)), status);
        QCOMPARE(statusName(SessionStatus::PaidLate), u"paid_late"_s);
        QVERIFY(!statusFromName(u"PAID"_s));
    }
};

QTEST_GUILESS_MAIN(TestSessionStateMachine)
#include "tst_sessionstatemachine.moc"
