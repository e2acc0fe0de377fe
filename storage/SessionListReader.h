#pragma once

#include "SessionList.h"

#include <QList>

class Database;

// The console's reads of the sessions table: counted, filtered, searched, sorted and paged, so the
// console never loads more than the rows on screen. Runs on the console's worker thread with its own
// Database.
class SessionListReader
{
public:
    explicit SessionListReader(Database &db)
        : m_db(db)
    {}

    qint64 count(const SessionListQuery &query);
    // limit rows from offset in the query's order. Pages in the second half are read in the opposite
    // order, so the last page costs what the first does (SQLite walks OFFSET rows one by one).
    QList<SessionListRow> rows(const SessionListQuery &query, qint64 offset, int limit, qint64 total = -1);

private:
    Database &m_db;
};
