#pragma once

// Internal to storage/: binding nullable values, reading columns, and a prepared statement that throws
// StorageError naming the statement.

#include "Database.h"
#include "Money.h"
#include "UInt256.h"

#include <QJsonObject>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sqlsupport {

using namespace Qt::StringLiterals;

inline QVariant nullable(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

inline QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

inline QString nullableString(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

inline UInt256 wei(const QVariant &value)
{
    return uint256FromQString(value.toString()).value_or(UInt256{});
}

template <typename T, typename Read> inline QList<T> collect(QSqlQuery &result, Read read)
{
    QList<T> rows;
    while (result.next())
        rows.append(read(result));
    return rows;
}

// A prepared statement that throws StorageError on failure, naming the statement. Borrows the Database's
// cached statement for this SQL when it is free; the statement is reset when this goes out of scope, so an
// unfinished read never pins a WAL snapshot.
class SqlStatement
{
public:
    SqlStatement(Database &db, const QString &sql)
        : m_db(db)
        , m_cached((db.reconnectIfLost(), db.preparedStatement(sql)))
        , m_sql(sql)
        , m_writes(isWrite(sql))
    {
        if (m_cached) {
            m_cached->inUse = true;
            m_query = &m_cached->query;
        } else {
            m_own.emplace(db.connection());
            m_query = &*m_own;
            m_query->setForwardOnly(true); // rows are read once, in order: no client-side row cache
            if (!m_query->prepare(sql))
                fail();
        }
        m_db.statementStarted(); // only now: a constructor that throws has no destructor
    }
    ~SqlStatement()
    {
        if (m_cached) {
            m_cached->query.finish();
            m_cached->inUse = false;
        }
        m_db.statementFinished();
    }
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Flags are stored as 0 and 1 on both engines: a bool is bound as that number (PostgreSQL would
    // otherwise compare an integer column with TRUE).
    SqlStatement &bind(const QString &name, const QVariant &value)
    {
        if (value.typeId() == QMetaType::Bool)
            m_query->bindValue(name, value.toBool() ? 1 : 0);
        else
            m_query->bindValue(name, value);
        return *this;
    }
    QSqlQuery &run()
    {
        if (!m_query->exec())
            fail();
        if (m_writes || !m_query->isSelect())
            m_db.noteWrite();
        return *m_query;
    }

private:
    // INSERT … RETURNING is a select to Qt, and a write all the same.
    static bool isWrite(const QString &sql)
    {
        const QStringView head = QStringView(sql).trimmed().left(6);
        return head.compare(u"INSERT", Qt::CaseInsensitive) == 0 ||
               head.compare(u"UPDATE", Qt::CaseInsensitive) == 0 ||
               head.compare(u"DELETE", Qt::CaseInsensitive) == 0;
    }
    [[noreturn]] void fail()
    {
        m_db.noteError(m_query->lastError());
        throw StorageError(
            u"Database error: %1 (in: %2)"_s.arg(m_query->lastError().text(), m_sql.simplified().left(80))
                .toStdString());
    }
    Database &m_db;
    Database::PreparedStatement *m_cached = nullptr;
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    QString m_sql;
    bool m_writes = false;
};

} // namespace sqlsupport
