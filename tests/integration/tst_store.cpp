#include "DatabaseUrl.h"
#include "Ids.h"
#include "Migrations.h"
#include "PostgresServer.h"
#include "SessionStateMachine.h"
#include "Storage.h"
#include "TestDataDir.h"
#include "WalCheckpointer.h"
#include "WalSyncer.h"
#include "WireJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <sys/resource.h>
#include <sys/stat.h>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
CheckoutSession sampleSession(qint64 index, bool livemode = false, qint64 createdAtMs = 1'790'000'000'000)
{
    CheckoutSession s;
    s.id = newObjectId(u"cs");
    s.livemode = livemode;
    s.status = SessionStatus::Pending;
    s.chainId = 31337;
    s.address = u"0x%1"_s.arg(index + (livemode ? 1'000'000 : 0), 40, 16, QLatin1Char('0'));
    s.addressIndex = index;
    s.amountDue = UInt256::powerOfTen(16);
    s.fiat = FiatAmount{9900, u"USD"_s};
    s.nativePriceUsd = u"3000"_s;
    s.rate = *parseExchangeRate(u"ETH"_s, u"USD"_s, u"3000.00"_s);
    s.rateSource = u"fixed"_s;
    s.rateFetchedAtMs = createdAtMs;
    s.nativePriceUsdSource = u"fixed"_s;
    s.nativePriceUsdFetchedAtMs = createdAtMs;
    s.expiresAtMs = createdAtMs + 1'800'000;
    s.checkoutUrl = u"http://127.0.0.1:8420/checkout/"_s + s.id;
    s.createdAtMs = createdAtMs;
    s.updatedAtMs = createdAtMs;
    return s;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    // Two connections to one new database, and the wait after which one sees the other's commits.
    struct TwoConnections
    {
        TestDataDir dir;
        Storage store;
        Storage other;
        TwoConnections()
        {
            store.open(dir.databaseLocation());
            other.open(dir.databaseLocation());
        }
    };
    static void afterReuseWindow() { QThread::usleep(Database::kDataVersionReuseNs / 1000 + 500); }

private Q_SLOTS:
    // Durable commits: SQLite in WAL mode with synchronous=FULL, PostgreSQL with synchronous_commit on.
    void createsSchemaWithDurableCommits()
    {
        TestDataDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.setupError()));
        Storage store;
        store.open(dir.databaseLocation());
        QCOMPARE(store.db().schemaVersion(), Database::kSchemaVersion);
        QSqlQuery query(store.db().connection());
        if (TestDataDir::usesPostgres()) {
            QCOMPARE(store.db().engine(), Database::Engine::PostgreSQL);
            QVERIFY(query.exec(u"SHOW synchronous_commit"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"on"_s);
            // What may be shown names the server, never the password.
            QVERIFY(!store.path().contains(PostgresServer::shared()->password()));
            QVERIFY(store.path().contains(u":***@"_s));
        } else {
            QCOMPARE(store.db().engine(), Database::Engine::SQLite);
            QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"wal"_s);
            QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 2); // FULL
        }
        QVERIFY(store.db().integrityCheck());
        for (const char *table :
             {"sessions", "payments", "payment_links", "events", "webhook_endpoints", "webhook_deliveries",
              "webhook_attempts", "api_keys", "idempotency_keys", "chain_cursors", "address_indexes"}) {
            QVERIFY2(query.exec(u"SELECT COUNT(*) FROM %1"_s.arg(QLatin1StringView(table))), table);
        }
        // Opening again is a no-op migration.
        store.close();
        store.open(dir.databaseLocation());
        QCOMPARE(store.db().schemaVersion(), Database::kSchemaVersion);
    }

    void refusesNewerDatabase()
    {
        TestDataDir dir;
        {
            Storage store;
            store.open(dir.databaseLocation());
            QSqlQuery query(store.db().connection());
            QVERIFY(query.exec(TestDataDir::usesPostgres()
                                   ? u"UPDATE cryptocheckout_schema SET version = 99"_s
                                   : u"PRAGMA user_version=99"_s));
        }
        Storage store;
        try {
            store.open(dir.databaseLocation());
            QFAIL("a database from a newer version was opened");
        } catch (const StorageError &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(u"newer version"_s), error.what());
        }
        QVERIFY(!store.isOpen());
    }

    // A database written before the ETH/USD source was recorded: a USD session gets it from its own rate,
    // a euro session says it was not recorded rather than guessing.
    void migratesEthUsdSource()
    {
        TestDataDir dir;
        const bool postgres = TestDataDir::usesPostgres();
        {
            auto db = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, u"v2"_s);
            if (postgres) {
                const auto url = *DatabaseUrl::parse(dir.databaseLocation());
                db.setHostName(url.host);
                db.setPort(url.port);
                db.setUserName(url.user);
                db.setPassword(url.password);
                db.setDatabaseName(url.database);
            } else {
                db.setDatabaseName(dir.databaseLocation());
            }
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (int version = 0; version < 2; ++version)
                for (const QString &statement : schemaMigrations()[version])
                    QVERIFY2(query.exec(postgres ? postgresDdl(statement) : statement),
                             qPrintable(statement));
            const QString insert =
                u"INSERT INTO sessions (id, livemode, status, chain_id, address, address_index, amount_wei, "
                "fiat_minor, fiat_currency, eth_price_usd, rate_pair, rate_value, rate_decimals, "
                "rate_source, "
                "rate_fetched_at, expires_at, checkout_url, created_at, updated_at, amount_received_wei, "
                "needs_attention) VALUES ('%1', 0, 'pending', 31337, '%2', %3, '1', 100, '%4', '3000', '%5', "
                "'300000', 2, 'kraken', 1790000000000, 1790000600000, 'u', 1, 1, '0', 0)"_s;
            QVERIFY(query.exec(insert.arg(u"cs_usd"_s, u"0xa"_s).arg(0).arg(u"USD"_s, u"ETH-USD"_s)));
            QVERIFY(query.exec(insert.arg(u"cs_eur"_s, u"0xb"_s).arg(1).arg(u"EUR"_s, u"ETH-EUR"_s)));
            if (postgres)
                QVERIFY(query.exec(u"CREATE TABLE cryptocheckout_schema (version INTEGER NOT NULL); "
                                   "INSERT INTO cryptocheckout_schema VALUES (2)"_s));
            else
                QVERIFY(query.exec(u"PRAGMA user_version=2"_s));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_s);
        Storage store;
        store.open(dir.databaseLocation());
        QCOMPARE(store.db().schemaVersion(), Database::kSchemaVersion);
        const auto usd = store.sessions().byId(u"cs_usd"_s);
        QVERIFY(usd);
        QCOMPARE(usd->nativePriceUsdSource, u"kraken"_s);
        QCOMPARE(usd->nativePriceUsdFetchedAtMs, 1'790'000'000'000);
        const QJsonObject eur = sessionToJson(*store.sessions().byId(u"cs_eur"_s));
        QCOMPARE(eur[u"exchangeRate"_s][u"source"_s].toString(), u"kraken"_s);
        QCOMPARE(eur[u"exchangeRate"_s][u"nativeUsd"_s].toObject(),
                 (QJsonObject{{u"pair"_s, u"ETH-USD"_s},
                              {u"rate"_s, u"3000"_s},
                              {u"source"_s, QJsonValue::Null},
                              {u"fetchedAt"_s, QJsonValue::Null}}));
    }

    // The token changes at once with a write through this connection; with a commit by another connection
    // (another thread, or the `keys` command in another process) within Database::kDataVersionReuseNs; and
    // not with reads.
    void changeTokenFollowsWrites()
    {
        TwoConnections connections;
        Storage &store = connections.store;
        Storage &other = connections.other;
        const auto initial = store.db().changeToken();
        QCOMPARE(store.db().changeToken(), initial);
        store.sessions().insert(sampleSession(0));
        const auto afterOwnWrite = store.db().changeToken();
        QVERIFY(afterOwnWrite != initial);
        (void)store.sessions().list(SessionQuery{});
        QCOMPARE(store.db().changeToken(), afterOwnWrite);
        other.sessions().insert(sampleSession(1));
        afterReuseWindow();
        const auto afterOtherWrite = store.db().changeToken();
        QVERIFY(afterOtherWrite != afterOwnWrite);
        afterReuseWindow();
        QCOMPARE(store.db().changeToken(), afterOtherWrite);
        other.transaction([&] { other.sessions().insert(sampleSession(2)); });
        afterReuseWindow();
        QVERIFY(store.db().changeToken() != afterOtherWrite);
    }

    // Who gets an event is read from memory between changes, and every change counts on the next event:
    // this connection's create, update (events, enabled), removal and rolled-back create, and another
    // connection's create, seen within the data-version window.
    void deliveryTargetsFollowEveryChange()
    {
        TwoConnections connections;
        Storage &store = connections.store;
        Storage &other = connections.other;
        auto targets = [&](bool livemode) {
            QStringList ids;
            for (const WebhookEndpoint &endpoint : store.webhookEndpoints().deliveryTargets(livemode))
                ids << endpoint.id + (endpoint.enabled ? u""_s : u"(off)"_s) + u":"_s +
                           endpoint.events.join(u',');
            return ids;
        };
        QCOMPARE(targets(false), QStringList{});
        WebhookEndpoint endpoint;
        endpoint.id = u"we_a"_s;
        endpoint.url = u"https://example.com/a"_s;
        endpoint.events = {u"session.paid"_s};
        endpoint.secret = u"whsec_a"_s;
        store.webhookEndpoints().insert(endpoint);
        QCOMPARE(targets(false), QStringList{u"we_a:session.paid"_s});
        QCOMPARE(targets(true), QStringList{});
        endpoint.events = {u"*"_s};
        store.webhookEndpoints().update(endpoint);
        QCOMPARE(targets(false), QStringList{u"we_a:*"_s});
        endpoint.enabled = false;
        store.webhookEndpoints().update(endpoint);
        QCOMPARE(targets(false), QStringList{u"we_a(off):*"_s});
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store.transaction([&] {
            WebhookEndpoint rolledBack = endpoint;
            rolledBack.id = u"we_b"_s;
            store.webhookEndpoints().insert(rolledBack);
            QCOMPARE(targets(false).size(), 2);
            throw std::runtime_error("abandoned");
        }));
        QCOMPARE(targets(false), QStringList{u"we_a(off):*"_s});
        store.webhookEndpoints().remove(u"we_a"_s, 1);
        QCOMPARE(targets(false), QStringList{});
        WebhookEndpoint theirs = endpoint;
        theirs.id = u"we_c"_s;
        theirs.livemode = true;
        theirs.enabled = true;
        other.webhookEndpoints().insert(theirs);
        afterReuseWindow();
        QCOMPARE(targets(true), QStringList{u"we_c:*"_s});
    }

    // What cannot be opened is refused with a clear error: a file that is not a database; on PostgreSQL, a
    // wrong password, and the message does not carry the password that was tried.
    void refusesWhatItCannotOpen()
    {
        TestDataDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.setupError()));
        Storage store;
        if (!TestDataDir::usesPostgres()) {
            QFile file(dir.databaseLocation());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
            file.close();
            QVERIFY_THROWS_EXCEPTION(StorageError, store.open(dir.databaseLocation()));
            return;
        }
        QString url = dir.databaseLocation();
        const QString password = PostgresServer::shared()->password();
        url.replace(u":%1@"_s.arg(password), u":not-%1@"_s.arg(password));
        try {
            store.open(url);
            QFAIL("opened with a wrong password");
        } catch (const StorageError &error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(u"password authentication failed"_s), error.what());
            QVERIFY2(!message.contains(password), error.what());
        }
        QVERIFY(!store.isOpen());
    }

    void sessionRoundTrip()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        CheckoutSession session = sampleSession(0);
        session.hasMetadata = true;
        session.metadata = QJsonObject{{u"orderId"_s, u"123"_s}};
        session.successUrl = u"https://example.com/ok"_s;
        session.customerEmail = u"a@example.com"_s;
        session.linkId = u"plink_x"_s;
        store.sessions().insert(session);
        const auto loaded = store.sessions().byId(session.id);
        QVERIFY(loaded);
        QCOMPARE(sessionToJson(*loaded), sessionToJson(session));
        QVERIFY(!store.sessions().byId(u"cs_missing"_s));
    }

    void statusChangeAndEventsAreOneTransaction()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        CheckoutSession session = sampleSession(0);
        store.sessions().insert(session);
        session.status = SessionStatus::Expired;
        session.updatedAtMs += 1000;
        const Event expired{newObjectId(u"evt"), u"session.expired"_s,
                            session.id,          false,
                            session.updatedAtMs, QJsonObject{{u"status"_s, u"expired"_s}}};
        store.sessions().saveChange(session, {expired});
        QCOMPARE(store.sessions().byId(session.id)->status, SessionStatus::Expired);
        const auto stored = store.events().forSession(session.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].type, u"session.expired"_s);
        QCOMPARE(stored[0].object[u"status"_s].toString(), u"expired"_s);
        QVERIFY(stored[0].id.startsWith(u"evt_"_s));
        QCOMPARE(store.events().byId(stored[0].id)->type, u"session.expired"_s);

        // A change to a session that does not exist writes no event either.
        CheckoutSession ghost = sampleSession(1);
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            store.sessions().saveChange(
                ghost, {Event{newObjectId(u"evt"), u"session.paid"_s, ghost.id, false, 0, {}}}));
        QVERIFY(store.events().forSession(ghost.id).isEmpty());
    }

    // The console's reader reads in a snapshot: consistent, and never in a writer's way.
    void snapshotReadsDoNotHoldUpWriters()
    {
        TestDataDir dir;
        Storage writer;
        writer.open(dir.databaseLocation());
        writer.sessions().insert(sampleSession(0));
        Storage reader;
        reader.open(dir.databaseLocation());
        QElapsedTimer timer;
        reader.db().snapshot([&] {
            QCOMPARE(reader.sessions().count(), 1);
            timer.start();
            writer.transaction([&] { writer.sessions().insert(sampleSession(1)); });
            QVERIFY2(timer.elapsed() < 2000, "the write waited for the reader's lock"); // busy timeout: 10 s
            QCOMPARE(reader.sessions().count(), 1); // still the snapshot it began with
        });
        QCOMPARE(reader.sessions().count(), 2);
    }

    // The server's connection hands the log's checkpoints to a thread of their own: they run there while
    // the writes go on, the log stays bounded, and every commit is in the database afterwards.
    void logIsCheckpointedInTheBackground()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        if (TestDataDir::usesPostgres()) {
            // The server checkpoints its own log: a checkpointer handed over is not used.
            WalCheckpointer checkpointer(dir.path() + u"/unused.db"_s);
            store.db().setCheckpointer(&checkpointer);
            store.transaction([&] { store.sessions().insert(sampleSession(0)); });
            QTest::qWait(100);
            QCOMPARE(checkpointer.checkpoints(), 0U);
            QVERIFY(!QFileInfo::exists(dir.path() + u"/unused.db"_s));
            return;
        }
        const QString wal = dir.databaseLocation() + u"-wal"_s;
        qint64 largestLog = 0;
        {
            WalCheckpointer checkpointer(store.location());
            store.db().setCheckpointer(&checkpointer);
            QSqlQuery pragma(store.db().connection());
            QVERIFY(pragma.exec(u"PRAGMA wal_autocheckpoint"_s) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), Database::kFallbackCheckpointPages);
            QVERIFY(pragma.exec(u"PRAGMA temp_store"_s) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), 2); // MEMORY: the savepoints' statement journals
            pragma.finish();
            constexpr int kCommits = 1500;
            for (int i = 0; i < kCommits; ++i) {
                store.transaction([&] { store.sessions().insert(sampleSession(i)); });
                if (i % 50 == 0)
                    largestLog = std::max(largestLog, QFileInfo(wal).size());
            }
            QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() > 0, 5000);
            const quint64 before = checkpointer.checkpoints();
            store.transaction([&] { store.sessions().insert(sampleSession(kCommits)); });
            QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() > before, 5000); // each commit asks again
            store.db().setCheckpointer(nullptr);
            QVERIFY(pragma.exec(u"PRAGMA wal_autocheckpoint"_s) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), 1000);
            QVERIFY(pragma.exec(u"PRAGMA temp_store"_s) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), 0);
        }
        // 1,501 commits of a session row and its indexes would be several thousand log pages.
        QVERIFY2(largestLog < (Database::kFallbackCheckpointPages + 500) * 4120LL,
                 qPrintable(u"the log reached %1 bytes"_s.arg(largestLog)));
        Storage other;
        other.open(dir.databaseLocation());
        QCOMPARE(other.sessions().count(), 1501);
    }

    // Pipelined group commit: a group's COMMIT only writes the log (synchronous=NORMAL for the group, FULL
    // for everything else); the syncer's thread makes it durable, and only its report runs the group's
    // callbacks and settles it (the HTTP server's answers wait for that). A Commit::Now transaction settles
    // the groups before it first, in order.
    void groupsAreSyncedInTheBackground()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        Database &db = store.db();
        if (TestDataDir::usesPostgres()) {
            WalSyncer unused;
            db.setSyncer(&unused); // ignored: the server makes its commits durable
            QCOMPARE(db.visibleSerial(), 0U);
            return;
        }
        QSqlQuery pragma(db.connection());
        auto synchronous = [&] {
            const int level =
                pragma.exec(u"PRAGMA synchronous"_s) && pragma.next() ? pragma.value(0).toInt() : -1;
            pragma.finish();
            return level;
        };
        QCOMPARE(synchronous(), 2); // FULL
        WalSyncer syncer;
        QString problem;
        QVERIFY2(syncer.open(store.location(), &problem), qPrintable(problem));
        db.setSyncer(&syncer);
        QCOMPARE(synchronous(), 2); // everything but a group stays FULL
        int settledCalls = 0;
        db.setDurableListener([&] { ++settledCalls; });

        QStringList announced;
        auto grouped = [&](int n) {
            Database::GroupWindow window(&db);
            db.transaction(
                [&, n] {
                    store.sessions().insert(sampleSession(n));
                    db.afterCommit([&announced, n] { announced << u"group %1"_s.arg(n); });
                },
                Database::Commit::Grouped);
        };
        // The syncer's fdatasync is held back until the test lets it go.
        QSemaphore held;
        std::atomic<int> syncing{0};
        syncer.setBeforeSync([&] {
            ++syncing;
            held.acquire();
        });
        struct Release // however the test ends: the syncer's thread is let go and the connection lets go of
                       // it
        {
            Database &db;
            WalSyncer &syncer;
            QSemaphore &held;
            ~Release()
            {
                syncer.setBeforeSync({});
                held.release(1000);
                try {
                    db.setSyncer(nullptr);
                } catch (const std::exception &) {
                }
            }
        } release{db, syncer, held};
        grouped(1);
        QCOMPARE(synchronous(), 1); // NORMAL while the group is open: its COMMIT does not wait for the disk
        grouped(2);
        QVERIFY(db.groupPending());
        const quint64 first = db.groupSerial();
        QCOMPARE(db.visibleSerial(), first);
        db.commitGroup();
        QCOMPARE(synchronous(), 2);
        // Written and readable by another connection, but neither announced nor settled while its sync has
        // not returned, however long the event loop runs.
        QVERIFY(!db.groupPending());
        QCOMPARE(db.visibleSerial(), first);
        {
            Storage other;
            other.open(dir.databaseLocation());
            QCOMPARE(other.sessions().count(), 2);
        }
        QTRY_COMPARE_WITH_TIMEOUT(syncing.load(), 1, 5000);
        QTest::qWait(200);
        QVERIFY(!db.groupSettled(first));
        QVERIFY(announced.isEmpty());
        QCOMPARE(settledCalls, 0);
        const quint64 syncsBefore = syncer.syncs();
        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(db.groupSettled(first), 5000);
        QCOMPARE(announced, (QStringList{u"group 1"_s, u"group 2"_s}));
        QVERIFY(syncer.syncs() > syncsBefore);
        QVERIFY(settledCalls >= 1);
        syncer.setBeforeSync({});

        // A group waiting for its sync, then a transaction that commits now: when it returns, both are
        // durable and announced, the group first.
        grouped(3);
        db.commitGroup();
        const quint64 second = db.groupSerial();
        QVERIFY(!db.groupSettled(second));
        db.transaction([&] {
            store.sessions().insert(sampleSession(4));
            db.afterCommit([&announced] { announced << u"now"_s; });
        });
        QVERIFY(db.groupSettled(second));
        QCOMPARE(announced, (QStringList{u"group 1"_s, u"group 2"_s, u"group 3"_s, u"now"_s}));
        // Outside any transaction, a callback waits for the groups still syncing.
        grouped(5);
        db.commitGroup();
        db.afterCommit([&announced] { announced << u"after group 5"_s; });
        QCOMPARE(announced.size(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 6, 5000);
        QCOMPARE(announced.mid(4), (QStringList{u"group 5"_s, u"after group 5"_s}));

        // Taken away: whatever is pending is committed and made durable first.
        grouped(6);
        db.setSyncer(nullptr);
        QVERIFY(!db.groupPending());
        QVERIFY(db.groupSettled(db.groupSerial()));
        QCOMPARE(announced.last(), u"group 6"_s);
        QCOMPARE(synchronous(), 2);
        Storage other;
        other.open(dir.databaseLocation());
        QCOMPARE(other.sessions().count(), 6);
    }

    // When the log cannot be synced, whether the commits reached the disk is unknown (and a later fdatasync
    // could report success without them): the process stops before anything waiting for them is announced
    // or answered. Here the syncer's "log" is a FIFO, on which fdatasync always fails; the test runs itself
    // as a child process for that.
    void aFailedSyncStopsTheProcess()
    {
        if (TestDataDir::usesPostgres())
            return; // SQLite's log only
        if (qEnvironmentVariableIsSet("CRYPTOCHECKOUT_FAILED_SYNC_CHILD")) {
            TestDataDir dir;
            Storage store;
            store.open(dir.databaseLocation());
            Database &db = store.db();
            const QString fifo = dir.path() + u"/broken"_s;
            QVERIFY(::mkfifo(QFile::encodeName(fifo + u"-wal"_s).constData(), 0600) == 0);
            WalSyncer syncer;
            QString problem;
            QVERIFY2(syncer.open(fifo, &problem), qPrintable(problem));
            db.setSyncer(&syncer);
            {
                Database::GroupWindow window(&db);
                db.transaction(
                    [&] {
                        store.sessions().insert(sampleSession(1));
                        db.afterCommit([] { std::puts("ANNOUNCED"); });
                    },
                    Database::Commit::Grouped);
            }
            db.commitGroup();
            QTest::qWait(5000);
            QFAIL("the process went on after a failed fdatasync");
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CRYPTOCHECKOUT_FAILED_SYNC_CHILD"_s, u"1"_s);
        child.setProcessEnvironment(environment);
        child.setChildProcessModifier([] {
            const rlimit noCore{0, 0}; // it aborts on purpose: no core file
            ::setrlimit(RLIMIT_CORE, &noCore);
        });
        child.start(QCoreApplication::applicationFilePath(), {u"aFailedSyncStopsTheProcess"_s});
        QVERIFY(child.waitForFinished(30'000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // aborted
        QVERIFY2(output.contains("could not be written to the disk (fdatasync"), output.constData());
        QVERIFY2(!output.contains("ANNOUNCED"), output.constData());
        QVERIFY2(!output.contains("went on after"), output.constData());
    }

    // The chain watcher's reads of the sessions it follows (every block, every 15 s, every 5 minutes) go
    // through migration 12's indexes, not through every session the chain ever had.
    void watcherReadsUseTheirIndexes()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        const QStringList indexes{u"sessions_awaiting_chain"_s, u"sessions_open_by_chain"_s,
                                  u"sessions_by_chain_created"_s};
        QSqlQuery query(store.db().connection());
        if (TestDataDir::usesPostgres()) {
            // PostgreSQL's planner chooses by the table's statistics; that the indexes are there is what
            // this checks.
            for (const QString &index : indexes) {
                QVERIFY(query.exec(u"SELECT indexdef FROM pg_indexes WHERE indexname = '%1'"_s.arg(index)));
                QVERIFY2(query.next(), qPrintable(index));
            }
            return;
        }
        const QList<std::pair<QString, QString>> plans{
            {SessionRepository::awaitingChainSql(), indexes[0]},
            {SessionRepository::toReconcileSql(false), indexes[1]},
            {SessionRepository::toReconcileSql(true), indexes[2]},
        };
        for (const auto &[sql, index] : plans) {
            QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
            query.bindValue(u":chain"_s, 31337);
            if (sql.contains(u":since"_s))
                query.bindValue(u":since"_s, 0);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QString plan;
            while (query.next())
                plan += query.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(u"USING INDEX "_s + index + u' '), qPrintable(sql + u"\n"_s + plan));
        }
    }

    void transactionRollsBack()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        const CheckoutSession session = sampleSession(0);
        try {
            store.transaction([&] {
                QCOMPARE(store.sessions().takeNextAddressIndex(u"fp"_s), 0);
                store.sessions().insert(session);
                throw StorageError("simulated failure");
            });
        } catch (const StorageError &) {
        }
        QVERIFY(!store.sessions().byId(session.id));
        QCOMPARE(store.sessions().takeNextAddressIndex(u"fp"_s), 0);
        QCOMPARE(store.sessions().takeNextAddressIndex(u"fp"_s), 1);
        QCOMPARE(store.sessions().takeNextAddressIndex(u"other"_s), 0);
    }

    void addressesAreUniquePerMode()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        CheckoutSession first = sampleSession(0);
        store.sessions().insert(first);
        CheckoutSession second = sampleSession(0);
        QVERIFY_THROWS_EXCEPTION(StorageError, store.sessions().insert(second));
    }

    void pagination()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        QStringList ids; // oldest first
        store.transaction([&] {
            for (int i = 0; i < 25; ++i) {
                CheckoutSession s = sampleSession(i, false, 1'790'000'000'000 + i * 1000);
                if (i % 5 == 0)
                    s.status = SessionStatus::Paid;
                store.sessions().insert(s);
                ids << s.id;
            }
            store.sessions().insert(sampleSession(0, true));
        });
        SessionQuery query;
        query.limit = 10;
        auto page = store.sessions().list(query);
        QCOMPARE(page.sessions.size(), 10);
        QVERIFY(page.hasMore);
        QCOMPARE(page.sessions.first().id, ids[24]);
        QCOMPARE(page.sessions.last().id, ids[15]);

        query.startingAfter = page.sessions.last().id;
        page = store.sessions().list(query);
        QCOMPARE(page.sessions.first().id, ids[14]);
        query.startingAfter = page.sessions.last().id;
        page = store.sessions().list(query);
        QCOMPARE(page.sessions.size(), 5);
        QVERIFY(!page.hasMore);
        QCOMPARE(page.sessions.last().id, ids[0]);

        query.startingAfter.clear();
        query.endingBefore = ids[4];
        page = store.sessions().list(query);
        QCOMPARE(page.sessions.size(), 10);
        QCOMPARE(page.sessions.first().id, ids[14]);
        QCOMPARE(page.sessions.last().id, ids[5]);
        QVERIFY(page.hasMore);

        SessionQuery paid;
        paid.status = SessionStatus::Paid;
        paid.limit = 100;
        QCOMPARE(store.sessions().list(paid).sessions.size(), 5);

        SessionQuery range;
        range.limit = 100;
        range.createdGteMs = 1'790'000'000'000 + 10'000;
        range.createdLteMs = 1'790'000'000'000 + 12'000;
        QCOMPARE(store.sessions().list(range).sessions.size(), 3);

        SessionQuery live;
        live.livemode = true;
        QCOMPARE(store.sessions().list(live).sessions.size(), 1);
    }

    void paymentsAreRecordedOnce()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        const CheckoutSession session = sampleSession(0);
        store.sessions().insert(session);
        Payment payment;
        payment.sessionId = session.id;
        payment.chainId = 31337;
        payment.txHash = u"0xabc"_s;
        payment.blockNumber = 7;
        payment.blockHash = u"0xb7"_s;
        payment.blockTimestampMs = 1000;
        payment.amount = UInt256{5};
        QVERIFY(store.sessions().insertPayment(payment));
        Payment again = payment;
        QVERIFY(!store.sessions().insertPayment(again));
        Payment reconciled = payment;
        reconciled.txHash = QString();
        reconciled.blockNumber = 8;
        QVERIFY(store.sessions().insertPayment(reconciled));
        QCOMPARE(store.sessions().payments(session.id).size(), 2);
        QCOMPARE(store.sessions().removePaymentsAbove(31337, 7), 1);
        QCOMPARE(store.sessions().payments(session.id).size(), 1);
        QCOMPARE(store.sessions().payments(session.id)[0].amount, UInt256{5});
    }

    void chainCursor()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        QVERIFY(!store.chain().cursor(31337));
        store.chain().saveCursor({31337, 42, u"0x42"_s});
        store.chain().saveCursor({31337, 43, u"0x43"_s});
        QCOMPARE(store.chain().cursor(31337)->blockNumber, 43);
        QCOMPARE(store.chain().cursor(31337)->blockHash, u"0x43"_s);
    }

    void openSessions()
    {
        TestDataDir dir;
        Storage store;
        store.open(dir.databaseLocation());
        for (auto status : {SessionStatus::Pending, SessionStatus::Paid, SessionStatus::Expired,
                            SessionStatus::Failed, SessionStatus::Detected}) {
            CheckoutSession s = sampleSession(static_cast<int>(status));
            s.status = status;
            store.sessions().insert(s);
        }
        QCOMPARE(store.sessions().unsettled().size(), 3); // pending, expired (grace), detected
        QCOMPARE(store.sessions().count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
