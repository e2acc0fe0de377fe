#pragma once

#include "Database.h"

#include <QList>
#include <QString>

#include <functional>

// `cryptocheckout db copy`: every row of every table from one database into another, empty one (the
// SQLite file into PostgreSQL, when a shop outgrows one machine). Both are opened, and so migrated to the
// same schema, before the copy. The destination is written in one transaction: a failed copy leaves it
// empty. Afterwards each table's row count is compared; the identity sequences on PostgreSQL continue after
// the highest id copied.
struct TableCopy
{
    QString table;
    qint64 sourceRows = 0;
    qint64 copiedRows = 0;
};

// The tables, parents before children (foreign keys hold at every insert).
const QStringList &copiedTables();

// Throws StorageError when the destination holds any row, when a table of the source is not known to the
// copy, or when a count differs afterwards (nothing is then kept). progress is told of each table done.
QList<TableCopy> copyDatabase(Database &from, Database &to,
                              const std::function<void(const TableCopy &)> &progress = {});
