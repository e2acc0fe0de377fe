#include "ChainTestHelpers.h"
#include "EthereumAddress.h"
#include "HardhatNode.h"
#include "OffsetClock.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// ERC-20 payments against a real local EVM node (Hardhat) with two deployed test tokens
// (tests/contracts/TestToken.sol, 6 decimals): TUSD, pegged to USD, which the sessions ask for, and
// OTHER, the wrong token. Through the API, the watcher's eth_getLogs, the state machine and the store.
class TestTokens : public QObject
{
    Q_OBJECT

    std::unique_ptr<HardhatNode> m_node;
    OffsetClock m_clock;
    std::unique_ptr<ServerFixture> m_server;
    QString m_payer;
    QString m_tusd;
    QString m_other;

    QString tokenCall(const QString &token, const char *signature, const QString &to, const QString &units)
    {
        return chaintest::tokenCall(*m_node, m_payer, token, signature, to, units);
    }
    QString transfer(const QString &token, const QString &to, const QString &units)
    {
        return tokenCall(token, "transfer(address,uint256)", to, units);
    }

    // rpcUrl: the node by default; another URL (a closed port) for a node that cannot be reached.
    void startBackend(const QUrl &rpcUrl = {})
    {
        QVERIFY2(m_server->start(chaintest::serverConfig(rpcUrl.isEmpty() ? m_node->rpcUrl() : rpcUrl) +
                                 "tokens=TUSD:" + m_tusd.toUtf8() + ":6:USD,OTHER:" + m_other.toUtf8() +
                                 ":6:USD\n"),
                 qPrintable(m_server->error()));
        if (rpcUrl.isEmpty())
            QVERIFY(chaintest::waitForWatcherOk(*m_server));
    }

    HttpClient::Reply create(const QString &value, const QString &currency, const QJsonValue &asset)
    {
        return chaintest::createSession(m_server->client(), value, currency, asset);
    }
    QJsonObject createTokenSession(const QString &usd = u"30.00"_s)
    {
        const auto reply = create(usd, u"USD"_s, u"tusd"_s);
        if (reply.status != 200)
            qWarning() << reply.body;
        return reply.json;
    }
    QJsonObject session(const QString &id) { return chaintest::session(m_server->client(), id); }
    bool waitForStatus(const QString &id, const QString &status)
    {
        return chaintest::waitForStatus(*m_server, id, status);
    }

private Q_SLOTS:
    void init()
    {
        m_node = std::make_unique<HardhatNode>();
        QString error;
        QVERIFY2(m_node->start(&error), qPrintable(error));
        m_payer = m_node->accounts().value(1);
        m_tusd = ethereum::toChecksumAddress(chaintest::deployContract(*m_node, m_payer, u"TestToken"_s));
        m_other = ethereum::toChecksumAddress(chaintest::deployContract(*m_node, m_payer, u"TestToken"_s));
        QVERIFY(!m_tusd.isEmpty() && !m_other.isEmpty());
        tokenCall(m_tusd, "mint(address,uint256)", m_payer, u"1000000000"_s);  // 1000 TUSD
        tokenCall(m_other, "mint(address,uint256)", m_payer, u"1000000000"_s); // 1000 OTHER
        m_clock.setOffsetMs(0);
        m_server = std::make_unique<ServerFixture>(m_clock);
        startBackend();
    }
    void cleanup()
    {
        m_server.reset();
        m_node.reset();
    }

    void exactTokenPaymentIsDetectedAndPaid()
    {
        const QJsonObject created = createTokenSession();
        const QString id = created[u"id"_s].toString();
        QCOMPARE(created[u"asset"_s].toObject(),
                 (QJsonObject{{u"symbol"_s, u"TUSD"_s}, {u"contract"_s, m_tusd}, {u"decimals"_s, 6}}));
        QCOMPARE(created[u"amount"_s].toObject(),
                 (QJsonObject{{u"wei"_s, u"30000000"_s}, {u"eth"_s, u"30"_s}, {u"symbol"_s, u"TUSD"_s}}));
        QCOMPARE(created[u"amountReceived"_s][u"symbol"_s].toString(), u"TUSD"_s);
        QCOMPARE(created[u"ethPriceUsd"_s].toString(), u"3000"_s);
        const QJsonObject rate = created[u"exchangeRate"_s].toObject();
        QCOMPARE(rate[u"pair"_s].toString(), u"TUSD-USD"_s);
        QCOMPARE(rate[u"rate"_s].toString(), u"1"_s);
        QCOMPARE(rate[u"source"_s].toString(), u"peg"_s);

        // The hosted page asks the wallet for a token transfer (ERC-681), not for ether.
        const QJsonObject state =
            HttpClient(m_server->backend().baseUrl()).get(u"/checkout/%1/state.json"_s.arg(id)).json;
        QCOMPARE(state[u"paymentUri"_s].toString(),
                 u"ethereum:%1@31337/transfer?address=%2&uint256=30000000"_s.arg(
                     m_tusd, created[u"address"_s].toString()));
        QCOMPARE(state[u"asset"_s][u"symbol"_s].toString(), u"TUSD"_s);
        QCOMPARE(state[u"amount"_s][u"eth"_s].toString(), u"30"_s);
        const auto page = HttpClient(m_server->backend().baseUrl()).get(u"/checkout/"_s + id);
        QVERIFY(page.body.contains("TUSD"));

        const QString tx = transfer(m_tusd, created[u"address"_s].toString(), u"30000000"_s);
        QVERIFY(waitForStatus(id, u"detected"_s));
        const QJsonObject detected = session(id);
        QCOMPARE(detected[u"txHash"_s].toString(), tx);
        QCOMPARE(detected[u"amountReceived"_s][u"wei"_s].toString(), u"30000000"_s);
        const QJsonObject payment = detected[u"payments"_s][0].toObject();
        QCOMPARE(detected[u"payments"_s].toArray().size(), 1);
        QCOMPARE(payment[u"txHash"_s].toString(), tx);
        QCOMPARE(payment[u"logIndex"_s].toInt(), 0);
        QCOMPARE(payment[u"counted"_s].toBool(), true);
        QCOMPARE(payment[u"from"_s].toString(), m_payer.toLower());
        QCOMPARE(payment[u"amount"_s].toObject(),
                 (QJsonObject{{u"wei"_s, u"30000000"_s}, {u"eth"_s, u"30"_s}, {u"symbol"_s, u"TUSD"_s}}));
        QCOMPARE(payment[u"blockHash"_s].toString(),
                 m_node->receipt(tx)[u"blockHash"_s].toString().toLower());
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
        QCOMPARE(session(id)[u"needsAttention"_s].toBool(), false);
    }

    // The second part is minted straight to the deposit address: a Transfer from the zero address counts.
    void twoPartTokenPayment()
    {
        const QJsonObject created = createTokenSession();
        const QString id = created[u"id"_s].toString();
        const QString address = created[u"address"_s].toString();
        transfer(m_tusd, address, u"10000000"_s);
        QVERIFY(waitForStatus(id, u"underpaid"_s));
        QCOMPARE(session(id)[u"amountReceived"_s][u"eth"_s].toString(), u"10"_s);
        const QJsonObject state =
            HttpClient(m_server->backend().baseUrl()).get(u"/checkout/%1/state.json"_s.arg(id)).json;
        QVERIFY(state[u"paymentUri"_s].toString().endsWith(u"&uint256=20000000"_s));
        tokenCall(m_tusd, "mint(address,uint256)", address, u"20000000"_s);
        QVERIFY(waitForStatus(id, u"detected"_s));
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
        const QJsonArray payments = session(id)[u"payments"_s].toArray();
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments[1][u"from"_s].toString(), u"0x0000000000000000000000000000000000000000"_s);
    }

    // OTHER and ether sent to a TUSD session are recorded but do not count, and flag the session.
    void wrongTokenDoesNotPay()
    {
        const QJsonObject created = createTokenSession();
        const QString id = created[u"id"_s].toString();
        const QString address = created[u"address"_s].toString();
        transfer(m_other, address, u"30000000"_s);
        QVERIFY(QTest::qWaitFor([&] { return session(id)[u"payments"_s].toArray().size() == 1; }, 10000));
        QJsonObject seen = session(id);
        QCOMPARE(seen[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(seen[u"needsAttention"_s].toBool(), true);
        QCOMPARE(seen[u"amountReceived"_s][u"wei"_s].toString(), u"0"_s);
        QCOMPARE(seen[u"payments"_s][0][u"counted"_s].toBool(), false);
        QCOMPARE(seen[u"payments"_s][0][u"amount"_s][u"symbol"_s].toString(), u"OTHER"_s);

        m_node->sendEther(m_payer, address, u"10000000000000000"_s);
        QVERIFY(QTest::qWaitFor([&] { return session(id)[u"payments"_s].toArray().size() == 2; }, 10000));
        seen = session(id);
        QCOMPARE(seen[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(seen[u"payments"_s][1][u"amount"_s].toObject(),
                 (QJsonObject{
                     {u"wei"_s, u"10000000000000000"_s}, {u"eth"_s, u"0.01"_s}, {u"symbol"_s, u"ETH"_s}}));
        QCOMPARE(seen[u"payments"_s][1][u"counted"_s].toBool(), false);

        // The right token still pays; the session keeps its flag for the operator.
        transfer(m_tusd, address, u"30000000"_s);
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
        QCOMPARE(session(id)[u"amountReceived"_s][u"wei"_s].toString(), u"30000000"_s);
        QCOMPARE(session(id)[u"needsAttention"_s].toBool(), true);
    }

    void reorgRemovingATokenPaymentGoesBack()
    {
        const QJsonObject created = createTokenSession();
        const QString id = created[u"id"_s].toString();
        const QString snapshot = m_node->snapshot();
        transfer(m_tusd, created[u"address"_s].toString(), u"30000000"_s);
        QVERIFY(waitForStatus(id, u"detected"_s));
        QVERIFY(m_node->revert(snapshot));
        m_node->mine(4); // a longer chain without the transfer
        QVERIFY(waitForStatus(id, u"pending"_s));
        QCOMPARE(session(id)[u"payments"_s].toArray().size(), 0);
        QCOMPARE(session(id)[u"amountReceived"_s][u"wei"_s].toString(), u"0"_s);
        transfer(m_tusd, created[u"address"_s].toString(), u"30000000"_s);
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
    }

    // A transfer made while the program was stopped is found from the stored cursor after a restart.
    void transferWhileStoppedIsCaughtUp()
    {
        const QJsonObject created = createTokenSession();
        const QString id = created[u"id"_s].toString();
        QVERIFY(chaintest::waitForWatcherAtHead(*m_server, *m_node));
        m_server->stop();
        transfer(m_tusd, created[u"address"_s].toString(), u"30000000"_s);
        m_node->mine(3);
        startBackend();
        QVERIFY(waitForStatus(id, u"paid"_s));
        QCOMPARE(session(id)[u"payments"_s].toArray().size(), 1);
    }

    // The node could not be reached when the shop started, so the chain has no cursor yet; the customer pays
    // meanwhile. When the node is back the watcher starts at its head, past the payment's block: the token
    // balance (balanceOf at the cursor) shows it, and it is credited, stamped with the block it is in.
    void tokenPaymentBeforeTheFirstCursorIsCredited()
    {
        m_server->resetDataDir();
        startBackend(QUrl(u"http://127.0.0.1:9/"_s)); // nothing listens on the discard port
        QVERIFY(!m_server->backend().store().chain().cursor(31337));
        const QJsonObject created = createTokenSession();
        const QString id = created[u"id"_s].toString();
        QVERIFY(!id.isEmpty());
        const QString tx = transfer(m_tusd, created[u"address"_s].toString(), u"30000000"_s);
        const qint64 paidIn = m_node->receipt(tx)[u"blockNumber"_s].toString().mid(2).toLongLong(nullptr, 16);
        m_node->mine(3);
        m_server->stop();

        startBackend();
        QVERIFY(waitForStatus(id, u"paid"_s));
        QCOMPARE(m_server->backend().store().chain().cursor(31337)->blockNumber > paidIn,
                 true); // it started after it
        const QJsonArray payments = session(id)[u"payments"_s].toArray();
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments[0][u"blockNumber"_s].toInteger(), paidIn);
        QCOMPARE(payments[0][u"txHash"_s].toString(), QString()); // found by its balance, not its log
        QCOMPARE(payments[0][u"amount"_s].toObject(),
                 (QJsonObject{{u"wei"_s, u"30000000"_s}, {u"eth"_s, u"30"_s}, {u"symbol"_s, u"TUSD"_s}}));
        QCOMPARE(payments[0][u"counted"_s].toBool(), true);
        QCOMPARE(session(id)[u"amountReceived"_s][u"wei"_s].toString(), u"30000000"_s);
        QCOMPARE(session(id)[u"needsAttention"_s].toBool(), false);
    }

    void unknownAssetIsRefused()
    {
        const auto reply = create(u"30.00"_s, u"USD"_s, u"DOGE"_s);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json[u"error"_s].toObject();
        QCOMPARE(error[u"type"_s].toString(), u"invalid_request_error"_s);
        QCOMPARE(error[u"param"_s].toString(), u"asset"_s);
        QVERIFY2(error[u"message"_s].toString().contains(u"ETH, TUSD, OTHER"_s),
                 qPrintable(error[u"message"_s].toString()));
        const auto wrongType = create(u"30.00"_s, u"USD"_s, 5);
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.json[u"error"_s][u"param"_s].toString(), u"asset"_s);
        QCOMPARE(m_server->backend().store().sessions().count(), 0);
    }

    // A native session has exactly the keys it had before tokens (plus the refunds), whether asset is absent
    // or names the coin.
    void nativeSessionKeepsItsShape()
    {
        const QStringList keys{
            u"address"_s,     u"amount"_s,       u"amountReceived"_s, u"amountRefunded"_s, u"cancelUrl"_s,
            u"chainId"_s,     u"checkoutUrl"_s,  u"createdAt"_s,      u"customerEmail"_s,  u"description"_s,
            u"ethPriceUsd"_s, u"exchangeRate"_s, u"expiresAt"_s,      u"fiat"_s,           u"id"_s,
            u"linkId"_s,      u"livemode"_s,     u"metadata"_s,       u"needsAttention"_s, u"object"_s,
            u"paidAt"_s,      u"payments"_s,     u"refunds"_s,        u"returnUrl"_s,      u"status"_s,
            u"successUrl"_s,  u"txHash"_s,       u"updatedAt"_s};
        for (const QJsonValue &asset : {QJsonValue(QJsonValue::Undefined), QJsonValue(u"eth"_s)}) {
            const auto reply = create(u"30.00"_s, u"USD"_s, asset);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.keys(), keys);
            QCOMPARE(reply.json[u"amount"_s].toObject().keys(), (QStringList{u"eth"_s, u"wei"_s}));
            QCOMPARE(reply.json[u"amount"_s][u"wei"_s].toString(), u"10000000000000000"_s);
            const QString id = reply.json[u"id"_s].toString();
            m_node->sendEther(m_payer, reply.json[u"address"_s].toString(), u"10000000000000000"_s);
            QVERIFY(waitForStatus(id, u"detected"_s));
            const QJsonObject detected = session(id);
            QCOMPARE(detected.keys(), keys);
            QCOMPARE(detected[u"payments"_s][0].toObject().keys(),
                     (QStringList{u"amount"_s, u"blockHash"_s, u"blockNumber"_s, u"blockTimestamp"_s,
                                  u"confirmations"_s, u"from"_s, u"txHash"_s}));
            QCOMPARE(detected[u"payments"_s][0][u"amount"_s].toObject().keys(),
                     (QStringList{u"eth"_s, u"wei"_s}));
        }
    }

    // A payment link may charge in a token: its public URL and link-mode creates make token sessions.
    void paymentLinkChargesInItsToken()
    {
        auto link = m_server->client().postJson(
            u"/api/v1/payment_links"_s,
            {{u"fiatAmount"_s, u"25.00"_s}, {u"fiatCurrency"_s, u"USD"_s}, {u"asset"_s, u"tusd"_s}});
        QCOMPARE(link.status, 200);
        QCOMPARE(link.json[u"asset"_s].toString(), u"TUSD"_s);
        const QString linkId = link.json[u"id"_s].toString();

        // The public URL: 303 to a TUSD session's checkout page.
        const QList<QByteArray> visit =
            sendPipelined(m_server->backend().baseUrl(),
                          "GET /l/" + linkId.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 1);
        QCOMPARE(visit.size(), 1);
        QVERIFY2(visit[0].startsWith("HTTP/1.1 303"), visit[0].left(200).constData());
        const QByteArray location =
            visit[0].mid(visit[0].toLower().indexOf("location: ") + 10).split('\r')[0];
        const QString sessionId = QString::fromLatin1(location.mid(location.lastIndexOf('/') + 1));
        const QJsonObject visited = session(sessionId);
        QCOMPARE(visited[u"asset"_s][u"symbol"_s].toString(), u"TUSD"_s);
        QCOMPARE(visited[u"amount"_s][u"wei"_s].toString(), u"25000000"_s);
        QCOMPARE(visited[u"linkId"_s].toString(), linkId);

        // Link mode through the API takes the link's asset, and refuses another one.
        auto created = m_server->client().postJson(u"/api/v1/checkout_sessions"_s, {{u"linkId"_s, linkId}});
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json[u"asset"_s][u"symbol"_s].toString(), u"TUSD"_s);
        const qint64 sessions = m_server->backend().store().sessions().count();
        created = m_server->client().postJson(u"/api/v1/checkout_sessions"_s,
                                              {{u"linkId"_s, linkId}, {u"asset"_s, u"ETH"_s}});
        QCOMPARE(created.status, 400);
        QCOMPARE(created.json[u"error"_s][u"param"_s].toString(), u"asset"_s);
        QCOMPARE(m_server->backend().store().sessions().count(), sessions);

        // An unknown asset makes no link; setting the asset to null makes it a native-coin link again.
        const auto unknown = m_server->client().postJson(
            u"/api/v1/payment_links"_s,
            {{u"fiatAmount"_s, u"25.00"_s}, {u"fiatCurrency"_s, u"USD"_s}, {u"asset"_s, u"DOGE"_s}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json[u"error"_s][u"param"_s].toString(), u"asset"_s);
        QCOMPARE(m_server->client().get(u"/api/v1/payment_links"_s).json[u"data"_s].toArray().size(), 1);
        link = m_server->client().postJson(u"/api/v1/payment_links/"_s + linkId,
                                           {{u"asset"_s, QJsonValue::Null}});
        QCOMPARE(link.status, 200);
        QVERIFY(link.json[u"asset"_s].isNull());
        created = m_server->client().postJson(u"/api/v1/checkout_sessions"_s, {{u"linkId"_s, linkId}});
        QCOMPARE(created.status, 200);
        QVERIFY(!created.json.contains(u"asset"_s));
        QCOMPARE(created.json[u"amount"_s][u"wei"_s].toString(), u"8333340000000000"_s);
    }

    // 30.00 EUR in a USD token: 30 * ETH-USD 3000 / ETH-EUR 2760 = 32.608695652… TUSD, rounded up.
    void euroSessionUsesTheDerivedRate()
    {
        const auto reply = create(u"30.00"_s, u"EUR"_s, u"TUSD"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"amount"_s][u"wei"_s].toString(), u"32608696"_s);
        QCOMPARE(reply.json[u"amount"_s][u"eth"_s].toString(), u"32.608696"_s);
        const QJsonObject rate = reply.json[u"exchangeRate"_s].toObject();
        QCOMPARE(rate[u"pair"_s].toString(), u"TUSD-EUR"_s);
        QCOMPARE(rate[u"rate"_s].toString(), u"0.92"_s);
        QCOMPARE(rate[u"source"_s].toString(), u"fixed/fixed"_s);
        QCOMPARE(rate[u"nativeUsd"_s][u"source"_s].toString(), u"fixed"_s);
        QCOMPARE(rate[u"nativeUsd"_s][u"pair"_s].toString(), u"ETH-USD"_s);
        QCOMPARE(reply.json[u"ethPriceUsd"_s].toString(), u"3000"_s);
        const QString id = reply.json[u"id"_s].toString();
        transfer(m_tusd, reply.json[u"address"_s].toString(), u"32608696"_s);
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
