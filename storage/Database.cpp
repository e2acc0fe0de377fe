#include "Database.h"

#include "Migrations.h"
#include "SqlSupport.h"

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

void Database::open(const QString &databasePath)
{
    close();
    m_path = databasePath;
    m_connectionName = u"store-%1"_s.arg(g_connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(databasePath);
        // Another process (the `keys` command next to a running server) may hold the write lock briefly.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            const QString message = db.lastError().text();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            throw StorageError(u"Cannot open the database %1: %2"_s.arg(databasePath, message).toStdString());
        }
    }
    try {
        exec(u"PRAGMA journal_mode=WAL"_s);
        // FULL: every commit reaches the disk before the caller is told it happened.
        exec(u"PRAGMA synchronous=FULL"_s);
        exec(u"PRAGMA foreign_keys=ON"_s);
        migrate();
        restrictPermissions();
    } catch (...) {
        close();
        throw;
    }
}

void Database::restrictPermissions() const
{
    // API key hashes, webhook secrets and customers' emails: the owner's only, whatever the umask. The
    // folder too, since it also holds config.ini.
    const QFileInfo database(m_path);
    QFile::setPermissions(database.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

void Database::close()
{
    if (m_groupPending) {
        // Closing with a group unanswered: keep its work; whoever waited for announcements is gone.
        m_afterCommit.clear();
        QSqlQuery(connection()).exec(u"COMMIT"_s);
        m_groupPending = false;
    }
    m_statements.clear(); // statements go before their connection
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
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
    SqlStatement query(*this, u"PRAGMA data_version"_s);
    auto &result = query.run();
    return {m_localWrites, result.next() ? result.value(0).toLongLong() : -1};
}

Database::ChangeToken Database::keyChangeToken()
{
    ChangeToken token = changeToken();
    token.localWrites = m_localKeyWrites;
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

void Database::exec(const QString &sql)
{
    noteWrite(); // migrations, pragmas, rollbacks: assume they changed something
    ++m_localKeyWrites;
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw StorageError(
            u"Database error: %1 (in: %2)"_s.arg(query.lastError().text(), sql.simplified().left(80))
                .toStdString());
}

int Database::schemaVersion()
{
    SqlStatement query(*this, u"PRAGMA user_version"_s);
    auto &result = query.run();
    return result.next() ? result.value(0).toInt() : 0;
}

bool Database::integrityCheck()
{
    SqlStatement query(*this, u"PRAGMA integrity_check"_s);
    auto &result = query.run();
    return result.next() && result.value(0).toString() == u"ok";
}

void Database::migrate()
{
    const auto &steps = schemaMigrations();
    const int current = schemaVersion();
    if (current > steps.size()) {
        throw StorageError(
            u"The database %1 was written by a newer version of Crypto Checkout (schema %2; this "
            "version understands up to %3). Upgrade Crypto Checkout, or restore a backup."_s.arg(m_path)
                .arg(current)
                .arg(steps.size())
                .toStdString());
    }
    for (int version = current; version < steps.size(); ++version) {
        transaction([&] {
            for (const QString &statement : steps[version])
                exec(statement);
            exec(u"PRAGMA user_version=%1"_s.arg(version + 1));
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
    if (commit == Commit::Grouped && m_groupWindow) {
        if (!m_groupPending) {
            SqlStatement(*this, u"BEGIN IMMEDIATE"_s).run();
            m_groupPending = true;
            ++m_groupSerial;
        }
        const qsizetype callbacksBefore = m_afterCommit.size();
        SqlStatement(*this, u"SAVEPOINT grouped"_s).run();
        m_transactionDepth = 1;
        try {
            work();
            m_transactionDepth = 0;
            SqlStatement(*this, u"RELEASE grouped"_s).run();
        } catch (...) {
            m_transactionDepth = 0;
            noteWrite();
            ++m_localKeyWrites;
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
    SqlStatement(*this, u"BEGIN IMMEDIATE"_s).run();
    m_transactionDepth = 1;
    try {
        work();
        m_transactionDepth = 0;
        SqlStatement(*this, u"COMMIT"_s).run();
    } catch (...) {
        m_transactionDepth = 0;
        rollbackAll();
        throw;
    }
    runCallbacks();
}

void Database::snapshot(const std::function<void()> &reads)
{
    if (m_transactionDepth > 0 || m_groupPending)
        return reads(); // already inside one
    SqlStatement(*this, u"BEGIN"_s).run();
    m_transactionDepth = 1;
    try {
        reads();
    } catch (...) {
        m_transactionDepth = 0;
        QSqlQuery(connection()).exec(u"ROLLBACK"_s);
        throw;
    }
    m_transactionDepth = 0;
    SqlStatement(*this, u"COMMIT"_s).run();
}

void Database::commitGroup()
{
    if (!m_groupPending)
        return;
    try {
        SqlStatement(*this, u"COMMIT"_s).run();
    } catch (...) {
        rollbackAll();
        throw;
    }
    m_groupPending = false;
    runCallbacks();
}

void Database::afterCommit(std::function<void()> fn)
{
    if (m_transactionDepth == 0 && !m_groupPending)
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
    ++m_localKeyWrites;
    if (m_groupPending)
        m_failedGroups.append(m_groupSerial);
    m_groupPending = false;
    m_afterCommit.clear();
    QSqlQuery rollback(connection());
    rollback.exec(u"ROLLBACK"_s);
}
