#include "CollectPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kTo = u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s;

AddressFunds address(quint32 index, quint64 native, quint64 token = 0)
{
    AddressFunds a;
    a.index = index;
    a.address = u"0x%1"_s.arg(index + 1, 40, 16, QChar(u'0'));
    a.native = native;
    a.tokens << UInt256(token);
    return a;
}

FundsSnapshot funds(const QList<AddressFunds> &addresses)
{
    FundsSnapshot f;
    f.chainId = 1;
    f.native = {u"ETH"_s, {}, 18};
    f.tokens << FundsAsset{u"USDC"_s, u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s, 6};
    f.addresses = addresses;
    return f;
}

// Price 10 wei/gas; a plain transfer 21,000 gas (fee 210,000); a token transfer 50,000 (fee 500,000).
CollectQuote quote(qsizetype count)
{
    CollectQuote q;
    q.pricePerGas = 10;
    for (qsizetype i = 0; i < count; ++i)
        q.tokenTransferGas << QList<quint64>{50'000};
    return q;
}

QList<CollectStep::Kind> kinds(const CollectPlan &plan)
{
    QList<CollectStep::Kind> result;
    for (const CollectStep &step : plan.steps)
        result << step.kind;
    return result;
}
} // namespace

// Planning a collect: what is sent from where, what it costs, what stays and why. Pure arithmetic.
class TestCollectPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nativeIsSentWholeLessTheExactFee()
    {
        const auto f = funds({address(0, 1'000'000), address(1, 0), address(2, 5'000'000)});
        const CollectPlan plan = planCollect(f, quote(3), kTo);
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps[0].from, f.addresses[0].address);
        QCOMPARE(plan.steps[0].amount, UInt256(1'000'000 - 210'000));
        QCOMPARE(plan.steps[0].fee, UInt256(210'000));
        QCOMPARE(plan.steps[1].amount, UInt256(5'000'000 - 210'000));
        QCOMPARE(plan.totalFees(), UInt256(420'000));
        QVERIFY(plan.notes.isEmpty());
    }

    void dustStaysWithANote()
    {
        const CollectPlan plan = planCollect(funds({address(0, 210'000), address(1, 1)}), quote(2), kTo);
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.notes.size(), 2);
        QVERIFY(plan.notes[0].contains(u"less than"_s));
    }

    void tokenOnlyAddressGetsItsGasFromTheRichest()
    {
        const auto f = funds({address(0, 1'000'000), address(1, 0, 30'000'000), address(2, 3'000'000)});
        const CollectPlan plan = planCollect(f, quote(3), kTo);
        QCOMPARE(kinds(plan),
                 (QList<CollectStep::Kind>{CollectStep::Kind::GasTopUp, CollectStep::Kind::TokenTransfer,
                                           CollectStep::Kind::NativeSweep, CollectStep::Kind::NativeSweep}));
        const CollectStep &topUp = plan.steps[0];
        QCOMPARE(topUp.from, f.addresses[2].address); // the most native coin
        QCOMPARE(topUp.to, f.addresses[1].address);
        QCOMPARE(topUp.amount, UInt256(500'000)); // exactly the token transfer's fee
        QCOMPARE(plan.steps[1].amount, UInt256(30'000'000));
        QCOMPARE(plan.steps[1].token, 0);
        // The funder sweeps what is left after lending the gas and paying for the top-up.
        QCOMPARE(plan.steps[3].from, f.addresses[2].address);
        QCOMPARE(plan.steps[3].amount, UInt256(3'000'000 - 500'000 - 210'000 - 210'000));
    }

    void partlyFundedAddressGetsOnlyTheShortfall()
    {
        const auto f = funds({address(0, 100'000, 5), address(1, 2'000'000)});
        const CollectPlan plan = planCollect(f, quote(2), kTo);
        QCOMPARE(plan.steps[0].kind, CollectStep::Kind::GasTopUp);
        QCOMPARE(plan.steps[0].amount, UInt256(400'000));
    }

    void noGasAnywhereLeavesTheTokensWithANote()
    {
        const auto f = funds({address(0, 0, 30'000'000), address(1, 300'000)});
        const CollectPlan plan = planCollect(f, quote(2), kTo);
        QCOMPARE(kinds(plan), QList<CollectStep::Kind>{CollectStep::Kind::NativeSweep});
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY2(plan.notes[0].contains(f.addresses[0].address) &&
                     plan.notes[0].contains(u"0.0000000000005 ETH"_s),
                 qPrintable(plan.notes[0]));
    }

    void funderKeepsWhatItsOwnTokensNeed()
    {
        // The richest holds tokens too, and can pay for its own transfer or the other's top-up, not both.
        const auto f = funds({address(0, 0, 7), address(1, 800'000, 9)});
        const CollectPlan plan = planCollect(f, quote(2), kTo);
        QCOMPARE(kinds(plan), (QList<CollectStep::Kind>{CollectStep::Kind::TokenTransfer,
                                                        CollectStep::Kind::NativeSweep}));
        QCOMPARE(plan.steps[0].from, f.addresses[1].address);
        QCOMPARE(plan.steps[1].amount, UInt256(800'000 - 500'000 - 210'000));
        QCOMPARE(plan.notes.size(), 1); // address 0's tokens stay
        QVERIFY(plan.notes[0].contains(f.addresses[0].address));
    }

    void nothingHeldNothingPlanned()
    {
        const CollectPlan plan = planCollect(funds({address(0, 0), address(1, 0)}), quote(2), kTo);
        QVERIFY(plan.isEmpty());
        QVERIFY(plan.notes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCollectPlan)
#include "tst_collectplan.moc"
