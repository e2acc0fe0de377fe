#include "Database.h"

#include <chrono>

#include "Connections.h"
#include "DatabaseUrl.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "WalCheckpointer.h"
#include "WalSyncer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;
using namespace sqlsupport;

namespace {
std::atomic<int> g_connectionCounter{0};
}

Database::~Database()
{
    close();
}

void Database::open(const QString &location)
{
    m_dataVersionReadAtNs = -1; // another connection counts its own data versions
    close();
    m_connectionLost = false;
    m_liveStatements = 0;
    m_location = location;
    m_engine = DatabaseUrl::isServerUrl(location) ? Engine::PostgreSQL : Engine::SQLite;
    m_connectionName = u"store-%1"_s.arg(g_connectionCounter.fetch_add(1));
    try {
        if (m_engine == Engine::PostgreSQL)
            openPostgres(location);
        else
            openSqlite(location);
        migrate();
        if (m_engine == Engine::SQLite)
            restrictPermissions();
    } catch (...) {
        close();
        throw;
    }
}

void Database::openSqlite(const QString &path)
{
    m_displayName = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        // Another process (the `keys` command next to a running server) may hold the write lock briefly.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            throw StorageError(
                u"Cannot open the database %1: %2"_s.arg(path, db.lastError().text()).toStdString());
    }
    exec(u"PRAGMA journal_mode=WAL"_s);
    // FULL: every commit reaches the disk before the caller is told it happened.
    exec(u"PRAGMA synchronous=FULL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
}

void Database::openPostgres(const QString &text)
{
    QString problem;
    const auto url = DatabaseUrl::parse(text, &problem);
    if (!url)
        throw StorageError(u"Cannot use the database URL: %1"_s.arg(problem).toStdString());
    m_displayName = url->redacted();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        throw StorageError(
            "Cannot open a PostgreSQL database: Qt's PostgreSQL driver is not installed (Debian: "
            "apt install libqt6sql6-psql)");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        configurePostgres(db, *url);
        if (!db.open()) {
            // libpq's message names the host and user, never the password.
            throw StorageError(
                u"Cannot open the database %1: %2"_s.arg(m_displayName, db.lastError().text().simplified())
                    .toStdString());
        }
    }
    configureSession();
}

void Database::configureSession()
{
    // Commits are durable before they are answered (the server's default, made sure of), and the
    // server's notices ("relation already exists, skipping") stay out of the log.
    exec(u"SET synchronous_commit = on"_s);
    exec(u"SET client_min_messages = warning"_s);
}

void Database::noteError(const QSqlError &error)
{
    if (!isPostgres())
        return;
    // Connection exceptions (class 08), the server shutting down (57P01-57P03), or no SQLSTATE at all
    // (libpq lost the socket): the connection is gone. Anything else is the statement's own fault.
    const QString state = error.nativeErrorCode();
    if (state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P0"_s))
        m_connectionLost = true;
}

void Database::reconnectIfLost()
{
    if (!m_connectionLost || m_liveStatements > 0 || m_transactionDepth > 0 || m_groupPending)
        return;
    m_statements.clear(); // they belong to the lost session
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        throw StorageError(
            u"The database %1 cannot be reached: %2"_s.arg(m_displayName, db.lastError().text().simplified())
                .toStdString());
    m_connectionLost = false;
    noteWrite(); // whatever happened meanwhile, caches read again
    ++m_localSettingsWrites;
    configureSession();
    qWarning("Connected again to the database %s", qPrintable(m_displayName));
}

void Database::restrictPermissions() const
{
    // API key hashes, webhook secrets and customers' emails: the owner's only, whatever the umask. The
    // folder too, since it also holds config.ini.
    const QFileInfo database(m_location);
    QFile::setPermissions(database.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_location + suffix))
            QFile::setPermissions(m_location + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

void Database::close()
{
    if (m_groupPending) {
        // Closing with a group unanswered: keep its work; whoever waited for announcements is gone.
        m_afterCommit.clear();
        QSqlQuery(connection()).exec(u"COMMIT"_s);
        m_groupPending = false;
        m_committedSerial = m_groupSerial;
    }
    if (m_syncer) {
        m_syncer->syncNow(); // what was committed is on the disk before the connection goes
        m_awaitingSync.clear();
        m_durableSerial = m_committedSerial;
        m_syncer->setCallback({});
        m_syncer = nullptr;
    }
    m_checkpointer = nullptr;
    m_statements.clear(); // statements go before their connection
    removeConnection(m_connectionName);
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Database::ChangeToken Database::changeToken()
{
    if (isPostgres()) {
        SqlStatement query(*this, u"SELECT CAST(pg_current_snapshot() AS TEXT)"_s);
        auto &result = query.run();
        return {m_localWrites, 0, result.next() ? result.value(0).toString() : QString()};
    }
    const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                           std::chrono::steady_clock::now().time_since_epoch())
                           .count();
    if (m_dataVersionReadAtNs < 0 || now - m_dataVersionReadAtNs >= kDataVersionReuseNs) {
        SqlStatement query(*this, u"PRAGMA data_version"_s);
        auto &result = query.run();
        m_dataVersion = result.next() ? result.value(0).toLongLong() : -1;
        m_dataVersionReadAtNs = now;
    }
    return {m_localWrites, m_dataVersion, {}};
}

QString Database::jsonArrayValues(const QString &parameter, const QString &sqlType) const
{
    if (isPostgres())
        return u"SELECT CAST(value AS %1) FROM json_array_elements_text(CAST(%2 AS JSON))"_s.arg(sqlType,
                                                                                                 parameter);
    return u"SELECT value FROM json_each(%1)"_s.arg(parameter);
}

QString Database::containsLowercase(const QString &expression, const QString &needle) const
{
    return u"%1(lower(%2), %3) > 0"_s.arg(isPostgres() ? u"strpos"_s : u"instr"_s, expression, needle);
}

Database::ChangeToken Database::settingsChangeToken()
{
    ChangeToken token = changeToken();
    token.localWrites = m_localSettingsWrites;
    return token;
}

Database::PreparedStatement *Database::preparedStatement(const QString &sql)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second->inUse ? nullptr : found->second.get();
    if (m_statements.size() >= kMaxPreparedStatements)
        return nullptr;
    auto statement = std::make_unique<PreparedStatement>(PreparedStatement{QSqlQuery(connection())});
    statement->query.setForwardOnly(true);
    if (!statement->query.prepare(sql))
        return nullptr; // the caller prepares it again and reports the error
    return m_statements.emplace(sql, std::move(statement)).first->second.get();
}

void Database::execDirect(const QString &sql)
{
    if (!isPostgres()) {
        SqlStatement(*this, sql).run(); // prepared once, like any other statement
        return;
    }
    // Qt's PostgreSQL driver prepares statements with PREPARE, which takes no transaction control or SET.
    if (sql.startsWith(u"BEGIN"_s))
        reconnectIfLost();
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        noteError(query.lastError());
        throw StorageError(u"Database error: %1 (in: %2)"_s.arg(query.lastError().text(), sql).toStdString());
    }
}

void Database::exec(const QString &sql)
{
    noteWrite(); // migrations, pragmas, rollbacks: assume they changed something
    ++m_localSettingsWrites;
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw StorageError(
            u"Database error: %1 (in: %2)"_s.arg(query.lastError().text(), sql.simplified().left(80))
                .toStdString());
}

int Database::schemaVersion()
{
    if (isPostgres()) {
        SqlStatement query(*this, u"SELECT version FROM cryptocheckout_schema"_s);
        auto &result = query.run();
        return result.next() ? result.value(0).toInt() : 0;
    }
    SqlStatement query(*this, u"PRAGMA user_version"_s);
    auto &result = query.run();
    return result.next() ? result.value(0).toInt() : 0;
}

void Database::setSchemaVersion(int version)
{
    if (isPostgres())
        exec(u"UPDATE cryptocheckout_schema SET version = %1"_s.arg(version));
    else
        exec(u"PRAGMA user_version=%1"_s.arg(version));
}

bool Database::integrityCheck()
{
    if (isPostgres()) {
        // The server checks its own pages; what is left to ask is whether the schema is whole.
        return schemaVersion() == kSchemaVersion;
    }
    SqlStatement query(*this, u"PRAGMA integrity_check"_s);
    auto &result = query.run();
    return result.next() && result.value(0).toString() == u"ok";
}

void Database::migrate()
{
    const auto &steps = schemaMigrations();
    if (isPostgres()) {
        // Instances starting together: one migrates, the others wait here and find it done.
        exec(u"SELECT pg_advisory_lock(%1)"_s.arg(kMigrationLock));
        try {
            exec(u"CREATE TABLE IF NOT EXISTS cryptocheckout_schema (version INTEGER NOT NULL)"_s);
            exec(u"INSERT INTO cryptocheckout_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM "
                 "cryptocheckout_schema)"_s);
            migrateSteps(steps);
        } catch (...) {
            QSqlQuery(connection()).exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(kMigrationLock));
            throw;
        }
        exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(kMigrationLock));
        return;
    }
    migrateSteps(steps);
}

void Database::migrateSteps(const QList<QStringList> &steps)
{
    const int current = schemaVersion();
    if (current > steps.size()) {
        throw StorageError(
            u"The database %1 was written by a newer version of Crypto Checkout (schema %2; this "
            "version understands up to %3). Upgrade Crypto Checkout, or restore a backup."_s
                .arg(m_displayName)
                .arg(current)
                .arg(steps.size())
                .toStdString());
    }
    for (int version = current; version < steps.size(); ++version) {
        transaction([&] {
            for (const QString &statement : steps[version])
                exec(isPostgres() ? postgresDdl(statement) : statement);
            setSchemaVersion(version + 1);
        });
    }
}

void Database::transaction(const std::function<void()> &work, Commit commit)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return;
    }
    // On PostgreSQL each transaction commits by itself: a group held open across requests would hold its
    // row locks (the deposit-address counter, idempotency keys) while other instances wait on them, and
    // two instances' groups could wait on each other. The server merges concurrent commits' WAL flushes.
    if (commit == Commit::Grouped && m_groupWindow && !isPostgres()) {
        if (!m_groupPending) {
            if (m_syncer)
                setSynchronous(true); // this group's COMMIT writes the log; the syncer syncs it
            execDirect(beginWrite());
            m_groupPending = true;
            m_groupSize = 0;
            ++m_groupSerial;
        }
        const qsizetype callbacksBefore = m_afterCommit.size();
        execDirect(u"SAVEPOINT grouped"_s);
        m_transactionDepth = 1;
        try {
            work();
            m_transactionDepth = 0;
            execDirect(u"RELEASE grouped"_s);
            ++m_groupSize;
        } catch (...) {
            m_transactionDepth = 0;
            noteWrite();
            ++m_localSettingsWrites;
            m_afterCommit.resize(callbacksBefore);
            QSqlQuery rollback(connection());
            if (!rollback.exec(u"ROLLBACK TO grouped"_s) || !rollback.exec(u"RELEASE grouped"_s))
                rollbackAll(); // the savepoint is gone with the whole group: nothing of it was answered yet
            throw;
        }
        return;
    }
    if (m_groupPending)
        commitGroup();
    execDirect(beginWrite());
    m_transactionDepth = 1;
    try {
        work();
        m_transactionDepth = 0;
        execDirect(u"COMMIT"_s);
    } catch (...) {
        m_transactionDepth = 0;
        rollbackAll();
        throw;
    }
    if (m_checkpointer)
        m_checkpointer->committed();
    // Durable by its own COMMIT (FULL). Groups still waiting for the syncer are settled first, so that what
    // they announce comes before what this transaction does (a session's creation before its payment).
    if (!m_awaitingSync.isEmpty())
        syncNow();
    runCallbacks();
}

void Database::setSyncer(WalSyncer *syncer)
{
    if (isPostgres() || !isOpen() || syncer == m_syncer || (syncer && !syncer->isOpen()))
        return;
    if (m_syncer) {
        commitGroup();
        syncNow();
        m_syncer->setCallback({});
        m_syncer = nullptr;
    }
    m_syncer = syncer;
    if (m_syncer)
        m_syncer->setCallback([this](quint64 serial) { settleUpTo(serial); });
}

void Database::setSynchronous(bool normal)
{
    // Only between transactions (SQLite refuses a change inside one): before a group's BEGIN, after its end.
    // Prepared once, like BEGIN and COMMIT.
    static const QString normalSql = u"PRAGMA synchronous=NORMAL"_s;
    static const QString fullSql = u"PRAGMA synchronous=FULL"_s;
    execDirect(normal ? normalSql : fullSql);
}

void Database::syncNow()
{
    if (!m_syncer)
        return;
    const quint64 target = m_committedSerial;
    m_syncer->syncNow(); // does not return when the sync fails
    settleUpTo(target);
}

void Database::settleUpTo(quint64 serial)
{
    m_durableSerial = std::max(m_durableSerial, serial);
    // One group at a time, taken off the list first: a callback may commit (and settle) again.
    while (!m_awaitingSync.isEmpty() && m_awaitingSync.first().first <= serial) {
        const QList<std::function<void()>> callbacks = m_awaitingSync.takeFirst().second;
        for (const auto &callback : callbacks) {
            try {
                callback();
            } catch (const std::exception &error) {
                qWarning("After a commit: %s", error.what());
            }
        }
    }
    if (m_durableListener)
        m_durableListener();
}

void Database::setCheckpointer(WalCheckpointer *checkpointer)
{
    if (isPostgres() || !isOpen())
        return;
    m_checkpointer = checkpointer;
    QSqlQuery pragma(connection());
    pragma.exec(u"PRAGMA wal_autocheckpoint=%1"_s.arg(checkpointer ? kFallbackCheckpointPages : 1000));
    // The server's connection runs each grouped request in a savepoint, whose undo pages SQLite keeps in a
    // statement journal: in memory they are a copy; in a temporary file (SQLite's default past 64 KiB) they
    // were ~20 writes a request. Only this connection: its statements are bounded by the API's limits, while
    // temporary tables and sorts elsewhere (the console's reader) may still spill to disk.
    pragma.exec(checkpointer ? u"PRAGMA temp_store=MEMORY"_s : u"PRAGMA temp_store=DEFAULT"_s);
}

void Database::snapshot(const std::function<void()> &reads)
{
    if (m_transactionDepth > 0 || m_groupPending)
        return reads(); // already inside one
    // PostgreSQL's default (read committed) takes a new snapshot per statement: ask for one for all.
    execDirect(isPostgres() ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s);
    m_transactionDepth = 1;
    try {
        reads();
    } catch (...) {
        m_transactionDepth = 0;
        QSqlQuery(connection()).exec(u"ROLLBACK"_s);
        throw;
    }
    m_transactionDepth = 0;
    execDirect(u"COMMIT"_s);
}

void Database::commitGroup()
{
    if (!m_groupPending)
        return;
    try {
        execDirect(u"COMMIT"_s);
    } catch (...) {
        rollbackAll();
        throw;
    }
    m_groupPending = false;
    m_committedSerial = m_groupSerial;
    if (m_checkpointer)
        m_checkpointer->committed();
    if (m_syncer) {
        m_awaitingSync.append({m_groupSerial, std::exchange(m_afterCommit, {})});
        m_syncer->request(m_groupSerial);
        setSynchronous(false); // everything else this connection commits syncs as it commits
        return;
    }
    m_durableSerial = m_committedSerial;
    runCallbacks();
}

void Database::afterCommit(std::function<void()> fn)
{
    // Outside a transaction: what was written so far is durable, except groups still syncing (whose
    // callbacks run first when they are, and this one after them).
    if (m_transactionDepth == 0 && !m_groupPending && !m_awaitingSync.isEmpty())
        m_awaitingSync.last().second.append(std::move(fn));
    else if (m_transactionDepth == 0 && !m_groupPending)
        fn();
    else
        m_afterCommit.append(std::move(fn));
}

void Database::runCallbacks()
{
    while (!m_afterCommit.isEmpty()) {
        const auto callbacks = std::exchange(m_afterCommit, {});
        for (const auto &callback : callbacks)
            callback();
    }
}

void Database::rollbackAll()
{
    noteWrite();
    ++m_localSettingsWrites;
    if (m_groupPending)
        m_failedGroups.append(m_groupSerial);
    m_groupPending = false;
    m_afterCommit.clear();
    QSqlQuery rollback(connection());
    rollback.exec(u"ROLLBACK"_s);
    if (m_syncer) {
        try {
            setSynchronous(false); // in case it was a group's
        } catch (const StorageError &) {
            // Outside a transaction SQLite does not refuse it; nothing to add to the error being reported.
        }
    }
}
