#include "DatabaseCopy.h"

#include "SqlSupport.h"

#include <QSqlField>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace sqlsupport;

namespace {
// The engines' own bookkeeping, never copied.
bool isEngineTable(const QString &table)
{
    return table.startsWith(u"sqlite_"_s) || table == u"cryptocheckout_schema"_s;
}

qint64 countRows(Database &db, const QString &table)
{
    SqlStatement query(db, u"SELECT COUNT(*) FROM %1"_s.arg(table));
    auto &result = query.run();
    return result.next() ? result.value(0).toLongLong() : 0;
}

// A value as the destination's column takes it: SQLite keeps what it was given whatever the declared
// type, PostgreSQL wants its own.
QVariant asColumnType(const QVariant &value, const QSqlField &field)
{
    if (value.isNull())
        return QVariant(field.metaType());
    QVariant converted = value;
    if (converted.metaType() != field.metaType() && converted.canConvert(field.metaType()))
        converted.convert(field.metaType());
    return converted;
}

void copyTable(Database &from, Database &to, TableCopy &copy)
{
    const QSqlRecord record = to.connection().record(copy.table);
    if (record.isEmpty())
        throw StorageError(u"db copy: the destination has no table %1"_s.arg(copy.table).toStdString());
    QStringList columns;
    QStringList placeholders;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        placeholders << u":c%1"_s.arg(i);
    }
    SqlStatement read(from, u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), copy.table));
    SqlStatement write(to, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(copy.table, columns.join(u", "_s),
                                                                    placeholders.join(u", "_s)));
    auto &rows = read.run();
    while (rows.next()) {
        for (int i = 0; i < record.count(); ++i)
            write.bind(placeholders[i], asColumnType(rows.value(i), record.field(i)));
        write.run();
        ++copy.copiedRows;
    }
    if (!to.isPostgres())
        return; // SQLite's AUTOINCREMENT counter follows the ids inserted
    // The ids were copied as they were: each identity column continues after the highest.
    SqlStatement identities(to, u"SELECT attname FROM pg_attribute WHERE attrelid = CAST(:table AS regclass) "
                                "AND attidentity <> ''"_s);
    auto &identity = identities.bind(u":table"_s, copy.table).run();
    QStringList identityColumns;
    while (identity.next())
        identityColumns << identity.value(0).toString();
    for (const QString &column : std::as_const(identityColumns)) {
        SqlStatement(to,
                     u"SELECT setval(pg_get_serial_sequence('%1', '%2'), (SELECT COALESCE(MAX(%2), 0) FROM "
                     "%1) + 1, false)"_s.arg(copy.table, column))
            .run();
    }
}
} // namespace

const QStringList &copiedTables()
{
    static const QStringList tables{
        u"sessions"_s,          u"payments"_s,           u"payment_links"_s,    u"events"_s,
        u"webhook_endpoints"_s, u"webhook_deliveries"_s, u"webhook_attempts"_s, u"api_keys"_s,
        u"idempotency_keys"_s,  u"chain_cursors"_s,      u"chain_blocks"_s,     u"address_indexes"_s,
        u"refunds"_s,
    };
    return tables;
}

QList<TableCopy> copyDatabase(Database &from, Database &to,
                              const std::function<void(const TableCopy &)> &progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw StorageError(
            u"db copy: the databases are at different schema versions (%1 and %2)"_s.arg(from.schemaVersion())
                .arg(to.schemaVersion())
                .toStdString());
    QStringList unknown;
    for (const QString &table : from.connection().tables()) {
        if (!isEngineTable(table) && !copiedTables().contains(table))
            unknown << table;
    }
    if (!unknown.isEmpty())
        throw StorageError(
            u"db copy: the source has tables this version does not copy: %1"_s.arg(unknown.join(u", "_s))
                .toStdString());
    for (const QString &table : copiedTables()) {
        if (const qint64 rows = countRows(to, table); rows > 0)
            throw StorageError(
                u"db copy fills an empty database only: %1 already holds %2 rows in %3"_s.arg(to.path())
                    .arg(rows)
                    .arg(table)
                    .toStdString());
    }

    QList<TableCopy> copies;
    from.snapshot([&] {
        to.transaction([&] {
            for (const QString &table : copiedTables()) {
                TableCopy copy{table, countRows(from, table), 0};
                copyTable(from, to, copy);
                const qint64 copied = countRows(to, table);
                if (copied != copy.sourceRows || copy.copiedRows != copy.sourceRows)
                    throw StorageError(u"db copy: %1 has %2 rows in the source but %3 were copied; nothing "
                                       "was kept"_s.arg(table)
                                           .arg(copy.sourceRows)
                                           .arg(copied)
                                           .toStdString());
                copies << copy;
                if (progress)
                    progress(copy);
            }
        });
    });
    return copies;
}
