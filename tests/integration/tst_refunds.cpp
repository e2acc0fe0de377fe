#include "ChainTestHelpers.h"
#include "EthereumAddress.h"
#include "HardhatNode.h"
#include "OffsetClock.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Refunds end to end on a real local EVM node (Hardhat, 3 confirmations, ETH at 3,000 USD): recorded through
// the API against confirmed payments only, paid by real transfers that the chain watcher finds (native and
// token) or that the owner names (verified on the node), with their events and the session's refunds and
// amountRefunded.
class TestRefunds : public QObject
{
    Q_OBJECT

    std::unique_ptr<HardhatNode> m_node;
    OffsetClock m_clock;
    std::unique_ptr<ServerFixture> m_server;
    QString m_payer;
    QString m_shopWallet; // the owner's own wallet, which pays the refunds
    QString m_tusd;

    HttpClient &api() { return m_server->client(); }
    QJsonObject session(const QString &id) { return chaintest::session(api(), id); }

    HttpClient::Reply refund(const QString &sessionId, const QJsonObject &body)
    {
        return api().postJson(u"/api/v1/checkout_sessions/%1/refunds"_s.arg(sessionId), body);
    }
    QJsonObject getRefund(const QString &id) { return api().get(u"/api/v1/refunds/"_s + id).json; }
    bool waitForRefund(const QString &id, const QString &status)
    {
        const bool reached =
            QTest::qWaitFor([&] { return getRefund(id)[u"status"_s].toString() == status; }, 15000);
        if (!reached)
            qWarning() << "refund" << id << "is" << getRefund(id);
        return reached;
    }
    QStringList eventTypes(const QString &sessionId)
    {
        QStringList types;
        const QJsonArray events =
            api().get(u"/api/v1/events?sessionId="_s + sessionId).json[u"data"_s].toArray();
        for (const QJsonValue &event : events)
            types << event[u"type"_s].toString();
        return types;
    }

    // A 30 USD session paid in full, confirmed: its JSON.
    QJsonObject paidSession(const QJsonValue &asset = QJsonValue::Undefined)
    {
        const auto created = chaintest::createSession(api(), u"30.00"_s, u"USD"_s, asset);
        if (created.status != 200) {
            qWarning() << created.body;
            return {};
        }
        const QString id = created.json[u"id"_s].toString();
        const QString address = created.json[u"address"_s].toString();
        const QString due = created.json[u"amount"_s][u"wei"_s].toString();
        if (asset.isUndefined())
            m_node->sendEther(m_payer, address, due);
        else
            chaintest::tokenCall(*m_node, m_payer, m_tusd, "transfer(address,uint256)", address, due);
        m_node->mine(3);
        if (!chaintest::waitForStatus(*m_server, id, u"paid"_s))
            return {};
        return session(id);
    }

private Q_SLOTS:
    void init()
    {
        m_node = std::make_unique<HardhatNode>();
        QString error;
        QVERIFY2(m_node->start(&error), qPrintable(error));
        m_payer = ethereum::toChecksumAddress(m_node->accounts().value(1));
        m_shopWallet = m_node->accounts().value(2);
        m_tusd = chaintest::deployTestToken(*m_node, m_payer);
        QVERIFY(!m_tusd.isEmpty());
        chaintest::tokenCall(*m_node, m_payer, m_tusd, "mint(address,uint256)", m_shopWallet,
                             u"1000000000"_s);
        m_clock.setOffsetMs(0);
        m_server = std::make_unique<ServerFixture>(m_clock);
        QVERIFY2(m_server->start(chaintest::serverConfig(m_node->rpcUrl()) +
                                 "tokens=TUSD:" + m_tusd.toUtf8() + ":6:USD\n"),
                 qPrintable(m_server->error()));
        QVERIFY(chaintest::waitForWatcherOk(*m_server));
    }
    void cleanup()
    {
        m_server.reset();
        m_node.reset();
    }

    // Only confirmed payments can be refunded: a pending session, and a payment still confirming, are
    // refused.
    void nothingConfirmedIsNotRefundable()
    {
        const auto created = chaintest::createSession(api(), u"30.00"_s, u"USD"_s);
        const QString id = created.json[u"id"_s].toString();
        auto reply = refund(id, {});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json[u"error"_s][u"code"_s].toString(), u"session_not_refundable"_s);

        m_node->sendEther(m_payer, created.json[u"address"_s].toString(), u"10000000000000000"_s);
        QVERIFY(chaintest::waitForStatus(*m_server, id, u"detected"_s));
        reply = refund(id, {});
        QCOMPARE(reply.status, 409);
        QCOMPARE(session(id)[u"refunds"_s].toArray().size(), 0);

        QCOMPARE(refund(u"cs_missing"_s, {}).status, 404);
    }

    // A partial refund in fiat at the locked rate goes to the payer by default, is found by the watcher when
    // the owner pays it, and succeeds after the chain's confirmations; the session shows it.
    void nativeRefundIsFoundAndConfirmed()
    {
        const QJsonObject paid = paidSession();
        const QString id = paid[u"id"_s].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(paid[u"refunds"_s].toArray().size(), 0);
        QCOMPARE(paid[u"amountRefunded"_s][u"wei"_s].toString(), u"0"_s);

        const auto created =
            refund(id, {{u"amount"_s, QJsonObject{{u"value"_s, u"10.00"_s}, {u"currency"_s, u"USD"_s}}},
                        {u"reason"_s, u"one mug arrived broken"_s}});
        QCOMPARE(created.status, 200);
        const QJsonObject re = created.json;
        const QString refundId = re[u"id"_s].toString();
        QVERIFY(refundId.startsWith(u"re_"_s));
        QCOMPARE(re[u"object"_s].toString(), u"refund"_s);
        QCOMPARE(re[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(re[u"sessionId"_s].toString(), id);
        // 10 / 3000 ETH = 0.0033333…, rounded up to 8 decimals: the customer never gets less than asked.
        QCOMPARE(re[u"amount"_s].toObject(),
                 (QJsonObject{{u"wei"_s, u"3333340000000000"_s}, {u"eth"_s, u"0.00333334"_s}}));
        QCOMPARE(re[u"fiat"_s].toObject(),
                 (QJsonObject{{u"amount"_s, u"10.00"_s}, {u"currency"_s, u"USD"_s}}));
        QCOMPARE(re[u"address"_s].toString(), m_payer);
        QCOMPARE(re[u"reason"_s].toString(), u"one mug arrived broken"_s);
        QVERIFY(re[u"txHash"_s].isNull());
        QCOMPARE(re[u"paymentUri"_s].toString(), u"ethereum:%1@31337?value=3333340000000000"_s.arg(m_payer));

        QJsonObject current = session(id);
        QCOMPARE(current[u"refunds"_s].toArray().size(), 1);
        QCOMPARE(current[u"refunds"_s][0][u"id"_s].toString(), refundId);
        QCOMPARE(current[u"amountRefunded"_s][u"wei"_s].toString(), u"0"_s); // pending is not refunded yet
        QVERIFY(eventTypes(id).contains(u"refund.created"_s));
        const auto listed = api().get(u"/api/v1/checkout_sessions/%1/refunds"_s.arg(id));
        QCOMPARE(listed.json[u"data"_s].toArray().size(), 1);
        QCOMPARE(api()
                     .get(u"/api/v1/checkout_sessions?limit=1"_s)
                     .json[u"data"_s][0][u"refunds"_s]
                     .toArray()
                     .size(),
                 1);

        // More than is left (0.01 − 0.00333334 ETH) is refused, naming what is left; nothing is recorded.
        auto tooMuch = refund(id, {{u"amount"_s, QJsonObject{{u"wei"_s, u"6666670000000000"_s}}}});
        QCOMPARE(tooMuch.status, 400);
        QCOMPARE(tooMuch.json[u"error"_s][u"code"_s].toString(), u"amount_too_large"_s);
        QVERIFY2(tooMuch.json[u"error"_s][u"message"_s].toString().contains(u"0.00666666 ETH"_s),
                 tooMuch.body.constData());
        QCOMPARE(session(id)[u"refunds"_s].toArray().size(), 1);

        // Less than the amount does not pay it; the full amount does, once confirmed.
        const QString tooLittle = m_node->sendEther(m_shopWallet, m_payer, u"3333339999999999"_s);
        QVERIFY(chaintest::waitForWatcherAtHead(*m_server, *m_node));
        QVERIFY(getRefund(refundId)[u"txHash"_s].isNull());
        const QString tx = m_node->sendEther(m_shopWallet, m_payer, u"3333340000000000"_s);
        QVERIFY(QTest::qWaitFor([&] { return getRefund(refundId)[u"txHash"_s].toString() == tx; }, 10000));
        QCOMPARE(getRefund(refundId)[u"status"_s].toString(), u"pending"_s); // 1 of 3 confirmations
        m_node->mine(2);
        QVERIFY(waitForRefund(refundId, u"succeeded"_s));
        const QJsonObject succeeded = getRefund(refundId);
        QVERIFY(!succeeded[u"succeededAt"_s].isNull());
        QVERIFY(!succeeded.contains(u"paymentUri"_s));
        QCOMPARE(succeeded[u"amountSent"_s][u"wei"_s].toString(), u"3333340000000000"_s);
        current = session(id);
        QCOMPARE(current[u"amountRefunded"_s][u"wei"_s].toString(), u"3333340000000000"_s);
        QCOMPARE(current[u"status"_s].toString(), u"paid"_s); // a refund does not change what was paid
        QVERIFY(eventTypes(id).contains(u"refund.succeeded"_s));

        // The rest, with no amount: all that is left, to another address; the short transfer above is not
        // taken for it (it was to the payer).
        const QString elsewhere = chaintest::randomAddress();
        const auto rest = refund(id, {{u"address"_s, elsewhere.toLower()}});
        QCOMPARE(rest.status, 200);
        QCOMPARE(rest.json[u"amount"_s][u"wei"_s].toString(), u"6666660000000000"_s);
        QCOMPARE(rest.json[u"address"_s].toString(), ethereum::toChecksumAddress(elsewhere));
        QCOMPARE(refund(id, {}).status, 409); // nothing left while it is pending
        // Canceled, it frees its amount again.
        const auto canceled =
            api().postJson(u"/api/v1/refunds/%1/cancel"_s.arg(rest.json[u"id"_s].toString()), {});
        QCOMPARE(canceled.status, 200);
        QCOMPARE(canceled.json[u"status"_s].toString(), u"canceled"_s);
        QCOMPARE(api().postJson(u"/api/v1/refunds/%1/cancel"_s.arg(rest.json[u"id"_s].toString()), {}).status,
                 409);
        QVERIFY(eventTypes(id).contains(u"refund.canceled"_s));
        QCOMPARE(refund(id, {{u"amount"_s, QJsonObject{{u"wei"_s, u"6666660000000000"_s}}}}).status, 200);
        Q_UNUSED(tooLittle);
    }

    // Every kind of bad request is refused with the parameter named, and records nothing.
    void badRequestsChangeNothing()
    {
        const QJsonObject paid = paidSession();
        const QString id = paid[u"id"_s].toString();
        QVERIFY(!id.isEmpty());
        const QList<std::pair<QJsonObject, QString>> cases{
            {{{u"amount"_s, QJsonObject{{u"value"_s, u"1.00"_s}, {u"currency"_s, u"EUR"_s}}}},
             u"amount.currency"_s},
            {{{u"amount"_s, QJsonObject{{u"value"_s, u"1.001"_s}, {u"currency"_s, u"USD"_s}}}},
             u"amount.value"_s},
            {{{u"amount"_s, QJsonObject{{u"value"_s, u"-1"_s}, {u"currency"_s, u"USD"_s}}}},
             u"amount.value"_s},
            {{{u"amount"_s, QJsonObject{{u"value"_s, u"1.00"_s}, {u"wei"_s, u"1"_s}}}}, u"amount"_s},
            {{{u"amount"_s, QJsonObject{{u"wei"_s, u"0"_s}}}}, u"amount.wei"_s},
            {{{u"amount"_s, QJsonObject{{u"wei"_s, u"1e18"_s}}}}, u"amount.wei"_s},
            {{{u"amount"_s, QJsonObject{{u"wei"_s, 1000}}}}, u"amount.wei"_s},
            {{{u"amount"_s, QJsonObject{}}}, u"amount"_s},
            {{{u"address"_s, u"0x123"_s}}, u"address"_s},
            {{{u"address"_s, u"0x52908400098527886E0F7030069857D2E4169Ee7"_s}}, u"address"_s}, // bad checksum
            {{{u"address"_s, u"0x0000000000000000000000000000000000000000"_s}}, u"address"_s},
            {{{u"address"_s, paid[u"address"_s].toString()}}, u"address"_s}, // the shop's own deposit address
            {{{u"reason"_s, QString(501, u'x')}}, u"reason"_s},
            {{{u"reason"_s, u"bell\u0007"_s}}, u"reason"_s},
            {{{u"refundAll"_s, true}}, u"refundAll"_s},
        };
        for (const auto &[body, param] : cases) {
            const auto reply = refund(id, body);
            QVERIFY2(reply.status == 400, reply.body.constData());
            QCOMPARE(reply.json[u"error"_s][u"param"_s].toString(), param);
        }
        const auto notJson = api().post(u"/api/v1/checkout_sessions/%1/refunds"_s.arg(id),
                                        "{\"amount\":", {{"Content-Type", "application/json"}});
        QCOMPARE(notJson.status, 400);
        QCOMPARE(session(id)[u"refunds"_s].toArray().size(), 0);
        QVERIFY(!eventTypes(id).contains(u"refund.created"_s));
    }

    // The owner paid first and names the transaction afterwards (the watcher had passed that block): it is
    // read from the node, checked against the refund, and succeeds at once with its confirmations.
    void tokenRefundByNamedTransaction()
    {
        const QJsonObject paid = paidSession(u"TUSD"_s);
        const QString id = paid[u"id"_s].toString();
        QVERIFY(!id.isEmpty());
        const QString customer = chaintest::randomAddress();
        const QString tx = chaintest::tokenCall(*m_node, m_shopWallet, m_tusd, "transfer(address,uint256)",
                                                customer, u"12500000"_s);
        m_node->mine(3);
        QVERIFY(chaintest::waitForWatcherAtHead(*m_server, *m_node));

        const auto created =
            refund(id, {{u"amount"_s, QJsonObject{{u"value"_s, u"12.50"_s}, {u"currency"_s, u"USD"_s}}},
                        {u"address"_s, customer}});
        QCOMPARE(created.status, 200);
        const QString refundId = created.json[u"id"_s].toString();
        QCOMPARE(created.json[u"amount"_s].toObject(),
                 (QJsonObject{{u"wei"_s, u"12500000"_s}, {u"eth"_s, u"12.5"_s}, {u"symbol"_s, u"TUSD"_s}}));
        QCOMPARE(created.json[u"paymentUri"_s].toString(),
                 u"ethereum:%1@31337/transfer?address=%2&uint256=12500000"_s.arg(
                     m_tusd, ethereum::toChecksumAddress(customer)));
        const QString attach = u"/api/v1/refunds/%1/transaction"_s.arg(refundId);

        // Not this refund's transfer: the session's own payment (to the deposit address), a malformed hash,
        // a hash the node does not know.
        const QString paymentTx = paid[u"txHash"_s].toString();
        auto reply = api().postJson(attach, {{u"txHash"_s, paymentTx}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json[u"error"_s][u"code"_s].toString(), u"transfer_mismatch"_s);
        QCOMPARE(api().postJson(attach, {{u"txHash"_s, u"0x1234"_s}}).status, 400);
        QCOMPARE(api().postJson(attach, {{u"txHash"_s, u"0x"_s + QString(64, u'a')}}).status, 400);
        QCOMPARE(api().postJson(attach, {}).status, 400);
        QCOMPARE(getRefund(refundId)[u"status"_s].toString(), u"pending"_s);

        reply = api().postJson(attach, {{u"txHash"_s, tx}});
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.json[u"status"_s].toString(), u"succeeded"_s);
        QCOMPARE(reply.json[u"txHash"_s].toString(), tx);
        QCOMPARE(reply.json[u"amountSent"_s][u"symbol"_s].toString(), u"TUSD"_s);
        QCOMPARE(session(id)[u"amountRefunded"_s].toObject(),
                 (QJsonObject{{u"wei"_s, u"12500000"_s}, {u"eth"_s, u"12.5"_s}, {u"symbol"_s, u"TUSD"_s}}));
        // Named again: the same answer. For another refund: refused, one transfer pays one refund.
        QCOMPARE(api().postJson(attach, {{u"txHash"_s, tx}}).status, 200);
        const auto second =
            refund(id, {{u"amount"_s, QJsonObject{{u"wei"_s, u"1000000"_s}}}, {u"address"_s, customer}});
        QCOMPARE(second.status, 200);
        reply = api().postJson(u"/api/v1/refunds/%1/transaction"_s.arg(second.json[u"id"_s].toString()),
                               {{u"txHash"_s, tx}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json[u"error"_s][u"code"_s].toString(), u"transfer_used"_s);

        // The watcher finds a token transfer to a refund address by itself too.
        const QString later = chaintest::tokenCall(*m_node, m_shopWallet, m_tusd, "transfer(address,uint256)",
                                                   customer, u"1000000"_s);
        m_node->mine(2);
        QVERIFY(waitForRefund(second.json[u"id"_s].toString(), u"succeeded"_s));
        QCOMPARE(getRefund(second.json[u"id"_s].toString())[u"txHash"_s].toString(), later);
        QCOMPARE(session(id)[u"amountRefunded"_s][u"wei"_s].toString(), u"13500000"_s);
    }
};

QTEST_GUILESS_MAIN(TestRefunds)
#include "tst_refunds.moc"
