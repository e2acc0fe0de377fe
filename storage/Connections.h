#pragma once

// Internal to storage/: a named Qt Sql connection to a PostgreSQL server, set up from its URL, and closing
// and forgetting a named connection.

#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

namespace sqlsupport {

// The connection's settings from the URL (host, port, user, password, database, libpq options); not opened.
inline void configurePostgres(QSqlDatabase &db, const DatabaseUrl &url)
{
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(url.database);
    db.setConnectOptions(url.connectOptions());
}

inline void removeConnection(QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    name.clear();
}

} // namespace sqlsupport
