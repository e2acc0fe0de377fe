#pragma once

// Helpers shared by the Store's translation units: binding nullable values, reading rows, and a prepared
// statement that throws StoreError naming the statement. Internal to model/.

#include "Store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace storesupport {

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

// A prepared statement that throws StoreError on failure, naming the statement.
class StoreQuery
{
public:
    StoreQuery(const QSqlDatabase &database, const QString &sql)
        : m_query(database)
        , m_sql(sql)
    {
        m_query.setForwardOnly(true); // rows are read once, in order: no client-side row cache
        if (!m_query.prepare(sql))
            fail();
    }
    StoreQuery &bind(const QString &name, const QVariant &value)
    {
        m_query.bindValue(name, value);
        return *this;
    }
    QSqlQuery &run()
    {
        if (!m_query.exec())
            fail();
        return m_query;
    }

private:
    [[noreturn]] void fail()
    {
        throw StoreError(
            u"Database error: %1 (in: %2)"_s.arg(m_query.lastError().text(), m_sql.simplified().left(80))
                .toStdString());
    }
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace storesupport
