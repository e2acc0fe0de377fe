// The chain watcher against a real Hardhat node: payments, lateness, reorgs, outages, lagging and lying
// nodes, confirmation nodes. Long because every case needs the same node and server; each stands alone.
#include "ChainTestHelpers.h"
#include "HardhatNode.h"
#include "LaggingRpcProxy.h"
#include "OffsetClock.h"
#include "ServerFixture.h"
#include "ServerProcess.h"
#include "Time.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Getting paid, against a real local EVM node (Hardhat): the watcher, the state machine and the store
// together. Deposit addresses come from the public test xpub, which is not one of the node's accounts.
class TestChainWatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<HardhatNode> m_node;
    OffsetClock m_clock;
    std::unique_ptr<ServerFixture> m_server;
    QString m_payer;

    void writeConfig(const QByteArray &extra = {}, const QUrl &rpcUrl = {}, int pollIntervalMs = 200)
    {
        m_server->dir().writeConfig(
            chaintest::serverConfig(rpcUrl.isEmpty() ? m_node->rpcUrl() : rpcUrl, pollIntervalMs) + extra);
    }
    bool newHeadsShownOnHealthz()
    {
        const auto health = m_server->client().get(u"/healthz"_s);
        return health.json[u"chains"_s][0][u"newHeads"_s].toBool();
    }
    void startBackend()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(chaintest::waitForWatcherOk(*m_server));
    }
    ChainWatcher *watcher() { return m_server->backend().watcher(31337); }

    template <typename Predicate> bool waitUntil(Predicate predicate, int timeoutMs)
    {
        return QTest::qWaitFor(predicate, timeoutMs);
    }

    // 1 ETH = 3000 USD at the fixed default rate: 30.00 USD is 0.01 ETH = 10^16 wei.
    QJsonObject createSession(const QString &usd = u"30.00"_s)
    {
        return chaintest::createSession(m_server->client(), usd, u"USD"_s).json;
    }
    QJsonObject session(const QString &id) { return chaintest::session(m_server->client(), id); }
    bool waitForStatus(const QString &id, const QString &status, int timeoutMs = 10000)
    {
        return chaintest::waitForStatus(*m_server, id, status, timeoutMs);
    }
    QStringList eventTypes(const QString &id)
    {
        QStringList types;
        for (const Event &event : m_server->backend().store().events().forSession(id))
            types << event.type;
        return types;
    }
    qint64 latestBlockTimestamp()
    {
        return m_node->block(m_node->blockNumber())[u"timestamp"_s].toString().mid(2).toLongLong(nullptr, 16);
    }
    // tests/contracts/Forwarder.sol: forward(address) sends the value on from the contract.
    QString deployForwarder() { return chaintest::deployContract(*m_node, m_payer, u"Forwarder"_s); }
    // Moves the service's clock past a session's expiry and lets the expiry timer act.
    void jumpPastExpiry(const QJsonObject &s, qint64 byMs = 5000)
    {
        const qint64 expires = *parseIsoTimestamp(s[u"expiresAt"_s].toString());
        m_clock.setOffsetMs(expires + byMs - QDateTime::currentMSecsSinceEpoch());
        m_server->backend().checkout().expireDueSessions();
    }

private Q_SLOTS:
    void init()
    {
        m_node = std::make_unique<HardhatNode>();
        QString error;
        QVERIFY2(m_node->start(&error), qPrintable(error));
        m_payer = m_node->accounts().value(1);
        m_clock.setOffsetMs(0);
        m_server = std::make_unique<ServerFixture>(m_clock);
        writeConfig();
        startBackend();
    }
    void cleanup()
    {
        m_server.reset();
        m_node.reset();
    }

    void exactPaymentGoesPendingDetectedPaid()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        QCOMPARE(created[u"address"_s].toString(), u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s);
        QVERIFY(!m_node->accounts().contains(created[u"address"_s].toString().toLower()));
        const QString tx = m_node->sendEther(m_payer, created[u"address"_s].toString(),
                                             created[u"amount"_s][u"wei"_s].toString());
        QVERIFY(waitForStatus(id, u"detected"_s));
        QJsonObject detected = session(id);
        QCOMPARE(detected[u"txHash"_s].toString(), tx);
        QCOMPARE(detected[u"payments"_s].toArray().size(), 1);
        QCOMPARE(detected[u"payments"_s][0][u"confirmations"_s].toInt(), 1);
        QCOMPARE(detected[u"amountReceived"_s][u"wei"_s].toString(), u"10000000000000000"_s);
        QCOMPARE(detected[u"paidAt"_s].type(), QJsonValue::Null);
        m_node->mine(1);
        QTest::qWait(600);
        QCOMPARE(session(id)[u"status"_s].toString(), u"detected"_s); // 2 of 3
        m_node->mine(1);
        QVERIFY(waitForStatus(id, u"paid"_s));
        QVERIFY(session(id)[u"paidAt"_s].isString());
        QCOMPARE(eventTypes(id),
                 (QStringList{u"session.created"_s, u"session.detected"_s, u"session.paid"_s}));
    }

    void twoPartPayment()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        const QString address = created[u"address"_s].toString();
        m_node->sendEther(m_payer, address, u"4000000000000000"_s);
        QVERIFY(waitForStatus(id, u"underpaid"_s));
        QCOMPARE(session(id)[u"amountReceived"_s][u"eth"_s].toString(), u"0.004"_s);
        m_node->sendEther(m_payer, address, u"6000000000000000"_s);
        QVERIFY(waitForStatus(id, u"detected"_s));
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
        QCOMPARE(session(id)[u"payments"_s].toArray().size(), 2);
    }

    void underpaidThenExpiredKeepsWhatArrived()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        m_node->sendEther(m_payer, created[u"address"_s].toString(), u"1000000000000000"_s);
        QVERIFY(waitForStatus(id, u"underpaid"_s));
        jumpPastExpiry(created);
        QVERIFY(waitForStatus(id, u"expired"_s));
        QCOMPARE(session(id)[u"amountReceived"_s][u"wei"_s].toString(), u"1000000000000000"_s);
    }

    void overpaidThenPaid()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        m_node->sendEther(m_payer, created[u"address"_s].toString(), u"15000000000000000"_s);
        QVERIFY(waitForStatus(id, u"overpaid"_s));
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
        QCOMPARE(session(id)[u"amountReceived"_s][u"eth"_s].toString(), u"0.015"_s);
    }

    // 1 wei sent in every block after the full payment (automining: each transfer is a block) cannot keep the
    // session from settling: it is paid once the payment that completed it has its confirmations, and the
    // dust is recorded and flagged for the operator.
    void dustInEveryBlockDoesNotHoldSettlement()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        const QString address = created[u"address"_s].toString();
        m_node->sendEther(m_payer, address, created[u"amount"_s][u"wei"_s].toString());
        QVERIFY(waitForStatus(id, u"detected"_s));
        for (int i = 0; i < 4; ++i)
            m_node->sendEther(m_payer, address, u"1"_s); // a new block each, the newest never confirmed
        QVERIFY(waitForStatus(id, u"paid"_s));
        QVERIFY(waitUntil([&] { return session(id)[u"payments"_s].toArray().size() == 5; }, 10000));
        const QJsonObject paid = session(id);
        QCOMPARE(paid[u"amountReceived"_s][u"wei"_s].toString(), u"10000000000000004"_s);
        QCOMPARE(paid[u"needsAttention"_s].toBool(), true);
        // detected, perhaps overpaid as the dust comes in, then paid: once, and never back.
        const QStringList events = eventTypes(id);
        QCOMPARE(events.count(u"session.paid"_s), 1);
        QCOMPARE(events.last(), u"session.paid"_s);
    }

    void paidBeforeExpiryConfirmedAfterIsPaid()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        QVERIFY(waitForStatus(id, u"detected"_s));
        jumpPastExpiry(created);
        QTest::qWait(500);
        QCOMPARE(session(id)[u"status"_s].toString(), u"detected"_s); // detected never expires
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
    }

    void paidAfterExpiryWithinGraceIsPaidLate()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        jumpPastExpiry(created);
        QVERIFY(waitForStatus(id, u"expired"_s));
        const qint64 expiresSeconds = *parseIsoTimestamp(created[u"expiresAt"_s].toString()) / 1000;
        m_node->setNextBlockTimestamp(std::max(expiresSeconds + 60, latestBlockTimestamp() + 1));
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid_late"_s));
        QVERIFY(eventTypes(id).contains(u"session.paid_late"_s));
    }

    void paidAfterGraceStaysExpiredAndNeedsAttention()
    {
        cleanup();
        init();
        writeConfig("[checkout]\ngraceMinutes=0\n");
        m_server->stop();
        startBackend();
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        jumpPastExpiry(created);
        QVERIFY(waitForStatus(id, u"expired"_s));
        const qint64 expiresSeconds = *parseIsoTimestamp(created[u"expiresAt"_s].toString()) / 1000;
        m_node->setNextBlockTimestamp(std::max(expiresSeconds + 60, latestBlockTimestamp() + 1));
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        m_node->mine(2);
        QVERIFY(waitUntil([&] { return session(id)[u"needsAttention"_s].toBool(); }, 10000));
        QCOMPARE(session(id)[u"status"_s].toString(), u"expired"_s);
        QCOMPARE(session(id)[u"amountReceived"_s][u"wei"_s].toString(),
                 created[u"amount"_s][u"wei"_s].toString());
    }

    void revertedTransactionIsIgnored()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        const QString address = created[u"address"_s].toString();
        // Code that always reverts, placed at the deposit address, makes a transfer to it fail on chain.
        m_node->call(u"hardhat_setCode"_s, {address, u"0x60006000fd"_s});
        // Without automining the node accepts the transaction and only finds out it reverts when mining.
        m_node->setAutomine(false);
        const QString tx =
            m_node
                ->call(u"eth_sendTransaction"_s,
                       {QJsonObject{{u"from"_s, m_payer},
                                    {u"to"_s, address},
                                    {u"value"_s, HardhatNode::toHexQuantity(u"10000000000000000"_s)},
                                    {u"gas"_s, u"0x15f90"_s}}})
                .toString();
        m_node->mine(1);
        m_node->setAutomine(true);
        const QJsonObject receipt = m_node->call(u"eth_getTransactionReceipt"_s, {tx}).toObject();
        QCOMPARE(receipt[u"status"_s].toString(), u"0x0"_s);
        m_node->call(u"hardhat_setCode"_s, {address, u"0x"_s});
        m_node->mine(3);
        const qint64 head = m_node->blockNumber();
        QVERIFY(waitUntil([&] { return watcher()->status().cursor >= head; }, 10000));
        QCOMPARE(session(id)[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(session(id)[u"payments"_s].toArray().size(), 0);
    }

    void reorgRemovingADetectedPaymentGoesBack()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        const QString snapshot = m_node->snapshot();
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        QVERIFY(waitForStatus(id, u"detected"_s));
        QVERIFY(m_node->revert(snapshot));
        m_node->mine(4); // a longer chain without the payment
        QVERIFY(waitForStatus(id, u"pending"_s));
        QCOMPARE(session(id)[u"payments"_s].toArray().size(), 0);
        QVERIFY(eventTypes(id).contains(u"session.pending"_s));
        // And a payment on the new chain still counts.
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s));
    }

    // A node that lags (one backend of a load balancer behind the others) is no reorganisation: it answers a
    // lower height, null for blocks and receipts we already processed, or flips between two heads. Nothing
    // may move backward and no event (so no webhook) may be written for a change that did not happen; the
    // chain is "behind" on /healthz with the node's height, and the watcher goes on when the node catches up.
    void laggingNodeIsBehindNotAReorg()
    {
        LaggingRpcProxy proxy(m_node->rpcUrl());
        QVERIFY(proxy.listen());
        m_server->stop();
        writeConfig({}, proxy.url(), 100);
        startBackend();
        QStringList statuses; // every status the session passes through, as the services announce them
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        connect(&m_server->backend().checkout(), &CheckoutService::sessionChanged, this,
                [&](const CheckoutSession &changed) {
                    if (changed.id == id &&
                        (statuses.isEmpty() || statuses.last() != statusName(changed.status)))
                        statuses << statusName(changed.status);
                });
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        QVERIFY(waitForStatus(id, u"detected"_s));
        const qint64 paymentBlock = session(id)[u"payments"_s][0][u"blockNumber"_s].toInteger();
        m_node->mine(1); // 2 of 3 confirmations
        QVERIFY(waitUntil([&] { return watcher()->status().cursor == m_node->blockNumber(); }, 10000));
        const QStringList eventsBefore = eventTypes(id);

        // 1. The whole node drops below the payment's block: behind, nothing rolls back.
        proxy.setLagHeight(paymentBlock - 1);
        QVERIFY(waitUntil([&] { return watcher()->status().state == ChainState::Behind; }, 5000));
        QTest::qWait(1500); // many polls against the lagging node
        QCOMPARE(watcher()->status().state, ChainState::Behind);
        QCOMPARE(watcher()->status().head, paymentBlock - 1);
        QCOMPARE(session(id)[u"status"_s].toString(), u"detected"_s);
        QCOMPARE(session(id)[u"payments"_s].toArray().size(), 1);
        const auto health = m_server->client().get(u"/healthz"_s);
        QCOMPARE(health.status, 200); // a lagging node is a warning, not an outage
        QCOMPARE(health.json[u"chains"_s][0][u"state"_s].toString(), u"behind"_s);
        QCOMPARE(health.json[u"chains"_s][0][u"head"_s].toInteger(), paymentBlock - 1);
        QVERIFY(health.json[u"warnings"_s][0].toString().contains(u"behind"_s));

        // 2. Half of the answers come from the lagging backend while blocks are mined: the watcher never
        // rolls back; it confirms the payment from the answers of the backend that is up to date.
        proxy.setFlip(true);
        for (int i = 0; i < 6; ++i) {
            m_node->mine(1);
            QTest::qWait(300);
            QVERIFY2(session(id)[u"status"_s].toString() != u"pending"_s, qPrintable(statuses.join(u", "_s)));
        }
        QVERIFY(proxy.requestsLagged() > 5);

        // 3. The node catches up: everything goes on.
        proxy.setLagHeight(std::nullopt);
        m_node->mine(1);
        QVERIFY(waitForStatus(id, u"paid"_s));
        QVERIFY(waitUntil([&] { return watcher()->status().state == ChainState::Ok; }, 5000));
        QCOMPARE(eventTypes(id), eventsBefore + QStringList{u"session.paid"_s});
        QCOMPARE(statuses, (QStringList{u"detected"_s, u"paid"_s})); // never back to pending
        QCOMPARE(session(id)[u"payments"_s].toArray().size(), 1);
        QCOMPARE(session(id)[u"needsAttention"_s].toBool(), false);
    }

    // [chain.<id>] confirmRpcUrls: a payment settles only when every confirmation node returns the same
    // receipt. A node that vouches for it (here our own node through a proxy) lets the session be paid; a
    // node that knows nothing of the transaction (a second Hardhat chain, ahead of the payment's block)
    // keeps it detected, flags it with the reason, and /healthz shows the dispute.
    void confirmationNodesMustAgree()
    {
        LaggingRpcProxy sameNode(m_node->rpcUrl());
        QVERIFY(sameNode.listen());
        m_server->stop();
        writeConfig("confirmRpcUrls=" + sameNode.url().toString().toUtf8() + "\n");
        startBackend();
        const QJsonObject agreed = createSession();
        const QString agreedId = agreed[u"id"_s].toString();
        m_node->sendEther(m_payer, agreed[u"address"_s].toString(), agreed[u"amount"_s][u"wei"_s].toString());
        m_node->mine(2);
        QVERIFY(waitForStatus(agreedId, u"paid"_s));
        QCOMPARE(session(agreedId)[u"payments"_s][0][u"crossCheck"_s].toString(), u"agreed"_s);
        QVERIFY(sameNode.requestsServed() > 0);

        HardhatNode other;
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        other.mine(20); // ahead of our node: it cannot say it has not seen the block yet
        m_server->stop();
        writeConfig("confirmRpcUrls=" + other.rpcUrl().toString().toUtf8() + "\n");
        startBackend();
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        m_node->mine(2);
        QVERIFY(waitUntil([&] { return session(id)[u"needsAttention"_s].toBool(); }, 10000));
        m_node->mine(3);
        QVERIFY(waitUntil([&] { return watcher()->status().cursor == m_node->blockNumber(); }, 10000));
        const QJsonObject disputed = session(id);
        QCOMPARE(disputed[u"status"_s].toString(), u"detected"_s); // never paid on one node's word
        const QString reason = disputed[u"payments"_s][0][u"crossCheck"_s].toString();
        QVERIFY2(reason.contains(u"disagrees: it has no transaction"_s), qPrintable(reason));
        QVERIFY(!eventTypes(id).contains(u"session.paid"_s));
        const auto health = m_server->client().get(u"/healthz"_s);
        QCOMPARE(health.status, 503);
        const QStringList problems = health.json[u"problems"_s].toVariant().toStringList();
        QVERIFY2(problems.filter(u"a confirmation node disputes a payment"_s).size() == 1,
                 qPrintable(problems.join(u"\n"_s)));
        QCOMPARE(health.json[u"chains"_s][0][u"confirmNodes"_s].toArray().size(), 1);
    }

    void paymentSentByAContractIsCaught()
    {
        m_server->backend().watcher(31337)->setReconcileIntervalMs(0);
        const QString forwarder = deployForwarder();
        QVERIFY(!forwarder.isEmpty());

        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        const QString selector = chaintest::selector("forward(address)");
        const QString argument = chaintest::word(created[u"address"_s].toString().mid(2).toLower());
        const QString tx =
            m_node->sendTransaction({{u"from"_s, m_payer},
                                     {u"to"_s, forwarder},
                                     {u"value"_s, HardhatNode::toHexQuantity(u"10000000000000000"_s)},
                                     {u"data"_s, u"0x"_s + selector + argument}});
        QCOMPARE(m_node->call(u"eth_getTransactionReceipt"_s, {tx}).toObject()[u"status"_s].toString(),
                 u"0x1"_s);
        QVERIFY(waitForStatus(id, u"detected"_s, 15000));
        const QJsonObject found = session(id);
        QCOMPARE(found[u"payments"_s].toArray().size(), 1);
        QCOMPARE(found[u"payments"_s][0][u"txHash"_s].type(),
                 QJsonValue::Null); // found by balance, not by transaction
        QCOMPARE(found[u"amountReceived"_s][u"wei"_s].toString(), u"10000000000000000"_s);
        m_node->mine(3);
        QVERIFY(waitForStatus(id, u"paid"_s));
        QCOMPARE(session(id)[u"payments"_s].toArray().size(), 1); // counted once
    }

    // A contract's transfer found by reconciliation long after it happened (past the session's expiry, by
    // chain time and by ours) is stamped with the block it happened in, so it is on time; a direct top-up
    // recorded meanwhile does not confuse where it was.
    void contractPaymentIsStampedWithItsBlock()
    {
        const QString forwarder = deployForwarder();
        QVERIFY(!forwarder.isEmpty());
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        const QString address = created[u"address"_s].toString();
        // Reconcile once now, then not again until allowed.
        watcher()->setReconcileIntervalMs(3'600'000);
        m_node->mine(1);
        QVERIFY(waitUntil([&] { return watcher()->status().cursor == m_node->blockNumber(); }, 15000));

        const QString selector = chaintest::selector("forward(address)");
        const QString tx = m_node->sendTransaction(
            {{u"from"_s, m_payer},
             {u"to"_s, forwarder},
             {u"value"_s, HardhatNode::toHexQuantity(u"20000000000000000"_s)},
             {u"data"_s, u"0x"_s + selector + chaintest::word(address.mid(2).toLower())}});
        const qint64 contractBlock = m_node->call(u"eth_getTransactionReceipt"_s, {tx})
                                         .toObject()[u"blockNumber"_s]
                                         .toString()
                                         .mid(2)
                                         .toLongLong(nullptr, 16);
        m_node->mine(5);
        m_node->sendEther(m_payer, address,
                          u"4000000000000000"_s); // a direct top-up, seen by its transaction
        // The chain moves 40 minutes on, and so does our clock: the session has expired by then.
        m_node->call(u"evm_increaseTime"_s, {2400});
        for (int i = 0; i < 20; ++i)
            m_node->mine(1); // one at a time: blocks of one hardhat_mine call do not always chain
        QVERIFY2(waitUntil([&] { return watcher()->status().cursor == m_node->blockNumber(); }, 15000),
                 QJsonDocument(watcher()->status().toJson()).toJson().constData());
        jumpPastExpiry(created, 40 * 60'000);
        QCOMPARE(session(id)[u"status"_s].toString(), u"expired"_s);

        watcher()->setReconcileIntervalMs(0);
        m_node->mine(1);
        QVERIFY(waitForStatus(id, u"paid"_s, 15000));
        const QJsonObject paid = session(id);
        // The contract's payment completed the amount; the top-up came in a later block, so it is recorded
        // and shown to the operator (settlement never waits for money that arrives after the amount).
        QCOMPARE(paid[u"needsAttention"_s].toBool(), true);
        const QJsonArray payments = paid[u"payments"_s].toArray();
        QCOMPARE(payments.size(), 2);
        bool foundContract = false;
        for (const QJsonValue &payment : payments) {
            if (!payment[u"txHash"_s].isNull())
                continue;
            foundContract = true;
            QCOMPARE(payment[u"blockNumber"_s].toInteger(), contractBlock);
            QCOMPARE(payment[u"amount"_s][u"wei"_s].toString(), u"20000000000000000"_s);
        }
        QVERIFY(foundContract);
    }

    void nodeKilledAndRestartedMidSession()
    {
        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        QVERIFY(waitForStatus(id, u"detected"_s));
        m_node->kill();
        QVERIFY(waitUntil([&] { return watcher()->status().state == ChainState::Error; }, 10000));
        const auto health = m_server->client().get(u"/healthz"_s);
        QCOMPARE(health.status, 503);
        QCOMPARE(health.json[u"status"_s].toString(), u"degraded"_s);
        QCOMPARE(health.json[u"chains"_s][0][u"state"_s].toString(), u"error"_s);
        QVERIFY(health.json[u"chains"_s][0][u"lastError"_s].toString().contains(u"cannot reach"_s));
        QCOMPARE(session(id)[u"status"_s].toString(), u"detected"_s); // nothing changes while blind

        // Hardhat restarts with a fresh chain: the payment's block is gone, so the session goes back,
        // and a payment on the chain the node now has is detected and confirmed.
        QString error;
        QVERIFY2(m_node->restart(&error), qPrintable(error));
        QVERIFY(waitForStatus(id, u"pending"_s, 20000));
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s, 15000));
        QCOMPARE(watcher()->status().state, ChainState::Ok);
        const auto healthy = m_server->client().get(u"/healthz"_s);
        QCOMPARE(healthy.status, 200);
        QCOMPARE(healthy.json[u"status"_s].toString(), u"ok"_s);
        QCOMPARE(healthy.json[u"problems"_s].toArray().size(), 0);
    }

    // While the program is stopped, 500 blocks go by with payments spread over them: in one batch and across
    // batches, two in one block, one reverted, one at each end of a commit group. The pipelined catch-up
    // (several round trips in flight, receipts a round later, a commit every 200 blocks) credits each
    // successful payment exactly once and ends at the head.
    void catchUpAcrossManyBatchesCreditsEveryPaymentOnce()
    {
        // Recovering from an error would still end well: no error (no warning at all) may happen on the way.
        QTest::failOnWarning(QRegularExpression(u"."_s));
        QList<QJsonObject> sessions;
        for (int i = 0; i < 6; ++i)
            sessions.append(createSession());
        const qint64 start = m_node->blockNumber();
        QVERIFY(waitUntil([&] { return watcher()->status().cursor >= start; }, 10000));
        m_server->stop();

        auto pay = [&](int index, const char *wei) {
            return m_node->sendEther(m_payer, sessions[index][u"address"_s].toString(),
                                     QString::fromLatin1(wei));
        };
        pay(0, "4000000000000000"); // block start+1: first batch
        m_node->mine(48);
        pay(0, "6000000000000000");  // start+50: the last block of the first batch
        pay(1, "10000000000000000"); // start+51: the first block of the second
        m_node->mine(148);
        m_node->setAutomine(false); // two payments in one block, start+200
        m_node->sendEther(m_payer, sessions[2][u"address"_s].toString(), u"10000000000000000"_s);
        m_node->sendEther(m_node->accounts().value(2), sessions[3][u"address"_s].toString(),
                          u"10000000000000000"_s);
        m_node->mine(1);
        m_node->setAutomine(true);
        pay(4, "10000000000000000"); // start+201: the first block after a commit group
        // A reverted transfer to session 5 (code that always reverts at its address), then 300 blocks.
        const QString address5 = sessions[5][u"address"_s].toString();
        m_node->call(u"hardhat_setCode"_s, {address5, u"0x60006000fd"_s});
        m_node->setAutomine(false);
        m_node->call(u"eth_sendTransaction"_s, {QJsonObject{{u"from"_s, m_payer},
                                                            {u"to"_s, address5},
                                                            {u"value"_s, u"0x2386f26fc10000"_s},
                                                            {u"gas"_s, u"0x15f90"_s}}});
        m_node->mine(1);
        m_node->setAutomine(true);
        m_node->call(u"hardhat_setCode"_s, {address5, u"0x"_s});
        m_node->mine(298);
        const qint64 head = m_node->blockNumber();
        QCOMPARE(head, start + 500);

        startBackend();
        QVERIFY(waitUntil([&] { return watcher()->status().cursor >= head; }, 30000));
        for (int i = 0; i < 5; ++i) {
            const QString id = sessions[i][u"id"_s].toString();
            QVERIFY2(waitForStatus(id, u"paid"_s), qPrintable(id));
            const QJsonObject paid = session(id);
            QCOMPARE(paid[u"amountReceived"_s][u"wei"_s].toString(), u"10000000000000000"_s);
            QCOMPARE(paid[u"payments"_s].toArray().size(), i == 0 ? 2 : 1);
        }
        QCOMPARE(session(sessions[5][u"id"_s].toString())[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(session(sessions[5][u"id"_s].toString())[u"payments"_s].toArray().size(), 0);
        QCOMPARE(eventTypes(sessions[1][u"id"_s].toString()),
                 (QStringList{u"session.created"_s, u"session.paid"_s}));
    }

    // A ws:// RPC URL: new heads come from eth_subscribe("newHeads"). Polling is set to once a minute, so
    // within this test only notifications can move a session; the subscription must survive the node
    // being killed and started again.
    void newHeadsOverWebSocketDriveTheWatcher()
    {
        m_server->stop();
        writeConfig({}, m_node->webSocketUrl(), 60000);
        startBackend();
        QVERIFY(waitUntil([&] { return watcher()->status().newHeadsSubscription; }, 10000));
        QVERIFY(newHeadsShownOnHealthz());

        const QJsonObject created = createSession();
        const QString id = created[u"id"_s].toString();
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        QVERIFY(waitForStatus(id, u"detected"_s, 5000));
        m_node->mine(2);
        QVERIFY(waitForStatus(id, u"paid"_s, 5000));
        QCOMPARE(eventTypes(id),
                 (QStringList{u"session.created"_s, u"session.detected"_s, u"session.paid"_s}));

        // The node dies: the subscription is gone and /healthz says so.
        m_node->kill();
        QVERIFY(waitUntil([&] { return !watcher()->status().newHeadsSubscription; }, 10000));
        QVERIFY(!newHeadsShownOnHealthz());
        QTest::qWait(3000); // a few reconnection attempts against a closed port

        // It comes back (a fresh chain on the same port): the watcher subscribes again by itself, and a
        // payment on the new chain is followed by notifications as before.
        QString error;
        QVERIFY2(m_node->start(&error), qPrintable(error));
        QVERIFY(waitUntil([&] { return watcher()->status().newHeadsSubscription; }, 20000));
        QVERIFY(newHeadsShownOnHealthz());
        const QJsonObject later = createSession();
        const QString laterId = later[u"id"_s].toString();
        m_node->sendEther(m_payer, later[u"address"_s].toString(), later[u"amount"_s][u"wei"_s].toString());
        QVERIFY(waitForStatus(laterId, u"detected"_s, 5000));
        m_node->mine(2);
        QVERIFY(waitForStatus(laterId, u"paid"_s, 5000));
        QCOMPARE(watcher()->status().state, ChainState::Ok);
        QCOMPARE(watcher()->status().cursor, m_node->blockNumber());
    }

    // A node whose blocks do not link up (block 9 names a parent that is not block 8) while the block at the
    // cursor never changes: no reorganisation will settle it. (Hardhat 2.29 serves such blocks when blocks
    // reserved by hardhat_mine are first read in one batch.) The watcher must say so and back off, not read
    // the same blocks again and again as fast as the node answers.
    void blocksThatDoNotLinkAreAnErrorNotALoop()
    {
        m_server->stop();
        qint64 head = 4;
        int blockReads = 0;
        const auto hash = [](qint64 number) { return u"0x%1"_s.arg(number + 1, 64, 16, QChar(u'0')); };
        const auto answer = [&](const QJsonObject &request) {
            const QString method = request[u"method"_s].toString();
            QJsonValue result;
            if (method == u"eth_chainId")
                result = u"0x7a69"_s;
            else if (method == u"eth_blockNumber")
                result = u"0x"_s + QString::number(head, 16);
            else if (method == u"eth_getBlockByNumber") {
                ++blockReads;
                const qint64 number = request[u"params"_s][0].toString().mid(2).toLongLong(nullptr, 16);
                result = QJsonObject{{u"number"_s, u"0x"_s + QString::number(number, 16)},
                                     {u"hash"_s, hash(number)},
                                     {u"parentHash"_s, number == 9 ? hash(1000) : hash(number - 1)},
                                     {u"timestamp"_s, u"0x"_s + QString::number(1700000000 + number, 16)},
                                     {u"transactions"_s, QJsonArray()}};
            }
            return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, request[u"id"_s]}, {u"result"_s, result}};
        };
        QHttpServer fakeNode;
        fakeNode.route(u"/"_s, QHttpServerRequest::Method::Post, [&](const QHttpServerRequest &request) {
            const QJsonDocument body = QJsonDocument::fromJson(request.body());
            if (body.isObject())
                return QHttpServerResponse(answer(body.object()));
            QJsonArray answers;
            for (const QJsonValue &item : body.array())
                answers.append(answer(item.toObject()));
            return QHttpServerResponse(answers);
        });
        const quint16 port = fakeNode.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_server->resetDataDir(); // no cursor from the Hardhat chain
        writeConfig({}, QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), 200);
        startBackend(); // starts at block 4
        head = 20;
        QVERIFY(waitUntil([&] { return watcher()->status().state == ChainState::Error; }, 10000));
        QVERIFY2(watcher()->status().lastError.contains(u"do not link up"_s),
                 qPrintable(watcher()->status().lastError));
        QCOMPARE(watcher()->status().cursor, 4); // nothing past the break is taken
        const int readsAtError = blockReads;
        QTest::qWait(1000); // backoff: a read of 17 blocks after 0.4 s and 0.8 s; the loop read thousands
        QVERIFY2(blockReads - readsAtError < 100, qPrintable(QString::number(blockReads - readsAtError)));
    }

    void wrongChainIsMisconfiguredAndChangesNothing()
    {
        cleanup();
        init();
        m_server->stop();
        writeConfig("[chain.5]\nname=Wrong\nrpcUrl=" + m_node->rpcUrl().toString().toUtf8() +
                    "\n[test]\nchainId=5\n");
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(waitUntil(
            [&] { return m_server->backend().watcher(5)->status().state == ChainState::Misconfigured; },
            10000));
        QVERIFY(m_server->backend().watcher(5)->status().lastError.contains(u"is chain 31337"_s));
        const auto health = m_server->client().get(u"/healthz"_s);
        QCOMPARE(health.json[u"chains"_s][0][u"state"_s].toString(), u"misconfigured"_s);
    }

    // Our process killed between detection and confirmation: the restart resumes from the stored cursor.
    void processKilledBetweenDetectionAndConfirmation()
    {
        cleanup();
        init();
        m_server->stop();
        const QByteArray key = serverprocess::createTestKey(m_server->dir().path());
        QVERIFY(!key.isEmpty());
        auto startServer = [&](QProcess &server) {
            return serverprocess::start(server, {u"--headless"_s, u"--data-dir"_s, m_server->dir().path()});
        };
        QProcess server;
        QUrl base = startServer(server);
        QVERIFY(base.isValid());
        HttpClient client(base, key);
        const QJsonObject created = chaintest::createSession(client, u"30.00"_s, u"USD"_s).json;
        const QString id = created[u"id"_s].toString();
        QTest::qWait(600); // the watcher has recorded its starting block
        m_node->sendEther(m_payer, created[u"address"_s].toString(),
                          created[u"amount"_s][u"wei"_s].toString());
        QVERIFY(QTest::qWaitFor(
            [&] { return chaintest::session(client, id)[u"status"_s].toString() == u"detected"_s; }, 10000));
        ::kill(static_cast<pid_t>(server.processId()), SIGKILL);
        QVERIFY(server.waitForFinished(5000));
        m_node->mine(2); // confirmations arrive while we are down

        QProcess restarted;
        base = startServer(restarted);
        QVERIFY(base.isValid());
        HttpClient again(base, key);
        QVERIFY(QTest::qWaitFor(
            [&] { return chaintest::session(again, id)[u"status"_s].toString() == u"paid"_s; }, 15000));
        const QJsonObject paid = chaintest::session(again, id);
        QCOMPARE(paid[u"payments"_s].toArray().size(), 1); // not credited twice
        ::kill(static_cast<pid_t>(restarted.processId()), SIGTERM);
        QVERIFY(restarted.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestChainWatcher)
#include "tst_chainwatcher.moc"
