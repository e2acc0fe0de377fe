#pragma once

#include "DomainError.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <stdexcept>
#include <unordered_map>

// One connection to the database: the embedded SQLite file (WAL mode, durable commits) or a
// PostgreSQL server ([database] url), so anything committed survives the process being killed. It holds
// transactions, group commit, the statement cache and the change token the caches above key on; the
// repositories run their SQL through it, and ask it for the few phrases the two engines spell differently.
// One Database per thread (Qt Sql connections are thread-bound). Schema changes are the same versioned
// migrations on both engines (Migrations.cpp), counted in PRAGMA user_version or, on PostgreSQL, in the
// table cryptocheckout_schema.
class WalCheckpointer;
class WalSyncer;

class Database
{
public:
    static constexpr int kSchemaVersion = 13;
    static constexpr const char *kFileName = "cryptocheckout.db";

    enum class Engine { SQLite, PostgreSQL };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and migrates: a file path (created if needed), or a postgresql:// URL (the database must exist;
    // its tables are created). Refuses a database written by a newer version.
    void open(const QString &location);
    void close();
    bool isOpen() const;
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }
    // What open() was given (with the password: for opening another connection, never for showing).
    QString location() const { return m_location; }
    // The file path, or the URL without its password: what messages and the health report show.
    QString path() const { return m_displayName; }
    int schemaVersion();
    bool integrityCheck();

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back if work throws, and rethrows. Nested calls
    // join the outer transaction.
    //
    // Commit::Grouped (group commit, for the API's durable creates; SQLite only, Commit::Now on PostgreSQL):
    // while a GroupWindow is open, the work
    // runs in a savepoint of a shared transaction instead, and commitGroup() later makes every member
    // durable with one COMMIT (one fsync). Until then nothing of it may be shown to anyone: the caller
    // defers what it announces with afterCommit(), and the HTTP server holds its responses while
    // groupPending(). A member that throws is rolled back alone. Any Commit::Now transaction commits a
    // pending group first, so it never waits behind one nor joins it.
    enum class Commit { Now, Grouped };
    void transaction(const std::function<void()> &work, Commit commit = Commit::Now);
    // Runs reads inside BEGIN (deferred) … COMMIT: one snapshot of the database, without taking the write
    // lock, so a reader on another connection sees a consistent state and never holds up the writers.
    void snapshot(const std::function<void()> &reads);
    bool groupPending() const { return m_groupPending; }
    // How many transactions the open group holds (0: none open).
    int groupSize() const { return m_groupPending ? m_groupSize : 0; }
    // Which group is pending (each gets the next number), and whether a group's COMMIT failed: its members'
    // answers must then say so. forgetFailedGroups() once no answer waits for a failed group.
    quint64 groupSerial() const { return m_groupSerial; }
    bool groupFailed(quint64 serial) const { return m_failedGroups.contains(serial); }
    void forgetFailedGroups() { m_failedGroups.clear(); }
    // The newest group whose writes anything read now may show: the pending one, else the last committed
    // one. An answer given now must wait until that group is settled.
    quint64 visibleSerial() const { return m_groupPending ? m_groupSerial : m_committedSerial; }
    // Whether a group is over: durable (its callbacks ran) or failed (its COMMIT did). Always true without
    // a syncer once commitGroup() returned.
    bool groupSettled(quint64 serial) const { return serial <= m_durableSerial || groupFailed(serial); }
    // Commits the pending group. Without a syncer the COMMIT is durable (synchronous=FULL) and the group's
    // afterCommit callbacks run at once; with one, the COMMIT only writes the log, the syncer makes it
    // durable in the background, and the callbacks run (then the durable listener) when it reports back. When
    // the COMMIT fails, everything in the group is rolled back, its callbacks are dropped, and StorageError
    // is thrown.
    void commitGroup();
    // Called (on this connection's thread) whenever groups became settled in the background.
    void setDurableListener(std::function<void()> listener) { m_durableListener = std::move(listener); }
    // Runs fn once what has been written so far is durable: at once outside a transaction, after the
    // COMMIT otherwise (the group's, for a grouped transaction). Dropped if that work is rolled back.
    void afterCommit(std::function<void()> fn);
    // Open while a caller (the HTTP server, for one request) lets grouped transactions share a commit.
    class GroupWindow
    {
    public:
        explicit GroupWindow(Database *database)
            : m_database(database)
        {
            if (m_database)
                m_database->m_groupWindow = true;
        }
        ~GroupWindow()
        {
            if (m_database)
                m_database->m_groupWindow = false;
        }
        GroupWindow(const GroupWindow &) = delete;
        GroupWindow &operator=(const GroupWindow &) = delete;

    private:
        Database *m_database;
    };

    // SQLite: checkpointer copies the log into the database file from its own thread after this connection's
    // commits; this connection checkpoints only when the log has grown past kFallbackCheckpointPages anyway
    // (SQLite's default, without one, is every 1000 pages). Null hands checkpoints back. The checkpointer
    // must outlive this connection, or be taken away first; close() forgets it. While it has one, the
    // connection keeps its savepoints' statement journals in memory (temp_store=MEMORY).
    static constexpr int kFallbackCheckpointPages = 4000;
    void setCheckpointer(WalCheckpointer *checkpointer);
    // SQLite: a group's COMMIT is written with synchronous=NORMAL (the log, not yet the disk) and made
    // durable by syncer's thread while the next group runs (pipelined group commit); its callbacks run, and
    // the durable listener is called, when the syncer reports. Everything else this connection commits stays
    // synchronous=FULL, and a Commit::Now transaction settles the groups before it first. Null (or a syncer
    // that is not open): every COMMIT syncs. The syncer must outlive this connection, or be taken away
    // first; close() syncs what is pending and forgets it. A failed sync stops the process (WalSyncer).
    void setSyncer(WalSyncer *syncer);

    QSqlDatabase connection() const;
    // Runs a statement that cannot be prepared on PostgreSQL: BEGIN, COMMIT, SAVEPOINT, RELEASE, SET.
    void execDirect(const QString &sql);

    // A lost PostgreSQL connection (the server restarted, the network was cut) is opened again: the
    // statement that found it lost fails as usual, and the connection is reopened before the next
    // statement outside a transaction (SqlStatement calls these).
    void noteError(const QSqlError &error);
    void reconnectIfLost();
    void statementStarted() { ++m_liveStatements; }
    void statementFinished() { --m_liveStatements; }

    // The phrases the engines spell differently, for the repositories.
    // A subquery of the values of a JSON array bound to parameter (":ids"), as sqlType (BIGINT or TEXT).
    QString jsonArrayValues(const QString &parameter, const QString &sqlType) const;
    // An expression true when needle (lower-case) occurs in the lower-cased text expression.
    QString containsLowercase(const QString &expression, const QString &needle) const;

    // Statements prepared once per connection and reused (SqlStatement uses them). Preparing dominates a
    // point read, so every fixed statement is kept; a statement already in use (a nested read of the same
    // SQL) is not shared and the caller prepares its own.
    struct PreparedStatement
    {
        QSqlQuery query;
        bool inUse = false;
    };
    PreparedStatement *preparedStatement(const QString &sql);
    void noteWrite() { ++m_localWrites; }
    void noteSettingsWrite() { ++m_localSettingsWrites; }

    // Differs from an earlier token whenever the database may have changed since: a write through this
    // connection, or a commit by any other connection or process (PRAGMA data_version). What is read from
    // the database may be kept in memory for as long as the token stays the same.
    //
    // On PostgreSQL the token is the server's current snapshot (pg_current_snapshot(): the oldest running
    // transaction, the next transaction id and the ones in progress), which changes whenever a writing
    // transaction anywhere on the server begins or ends: another instance's commit is noticed without a
    // write on every change.
    struct ChangeToken
    {
        quint64 localWrites = 0;
        qint64 dataVersion = -1;
        QString snapshot;
        friend bool operator==(const ChangeToken &, const ChangeToken &) = default;
    };
    ChangeToken changeToken();
    // SQLite: another connection's commit is looked for (PRAGMA data_version, which takes the file's lock)
    // at most this often; in between, the last answer stands. This connection's own writes always count at
    // once, so what this process changes (a payment the watcher confirmed) is never served stale; another
    // process's commit (a command-line tool, the console's reader) is seen within this time.
    static constexpr qint64 kDataVersionReuseNs = 2'000'000; // 2 ms
    // The same, counting only this connection's writes to the settings read on every request (API keys,
    // webhook endpoints) among its own.
    ChangeToken settingsChangeToken();

private:
    void openSqlite(const QString &path);
    void openPostgres(const QString &url);
    void configureSession();
    void restrictPermissions() const;
    void migrate();
    void migrateSteps(const QList<QStringList> &steps);
    void setSchemaVersion(int version);
    // SQLite takes the write lock at BEGIN IMMEDIATE; PostgreSQL locks rows as they are written.
    QString beginWrite() const
    {
        return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    }
    // pg_advisory_lock key held while migrating ("ccmigrat" in ASCII).
    static constexpr qint64 kMigrationLock = 0x63636d6967726174;
    void exec(const QString &sql);
    void runCallbacks();
    void rollbackAll();
    // Groups up to serial are durable: their callbacks run, in order. syncNow() makes every committed group
    // durable on this thread and settles it.
    void settleUpTo(quint64 serial);
    void syncNow();
    void setSynchronous(bool normal); // NORMAL or FULL

    // Bounded: the console's filter combinations are the only SQL built at run time.
    static constexpr int kMaxPreparedStatements = 256;
    struct SqlHash
    {
        size_t operator()(const QString &sql) const { return qHash(sql); }
    };
    std::unordered_map<QString, std::unique_ptr<PreparedStatement>, SqlHash> m_statements;

    quint64 m_localWrites = 0;
    qint64 m_dataVersion = -1;         // the last PRAGMA data_version answer
    qint64 m_dataVersionReadAtNs = -1; // when (steady clock), -1: never
    quint64 m_localSettingsWrites = 0;
    bool m_groupWindow = false;
    bool m_groupPending = false;
    int m_groupSize = 0;
    WalCheckpointer *m_checkpointer = nullptr;
    quint64 m_groupSerial = 0;
    quint64 m_committedSerial = 0; // the last group committed (written to the log)
    quint64 m_durableSerial = 0;   // the last group settled: durable, callbacks run
    WalSyncer *m_syncer = nullptr;
    std::function<void()> m_durableListener;
    QList<quint64> m_failedGroups;
    QList<std::function<void()>> m_afterCommit;
    // Committed groups awaiting their sync, oldest first: serial and afterCommit callbacks.
    QList<std::pair<quint64, QList<std::function<void()>>>> m_awaitingSync;
    QString m_connectionName;
    bool m_connectionLost = false;
    int m_liveStatements = 0;
    QString m_location;
    QString m_displayName;
    Engine m_engine = Engine::SQLite;
    int m_transactionDepth = 0;
};
