// The console's money pages against the real services, a Hardhat node and a wallet made from a fresh
// random phrase: the overview of what was received and its export, the funds on every deposit address,
// and the collect dialog from a wrong phrase to every transaction confirmed. Screenshots go to docs/ when
// CRYPTOCHECKOUT_SCREENSHOTS names that folder.
#include "ChainTestHelpers.h"
#include "CollectDialog.h"
#include "ConsoleServices.h"
#include "EthereumAddress.h"
#include "FundsPage.h"
#include "HardhatNode.h"
#include "OverviewPage.h"
#include "QrWidget.h"
#include "RefundDialog.h"
#include "Services.h"
#include "SessionDetailWidget.h"
#include "TestDataDir.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestConsoleMoney : public QObject
{
    Q_OBJECT

    std::unique_ptr<HardhatNode> m_node;
    std::unique_ptr<TestDataDir> m_dir;
    SystemClock m_clock;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<ConsoleServices> m_console;
    QString m_payer;
    QString m_tusd;
    QString m_phrase;

    CheckoutSession createSession(const QString &asset = {})
    {
        SessionRequest request;
        request.hasAmount = true;
        request.amountValue = u"30.00"_s;
        request.amountCurrency = u"USD"_s;
        request.asset = asset;
        return m_services->checkout().createSession(request, false);
    }
    bool waitForPaid(const QString &id)
    {
        return QTest::qWaitFor(
            [&] {
                const auto stored = m_services->storage().sessions().byId(id);
                return stored && stored->status == SessionStatus::Paid;
            },
            15000);
    }
    static void screenshot(QWidget &widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("CRYPTOCHECKOUT_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(widget.grab().save(folder + u'/' + name));
    }
    bool waitForRefund(const QString &id, RefundStatus status)
    {
        return QTest::qWaitFor(
            [&] {
                const auto stored = m_services->storage().refunds().byId(id);
                return stored && stored->status == status;
            },
            15000);
    }
    // Pays the refund from the session's deposit address through the collect dialog, with the wallet's
    // phrase; the dialog's log once everything is followed.
    QString payFromDepositAddress(const Refund &refund, const CheckoutSession &session, QWidget &parent,
                                  const QString &screenshotName = {})
    {
        std::optional<FundsSnapshot> funds;
        m_console->loadFunds(
            false, 0, &parent,
            [&](const std::optional<FundsSnapshot> &value, const QString &) { funds = value; });
        if (!QTest::qWaitFor([&] { return funds.has_value(); }, 10000))
            return u"no funds read"_s;
        CollectDialog dialog(*m_console, false, *funds, refund, session.address, &parent);
        dialog.resize(900, 420);
        dialog.show();
        child<QLineEdit>(dialog, u"recoveryPhrase"_s)->setText(m_phrase);
        child<QPushButton>(dialog, u"checkAndPlan"_s)->click();
        auto *send = child<QPushButton>(dialog, u"sendCollect"_s);
        auto *log = child<QPlainTextEdit>(dialog, u"collectLog"_s);
        if (!QTest::qWaitFor([&] { return send->isEnabled(); }, 10000))
            return child<QLabel>(dialog, u"collectError"_s)->text();
        const QString plan = log->toPlainText();
        send->click();
        // Done or not, the log is returned: the caller checks what it says.
        (void)QTest::qWaitFor(
            [&] {
                return log->toPlainText().contains(u"Done"_s) || log->toPlainText().contains(u"did not"_s);
            },
            30000);
        if (!screenshotName.isEmpty())
            screenshot(dialog, screenshotName);
        dialog.accept();
        return plan + u"\n"_s + log->toPlainText();
    }
    template <typename T> static T *child(QWidget &parent, const QString &name)
    {
        T *found = parent.findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = std::make_unique<HardhatNode>();
        QString error;
        QVERIFY2(m_node->start(&error), qPrintable(error));
        m_payer = m_node->accounts().value(1);
        m_tusd = chaintest::deployTestToken(*m_node, m_payer);
        QVERIFY(!m_tusd.isEmpty());
        m_phrase = chaintest::randomPhrase();
        m_dir = std::make_unique<TestDataDir>();
        m_dir->writeConfig("[chain.31337]\nrpcUrl=" + m_node->rpcUrl().toString().toUtf8() +
                           "\npollIntervalMs=200\nconfirmations=1\ntokens=TUSD:" + m_tusd.toUtf8() +
                           ":6:USD\n[test]\nxpub=" + chaintest::accountXpub(m_phrase).toUtf8() +
                           "\nchainId=31337\nbuiltinChain=false\n");
        auto config = AppConfig::load(m_dir->path(), u"127.0.0.1:0"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        m_services = std::make_unique<Services>(*config, m_clock);
        m_services->start();
        m_console = std::make_unique<ConsoleServices>(*m_services, QUrl(u"http://127.0.0.1:8420"_s));

        // Paid: one session in ETH, one in TUSD (its address holds no ETH).
        const CheckoutSession eth = createSession();
        m_node->sendEther(m_payer, eth.address, toQString(eth.amountDue));
        const CheckoutSession token = createSession(u"TUSD"_s);
        chaintest::tokenCall(*m_node, m_payer, m_tusd, "transfer(address,uint256)", token.address,
                             toQString(token.amountDue));
        QVERIFY(waitForPaid(eth.id));
        QVERIFY(waitForPaid(token.id));
    }
    void cleanupTestCase()
    {
        m_console.reset();
        m_services.reset();
        m_dir.reset();
        m_node.reset();
    }

    void overviewTotalsThePeriodAndExports()
    {
        OverviewPage page(*m_console);
        page.resize(1100, 720);
        page.show();
        page.setLivemode(false);
        QLabel *summary = child<QLabel>(page, u"overviewSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"2 paid session"_s), 5000);
        QVERIFY2(summary->text().contains(u"60.00 USD"_s), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(u"0.01 ETH"_s) && summary->text().contains(u"30 TUSD"_s),
                 qPrintable(summary->text()));
        auto *table = child<QTreeWidget>(page, u"overviewTable"_s);
        QCOMPARE(table->topLevelItemCount(), 30); // the last 30 days, one row each
        QCOMPARE(table->topLevelItem(29)->text(1), u"2"_s);
        QCOMPARE(table->topLevelItem(29)->text(2), u"60.00 USD"_s);
        screenshot(page, u"console-overview.png"_s);

        // The books of the range, as the API gives them.
        std::optional<QByteArray> csv;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_console->exportPaymentReport(
            false, now - 86'400'000, now + 86'400'000, u"csv"_s, &page,
            [&](const std::optional<QByteArray> &bytes, const QString &) { csv = bytes; });
        QTRY_VERIFY_WITH_TIMEOUT(csv.has_value(), 5000);
        QVERIFY(csv->startsWith("time,sessionId,"));
        QCOMPARE(csv->count("\r\n"), 3);
    }

    void fundsAndCollectDialog()
    {
        FundsPage page(*m_console);
        page.resize(1100, 600);
        page.show();
        page.setLivemode(false);
        auto *addresses = child<QTreeWidget>(page, u"fundsAddresses"_s);
        QTRY_COMPARE_WITH_TIMEOUT(addresses->topLevelItemCount(), 2, 10000);
        QVERIFY2(child<QLabel>(page, u"fundsSummary"_s)->text().contains(u"30 TUSD"_s),
                 qPrintable(child<QLabel>(page, u"fundsSummary"_s)->text()));
        auto *collect = child<QPushButton>(page, u"collectButton"_s);
        QVERIFY(!collect->isEnabled()); // no destination yet
        const QString destination = chaintest::randomAddress();
        child<QLineEdit>(page, u"collectDestination"_s)->setText(destination);
        QVERIFY(collect->isEnabled());
        screenshot(page, u"console-funds.png"_s);

        std::optional<FundsSnapshot> funds;
        m_console->loadFunds(
            false, 0, &page,
            [&](const std::optional<FundsSnapshot> &value, const QString &) { funds = value; });
        QTRY_VERIFY_WITH_TIMEOUT(funds.has_value(), 10000);

        CollectDialog dialog(*m_console, false, *funds, destination, &page);
        dialog.show();
        auto *phrase = child<QLineEdit>(dialog, u"recoveryPhrase"_s);
        auto *error = child<QLabel>(dialog, u"collectError"_s);
        auto *log = child<QPlainTextEdit>(dialog, u"collectLog"_s);
        auto *send = child<QPushButton>(dialog, u"sendCollect"_s);
        QCOMPARE(phrase->echoMode(), QLineEdit::Password);

        // Another wallet's phrase: refused, the field emptied, nothing to send.
        phrase->setText(chaintest::randomPhrase());
        child<QPushButton>(dialog, u"checkAndPlan"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(u"not the wallet"_s), qPrintable(error->text()));
        QVERIFY(phrase->text().isEmpty());
        QVERIFY(!send->isEnabled());

        phrase->setText(m_phrase);
        child<QPushButton>(dialog, u"checkAndPlan"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 10000);
        QVERIFY(phrase->text().isEmpty()); // taken into wiped memory at once
        QVERIFY2(log->toPlainText().contains(u"gas top-up"_s), qPrintable(log->toPlainText()));
        QVERIFY(log->toPlainText().contains(u"token transfer"_s));
        QVERIFY(!log->toPlainText().contains(m_phrase.section(u' ', 0, 1)));
        dialog.resize(900, 560);
        screenshot(dialog, u"console-collect.png"_s);

        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(u"Done: everything confirmed"_s), 30000);
        QVERIFY(!log->toPlainText().contains(u"FAILED"_s));
        QCOMPARE(chaintest::tokenBalance(*m_node, m_tusd, destination),
                 u"0x"_s + QString::number(30'000'000, 16).rightJustified(64, u'0'));
        QVERIFY(m_node->balance(destination) != u"0x0"_s);
        screenshot(dialog, u"console-collect-done.png"_s);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
    }

    // A refund recorded in the session's detail, shown with its QR code, and paid from the session's own
    // deposit address with the wallet's phrase: the watcher then marks it succeeded. A token refund from an
    // address without coin gets its gas first.
    void refundFromTheSessionDetail()
    {
        const QString payer = ethereum::toChecksumAddress(m_payer);
        const CheckoutSession eth = createSession();
        m_node->sendEther(m_payer, eth.address, toQString(eth.amountDue));
        const CheckoutSession token = createSession(u"TUSD"_s);
        chaintest::tokenCall(*m_node, m_payer, m_tusd, "transfer(address,uint256)", token.address,
                             toQString(token.amountDue));
        QVERIFY(waitForPaid(eth.id));
        QVERIFY(waitForPaid(token.id));

        SessionDetailWidget detail(*m_console);
        detail.resize(1000, 560);
        detail.show();
        QSignalSpy loaded(&detail, &SessionDetailWidget::loaded);
        detail.showSession(eth.id);
        QVERIFY(loaded.wait(5000));
        QVERIFY(detail.refundButton()->isEnabled());

        RefundDialog dialog(*m_console, *m_services->storage().sessions().byId(eth.id), payer, &detail);
        QCOMPARE(dialog.addressEdit()->text(), payer);
        dialog.amountEdit()->setText(u"45.00"_s); // more than the 30.00 paid: refused, said in the dialog
        QVERIFY(!dialog.record());
        QVERIFY2(dialog.errorLabel()->text().contains(u"more than can still be refunded"_s),
                 qPrintable(dialog.errorLabel()->text()));
        dialog.amountEdit()->setText(u"15.00"_s);
        dialog.reasonEdit()->setText(u"returned one of two"_s);
        QVERIFY2(dialog.record(), qPrintable(dialog.errorLabel()->text()));
        const Refund refund = *dialog.createdRefund();
        QCOMPARE(refund.amount, UInt256(5'000'000'000'000'000ULL)); // 15 / 3000 ETH
        QCOMPARE(refund.address, payer);

        detail.reload();
        QTRY_COMPARE_WITH_TIMEOUT(detail.refundList()->topLevelItemCount(), 1, 5000);
        QCOMPARE(detail.refundList()->topLevelItem(0)->text(0), u"pending"_s);
        QCOMPARE(detail.refundQr()->text(), refundPaymentUri(refund));
        detail.tabs()->setCurrentIndex(detail.tabs()->count() - 1);
        screenshot(detail, u"console-refund.png"_s);

        const QString log = payFromDepositAddress(refund, eth, detail, u"console-refund-pay.png"_s);
        QVERIFY2(log.contains(u"Done: everything confirmed"_s), qPrintable(log));
        QVERIFY2(log.contains(u"refund"_s), qPrintable(log));
        QVERIFY(!log.contains(m_phrase.section(u' ', 0, 1)));
        QVERIFY(waitForRefund(refund.id, RefundStatus::Succeeded));

        // The token session's address holds no ETH: the plan tops it up from the ETH session's address.
        RefundRequest request;
        request.fiatValue = u"10.00"_s;
        request.fiatCurrency = u"USD"_s;
        const Refund tokenRefund = m_console->createRefund(token.id, request, false);
        QCOMPARE(tokenRefund.amount, UInt256(10'000'000));
        const QString tokenLog = payFromDepositAddress(tokenRefund, token, detail);
        QVERIFY2(tokenLog.contains(u"gas top-up"_s), qPrintable(tokenLog));
        QVERIFY2(tokenLog.contains(u"Done: everything confirmed"_s), qPrintable(tokenLog));
        QVERIFY(waitForRefund(tokenRefund.id, RefundStatus::Succeeded));
        // The gas sent there came from one of the shop's own addresses: not a payment in the wrong asset.
        QVERIFY(!m_services->storage().sessions().byId(token.id)->needsAttention);
        QCOMPARE(chaintest::tokenBalance(*m_node, m_tusd, token.address),
                 u"0x"_s + QString::number(20'000'000, 16).rightJustified(64, u'0'));
    }
};

QTEST_MAIN(TestConsoleMoney)
#include "tst_consolemoney.moc"
