#include "Bip39.h"
#include "ChainTestHelpers.h"
#include "EthereumAddress.h"
#include "ExtendedPrivateKey.h"
#include "HardhatNode.h"
#include "LaggingRpcProxy.h"
#include "OffsetClock.h"
#include "ServerFixture.h"
#include "ServerProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using chaintest::randomAddress;
using chaintest::randomPhrase;

UInt256 amount(const QString &hexQuantity)
{
    return UInt256::fromHex(hexQuantity.toStdString()).value_or(UInt256::max());
}
} // namespace

// `cryptocheckout collect` end to end on a real node (Hardhat), with a wallet made from a fresh random
// recovery phrase: sessions paid in ETH and in a test token (one address holds the token and no ETH at all,
// one got ETH outside any session), then the real program, given the phrase on standard input, sends it all
// to one address. Checked on the chain: what arrived, the fees the receipts say were paid, what is left on
// each deposit address; and that the phrase is nowhere on disk or in the output.
class TestCollect : public QObject
{
    Q_OBJECT

    std::unique_ptr<HardhatNode> m_node;
    OffsetClock m_clock;
    std::unique_ptr<ServerFixture> m_server;
    QString m_payer;
    QString m_tusd;
    QString m_phrase;
    QStringList m_addresses; // the deposit addresses the sessions got
    QStringList m_sessionIds;

    struct Run
    {
        int exitCode = -1;
        QByteArray output; // stdout (and stderr for collect)
    };
    static inline const QString kTrickyOrderId = u"=HYPERLINK(\"x\"), Café \"Zoë\""_s;

    // Rows of a CSV file as Python's csv module (a real RFC 4180 reader) reads them.
    static QList<QStringList> readCsv(const QByteArray &csv)
    {
        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s, u"import csv, io, json, sys\n"
                               u"text = sys.stdin.buffer.read().decode('utf-8', 'strict')\n"
                               u"print(json.dumps(list(csv.reader(io.StringIO(text, newline='')))))"_s});
        python.write(csv);
        python.closeWriteChannel();
        python.waitForFinished(30'000);
        QList<QStringList> rows;
        for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
            QStringList fields;
            for (const QJsonValue &field : row.toArray())
                fields << field.toString();
            rows << fields;
        }
        return rows;
    }
    Run exportBooks(const QStringList &arguments)
    {
        QProcess process;
        process.start(serverprocess::binary(),
                      QStringList{u"export"_s, u"--data-dir"_s, m_server->dir().path()} + arguments);
        process.waitForFinished(60'000);
        Run run{process.exitCode(), process.readAllStandardOutput()};
        if (run.exitCode != 0)
            qWarning().noquote() << process.readAllStandardError();
        return run;
    }

    QString tokenBalance(const QString &holder) { return chaintest::tokenBalance(*m_node, m_tusd, holder); }
    qint64 nonce(const QString &address)
    {
        return HardhatNode::quantityToInt(
            m_node->call(u"eth_getTransactionCount"_s, {address, u"latest"_s}).toString());
    }

    Run collect(const QString &to, const QByteArray &input, const QStringList &extra = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(serverprocess::binary(), QStringList{u"collect"_s, u"--mode"_s, u"test"_s, u"--to"_s,
                                                           to, u"--data-dir"_s, m_server->dir().path()} +
                                                   extra);
        if (!process.waitForStarted(10'000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        // With the event loop running: a proxy in this process may be the program's node.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120'000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
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

        m_phrase = randomPhrase();
        m_server = std::make_unique<ServerFixture>(m_clock);
        QVERIFY2(m_server->start(chaintest::serverConfig(m_node->rpcUrl()) +
                                 "tokens=TUSD:" + m_tusd.toUtf8() +
                                 ":6:USD\n[test]\nxpub=" + chaintest::accountXpub(m_phrase).toUtf8() +
                                 "\nchainId=31337\nbuiltinChain=false\n"),
                 qPrintable(m_server->error()));
        QVERIFY(chaintest::waitForWatcherOk(*m_server));

        // Two sessions in ETH, two in TUSD; the last TUSD address also gets ETH outside any session.
        const QJsonValue assets[] = {QJsonValue::Undefined, QJsonValue::Undefined, u"tusd"_s, u"tusd"_s};
        QStringList ids;
        for (const QJsonValue &asset : assets) {
            // The first has an order id a spreadsheet would misread: quotes, a comma, a formula, accents.
            QJsonObject body{
                {u"amount"_s, QJsonObject{{u"value"_s, u"30.00"_s}, {u"currency"_s, u"USD"_s}}},
                {u"metadata"_s,
                 QJsonObject{{u"orderId"_s, ids.isEmpty() ? kTrickyOrderId : u"A-%1"_s.arg(ids.size())}}}};
            if (!asset.isUndefined())
                body.insert(u"asset"_s, asset);
            const auto created = m_server->client().postJson(u"/api/v1/checkout_sessions"_s, body);
            QCOMPARE(created.status, 200);
            ids << created.json[u"id"_s].toString();
            m_addresses << created.json[u"address"_s].toString();
            const QString due = created.json[u"amount"_s][u"wei"_s].toString();
            if (asset.isUndefined()) {
                m_node->sendEther(m_payer, m_addresses.last(), due);
            } else {
                chaintest::tokenCall(*m_node, m_payer, m_tusd, "transfer(address,uint256)",
                                     m_addresses.last(), due);
            }
        }
        m_node->sendEther(m_payer, m_addresses[3], u"50000000000000000"_s); // 0.05 ETH, no session
        m_node->mine(3);
        for (const QString &id : ids)
            QVERIFY(chaintest::waitForStatus(*m_server, id, u"paid"_s));
        m_sessionIds = ids;
        QCOMPARE(m_node->balance(m_addresses[2]), u"0x0"_s); // token only: no gas of its own
        m_server->stop();
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_node.reset();
    }

    // The books, before anything is collected: a row per payment, read back with a real CSV parser.
    void booksListEveryPayment()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        const auto csvReply = m_server->client().get(u"/api/v1/reports/payments?format=csv"_s);
        QCOMPARE(csvReply.status, 200);
        QCOMPARE(csvReply.header("content-type"), QByteArray("text/csv; charset=utf-8; header=present"));
        const QList<QStringList> rows = readCsv(csvReply.body);
        // The header, the four session payments and the 0.05 ETH sent to a TUSD session's address: listed,
        // not counted, no fiat value.
        QCOMPARE(rows.size(), 1 + 5);
        const QStringList header = rows[0];
        QCOMPARE(header.first(), u"time"_s);
        auto column = [&](const QStringList &row, const char *name) {
            return row.value(header.indexOf(QLatin1StringView(name)));
        };
        QStringList sessionIds;
        int counted = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QCOMPARE(rows[r].size(), header.size());
            sessionIds << column(rows[r], "sessionId");
            QCOMPARE(column(rows[r], "sessionStatus"), u"paid"_s);
            QCOMPARE(column(rows[r], "fiatCurrency"), u"USD"_s);
            QCOMPARE(column(rows[r], "livemode"), u"false"_s);
            QVERIFY(column(rows[r], "txHash").startsWith(u"0x"_s));
            QCOMPARE(column(rows[r], "from"), m_payer.toLower());
            if (column(rows[r], "counted") == u"true") {
                ++counted;
                QCOMPARE(column(rows[r], "fiatAmount"), u"30.00"_s);
            } else {
                QCOMPARE(column(rows[r], "sessionId"), m_sessionIds[3]);
                QCOMPARE(column(rows[r], "cryptoAmount"), u"0.05"_s);
                QCOMPARE(column(rows[r], "fiatAmount"), QString());
            }
        }
        QCOMPARE(counted, 4);
        QCOMPARE(QSet<QString>(sessionIds.cbegin(), sessionIds.cend()),
                 QSet<QString>(m_sessionIds.cbegin(), m_sessionIds.cend()));
        const QStringList first = rows[1 + sessionIds.indexOf(m_sessionIds[0])];
        QCOMPARE(column(first, "orderId"), u"'"_s + kTrickyOrderId); // kept whole, and not a formula
        QCOMPARE(column(first, "asset"), u"ETH"_s);
        QCOMPARE(column(first, "cryptoAmount"), u"0.01"_s);
        QCOMPARE(column(first, "rate"), u"3000"_s);
        const QStringList token = rows[1 + sessionIds.indexOf(m_sessionIds[2])];
        QCOMPARE(column(token, "asset"), u"TUSD"_s);
        QCOMPARE(column(token, "cryptoAmount"), u"30"_s);
        QCOMPARE(column(token, "orderId"), u"A-2"_s);

        // JSON has the same rows; the command line prints the same CSV as the API.
        const QJsonObject json = m_server->client().get(u"/api/v1/reports/payments"_s).json;
        QCOMPARE(json[u"data"_s].toArray().size(), 5);
        QCOMPARE(json[u"data"_s][0][u"chainId"_s].toInt(), 31337);
        const Run cli = exportBooks({u"--mode"_s, u"test"_s});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(cli.output, csvReply.body);
        QCOMPARE(
            QJsonDocument::fromJson(exportBooks({u"--mode"_s, u"test"_s, u"--format"_s, u"json"_s}).output)
                .object()[u"data"_s],
            json[u"data"_s]);
        // Live mode has none; a range before the payments neither.
        QCOMPARE(readCsv(exportBooks({}).output).size(), 1);
        QCOMPARE(readCsv(exportBooks({u"--mode"_s, u"test"_s, u"--from"_s, u"2020-01-01"_s, u"--to"_s,
                                      u"2020-12-31"_s})
                             .output)
                     .size(),
                 1);
        // Bad input: a clear error, nothing else.
        const auto bad = m_server->client().get(u"/api/v1/reports/payments?from=yesterday"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json[u"error"_s][u"param"_s].toString(), u"from"_s);
        QCOMPARE(m_server->client().get(u"/api/v1/reports/payments?format=xlsx"_s).status, 400);
        QCOMPARE(m_server->client().get(u"/api/v1/reports/payments?limit=3"_s).status, 400);
        QCOMPARE(m_server->client().get(u"/api/v1/reports/payments?from=2026-02-01&to=2026-01-01"_s).status,
                 400);
        QCOMPARE(exportBooks({u"--from"_s, u"2026-02-30"_s}).exitCode, 1);
        m_server->stop();
    }

    void wrongPhraseIsRefusedAndSendsNothing()
    {
        const QString destination = randomAddress();
        const QList<qint64> before{nonce(m_addresses[0]), nonce(m_addresses[3])};
        const QString other = randomPhrase();
        const Run run = collect(destination, other.toUtf8() + "\n", {u"--yes"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains("not the wallet this mode is paid into"), run.output.constData());
        QVERIFY(!run.output.contains(other.toUtf8()));
        QCOMPARE(m_node->balance(destination), u"0x0"_s);
        QCOMPARE((QList<qint64>{nonce(m_addresses[0]), nonce(m_addresses[3])}), before);

        // A phrase with a typo is refused before any key is made.
        QString typo = m_phrase;
        typo.replace(QRegularExpression(u"\\w+$"_s), u"notaword"_s);
        const Run mistyped = collect(destination, typo.toUtf8() + "\n", {u"--yes"_s});
        QCOMPARE(mistyped.exitCode, 1);
        QVERIFY2(mistyped.output.contains("Word 12"), mistyped.output.constData());
        QCOMPARE(m_node->balance(destination), u"0x0"_s);
    }

    void answeringNoSendsNothing()
    {
        const QString destination = randomAddress();
        const Run run = collect(destination, m_phrase.toUtf8() + "\nno\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains("Nothing was sent."), run.output.constData());
        QVERIFY2(run.output.contains("gas top-up"), run.output.constData());
        QCOMPARE(m_node->balance(destination), u"0x0"_s);
    }

    // At a terminal (a real pseudo-terminal, through util-linux's `script`): the phrase is typed with echo
    // off, so the terminal never shows it; the answer to the prompt is echoed as usual.
    void phraseAtATerminalIsNotEchoed()
    {
        const QString destination = randomAddress();
        const QStringList command{
            serverprocess::binary(), u"collect"_s,          u"--mode"_s, u"test"_s, u"--to"_s, destination,
            u"--data-dir"_s,         m_server->dir().path()};
        QStringList quoted;
        for (const QString &part : command)
            quoted << u"'"_s + part + u"'"_s;
        QProcess terminal;
        terminal.setProcessChannelMode(QProcess::MergedChannels);
        terminal.start(u"script"_s, {u"-q"_s, u"-e"_s, u"-c"_s, quoted.join(u' '), u"/dev/null"_s});
        QVERIFY(terminal.waitForStarted(10'000));
        QByteArray output;
        auto waitFor = [&](const QByteArray &text) {
            return QTest::qWaitFor(
                [&] {
                    terminal.waitForReadyRead(100);
                    output += terminal.readAll();
                    return output.contains(text);
                },
                60'000);
        };
        QVERIFY2(waitFor("not shown as you type"), output.constData());
        terminal.write(m_phrase.toUtf8() + "\n");
        QVERIFY2(waitFor("Type yes to send"), output.constData());
        terminal.write("no\n");
        QVERIFY(terminal.waitForFinished(30'000));
        output += terminal.readAll();
        QCOMPARE(terminal.exitCode(), 1);
        QVERIFY2(output.contains("Nothing was sent."), output.constData());
        const QStringList words = m_phrase.split(u' ');
        QVERIFY(!output.contains(m_phrase.toUtf8()));
        QVERIFY(!output.contains((words[0] + u' ' + words[1]).toUtf8()));
        QVERIFY(!output.contains((words[10] + u' ' + words[11]).toUtf8()));
        QCOMPARE(m_node->balance(destination), u"0x0"_s);
    }

    // A node that lies about fees or the chain cannot make collect pay for it.
    void lyingNodeCannotInflateFeesOrHideAnL2Fee()
    {
        LaggingRpcProxy proxy(m_node->rpcUrl());
        QVERIFY(proxy.listen());
        // The configuration's node is the proxy; put the real one back afterwards.
        const QString configPath = m_server->dir().path() + u"/config.ini"_s;
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        auto writeConfig = [&](const QByteArray &content) {
            QFile out(configPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(content);
        };
        writeConfig(QByteArray(original).replace(m_node->rpcUrl().toString().toUtf8(),
                                                 proxy.url().toString().toUtf8()));
        auto restore = qScopeGuard([&] { writeConfig(original); });

        // A tip of 5,000 gwei: capped by what the last blocks paid (the base fee here), so the plan's price
        // stays near the base fee.
        proxy.setLie(u"eth_maxPriorityFeePerGas"_s, u"0x48c27395000"_s);
        const Run capped = collect(randomAddress(), m_phrase.toUtf8() + "\nno\n");
        static const QRegularExpression pricePattern(u"gas price ([0-9.]+) gwei"_s);
        const auto price = pricePattern.match(QString::fromUtf8(capped.output));
        QVERIFY2(price.hasMatch(), capped.output.constData());
        QVERIFY2(price.captured(1).toDouble() < 10, qPrintable(price.captured(1)));
        // The merchant's own cap below the network's price: refused, nothing planned.
        const Run tooDear = collect(randomAddress(), m_phrase.toUtf8() + "\n",
                                    {u"--yes"_s, u"--max-fee-per-gas"_s, u"0.001"_s});
        QCOMPARE(tooDear.exitCode, 1);
        QVERIFY2(tooDear.output.contains("more than the 0.001 gwei you allow"), tooDear.output.constData());
        QVERIFY(!tooDear.output.contains("confirmed"));
        QCOMPARE(collect(randomAddress(), "", {u"--max-fee-per-gas"_s, u"cheap"_s}).exitCode, 2);
        // A mistyped destination is said before anything is read or asked for.
        const Run typo = collect(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"_s, "");
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.output.contains("--to") && !typo.output.contains("Recovery phrase"),
                 typo.output.constData());

        // An OP Stack chain's L1 fee oracle: refused before anything is planned or sent.
        proxy.setLie(u"eth_getCode"_s, u"0x6080"_s, u"0x420000000000000000000000000000000000000F"_s);
        const QString destination = randomAddress();
        const Run l2 = collect(destination, m_phrase.toUtf8() + "\n", {u"--yes"_s});
        QCOMPARE(l2.exitCode, 1);
        QVERIFY2(l2.output.contains("L1 data fee"), l2.output.constData());
        QCOMPARE(m_node->balance(destination), u"0x0"_s);

        // Nor into a token's own contract or the zero address.
        for (const QString &bad : {m_tusd, u"0x0000000000000000000000000000000000000000"_s}) {
            const Run refused = collect(bad, m_phrase.toUtf8() + "\n", {u"--yes"_s});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.output.contains("lost") || refused.output.contains("burns"),
                     refused.output.constData());
        }
    }

    void collectsEverythingLessTheFees()
    {
        const QString destination = randomAddress();
        UInt256 nativeBefore;
        UInt256 tokensBefore;
        for (const QString &address : m_addresses) {
            nativeBefore = nativeBefore.saturatingAdd(amount(m_node->balance(address)));
            tokensBefore = tokensBefore.saturatingAdd(amount(tokenBalance(address)));
        }
        QVERIFY(!tokensBefore.isZero());

        const Run run = collect(destination, m_phrase.toUtf8() + "\n", {u"--yes"_s});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        qInfo().noquote() << run.output;

        // Every transaction the program reports, and the fee its receipt says was paid.
        static const QRegularExpression txPattern(u"tx (0x[0-9a-f]{64})"_s);
        UInt256 fees;
        std::optional<UInt256> plainTransferFee; // the smallest: a sweep's 21,000 gas
        for (auto it = txPattern.globalMatch(QString::fromUtf8(run.output)); it.hasNext();) {
            const QJsonObject receipt = m_node->receipt(it.next().captured(1));
            QCOMPARE(receipt[u"status"_s].toString(), u"0x1"_s);
            const UInt256 fee = *UInt256::checkedMul(amount(receipt[u"gasUsed"_s].toString()),
                                                     amount(receipt[u"effectiveGasPrice"_s].toString()));
            fees = fees.saturatingAdd(fee);
            if (!plainTransferFee || fee < *plainTransferFee)
                plainTransferFee = fee;
        }
        // A top-up for the token-only address, two token transfers, a sweep of each address with ETH.
        QCOMPARE(run.output.count("confirmed  gas top-up"), 1);
        QCOMPARE(run.output.count("confirmed  token transfer"), 2);
        QVERIFY2(run.output.count("confirmed  sweep") >= 3, run.output.constData());
        QVERIFY(!run.output.contains("failed"));

        // The ETH-only addresses are emptied to the wei: the fee was exact.
        QCOMPARE(m_node->balance(m_addresses[0]), u"0x0"_s);
        QCOMPARE(m_node->balance(m_addresses[1]), u"0x0"_s);
        UInt256 left;
        for (const QString &address : m_addresses) {
            QCOMPARE(tokenBalance(address), u"0x"_s + QString(64, u'0'));
            const UInt256 remaining = amount(m_node->balance(address));
            QVERIFY2(remaining < *plainTransferFee,
                     qPrintable(address + u" keeps "_s + QString::fromStdString(remaining.toDecimal())));
            left = left.saturatingAdd(remaining);
        }
        const UInt256 received = amount(m_node->balance(destination));
        QCOMPARE(amount(tokenBalance(destination)), tokensBefore);
        // Everything that was there arrived, except exactly the fees the receipts show and the dust left.
        QCOMPARE(received.saturatingAdd(fees).saturatingAdd(left), nativeBefore);

        // Nothing of the phrase in the output or anywhere in the data directory.
        const QStringList words = m_phrase.split(u' ');
        const QByteArray firstWords = (words[0] + u' ' + words[1] + u' ' + words[2]).toUtf8();
        QVERIFY(!run.output.contains(firstWords));
        QDirIterator files(m_server->dir().path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(firstWords), qPrintable(file.fileName()));
            ++read;
        }
        QVERIFY(read > 0);

        // A second run finds nothing worth sending.
        const Run again = collect(destination, m_phrase.toUtf8() + "\n", {u"--yes"_s});
        QVERIFY2(again.output.contains("Nothing can be sent") || again.output.contains("Nothing to collect"),
                 again.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCollect)
#include "tst_collect.moc"
