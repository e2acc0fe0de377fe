#include "Refund.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kCustomer = u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"_s;
const QString kToken = u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s;

Refund refund(const QString &id, quint64 amount, qint64 createdAtMs,
              RefundStatus status = RefundStatus::Pending)
{
    Refund r;
    r.id = id;
    r.chainId = 1;
    r.address = kCustomer;
    r.amount = UInt256{amount};
    r.createdAtMs = createdAtMs;
    r.status = status;
    return r;
}

Payment transfer(quint64 amount, const QString &to = kCustomer.toLower(), const QString &token = {})
{
    Payment p;
    p.chainId = 1;
    p.txHash = u"0xAB"_s;
    p.amount = UInt256{amount};
    p.toAddress = to;
    p.tokenContract = token.toLower();
    return p;
}
} // namespace

// The refund rules that need no database: what refunds take from a session, and which pending refund a
// transfer pays.
class TestRefund : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refundedAmountCountsWhatIsAsked()
    {
        const QList<Refund> refunds{refund(u"re_1"_s, 100, 1, RefundStatus::Succeeded),
                                    refund(u"re_2"_s, 20, 2, RefundStatus::Pending),
                                    refund(u"re_3"_s, 7, 3, RefundStatus::Canceled)};
        QCOMPARE(refundedAmount(refunds, false), UInt256{100});
        QCOMPARE(refundedAmount(refunds, true), UInt256{120});
        QCOMPARE(refundedAmount({}, true), UInt256{});
    }

    void aTransferPaysTheOldestRefundItCovers()
    {
        QList<Refund> pending{refund(u"re_new"_s, 50, 20), refund(u"re_old"_s, 50, 10),
                              refund(u"re_big"_s, 500, 5)};
        // Covers two: the older one. Letter case of the address does not matter.
        QCOMPARE(refundPaidBy(pending, transfer(60)), 1);
        QCOMPARE(refundPaidBy(pending, transfer(60, kCustomer.toUpper().replace(u"0X"_s, u"0x"_s))), 1);
        // Less than every amount, another address, another chain, another asset: none.
        QCOMPARE(refundPaidBy(pending, transfer(49)), std::nullopt);
        QCOMPARE(refundPaidBy(pending, transfer(60, u"0x0000000000000000000000000000000000000001"_s)),
                 std::nullopt);
        Payment otherChain = transfer(60);
        otherChain.chainId = 2;
        QCOMPARE(refundPaidBy(pending, otherChain), std::nullopt);
        QCOMPARE(refundPaidBy(pending, transfer(60, kCustomer, kToken)), std::nullopt);
        // One with a transfer already, or no longer pending, is not paid again.
        pending[1].takeTransfer(transfer(50));
        QCOMPARE(refundPaidBy(pending, transfer(60)), 0);
        pending[0].status = RefundStatus::Canceled;
        QCOMPARE(refundPaidBy(pending, transfer(60)), std::nullopt);
        QCOMPARE(refundPaidBy(pending, transfer(600)), 2);
    }

    // The exact amount first, then the closest fit: a 50 transfer for one customer's 5 and 50 refunds pays
    // the 50 one, whichever is older; and only what was sent after the refund was recorded counts.
    void aTransferPaysTheRefundItFitsBest()
    {
        const QList<Refund> pending{refund(u"re_small"_s, 5, 1), refund(u"re_exact"_s, 50, 2),
                                    refund(u"re_mid"_s, 40, 3)};
        QCOMPARE(refundPaidBy(pending, transfer(50)), 1);
        QCOMPARE(refundPaidBy(pending, transfer(45)), 2); // no exact one: the largest it covers
        QCOMPARE(refundPaidBy(pending, transfer(6)), 0);

        Refund late = refund(u"re_late"_s, 5, 1'000'000);
        Payment before = transfer(5);
        before.blockTimestampMs = 1'000'000 - kRefundClockSlackMs - 1; // mined before the refund existed
        QCOMPARE(refundPaidBy({late}, before), std::nullopt);
        before.blockTimestampMs += 2; // within the clocks' slack
        QCOMPARE(refundPaidBy({late}, before), 0);
    }

    void tokenRefundsMatchTheirToken()
    {
        Refund tokenRefund = refund(u"re_t"_s, 30, 1);
        tokenRefund.tokenContract = kToken;
        QCOMPARE(refundPaidBy({tokenRefund}, transfer(30, kCustomer, kToken)), 0);
        QCOMPARE(refundPaidBy({tokenRefund}, transfer(30)), std::nullopt); // ether is not the token
        QCOMPARE(refundPaymentUri(tokenRefund),
                 u"ethereum:%1@1/transfer?address=%2&uint256=30"_s.arg(kToken, kCustomer));
        QCOMPARE(refundPaymentUri(refund(u"re_n"_s, 30, 1)), u"ethereum:%1@1?value=30"_s.arg(kCustomer));
    }

    void statusNames()
    {
        for (RefundStatus status : {RefundStatus::Pending, RefundStatus::Succeeded, RefundStatus::Canceled})
            QCOMPARE(refundStatusFromName(refundStatusName(status)), status);
        QCOMPARE(refundStatusFromName(u"refunded"_s), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestRefund)
#include "tst_refund.moc"
