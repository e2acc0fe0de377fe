#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// Where a PostgreSQL database is: `postgresql://user:password@host:port/dbname?sslmode=…`, as [database]
// url in config.ini gives it. Parsed and checked once; the password never leaves this value except into
// the connection itself (redacted() is what messages and logs show).
struct DatabaseUrl
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    // libpq connection parameters taken from the query (sslmode, sslrootcert, connect_timeout, …).
    QList<std::pair<QString, QString>> options;

    // Whether the text names a database server (postgresql:// or postgres://) rather than a file.
    static bool isServerUrl(const QString &text);
    // The URL checked: scheme, host, database name, a valid port, and only the query parameters listed in
    // allowedOptions() with valid values. On error: nullopt and *error says what is wrong (without the
    // password).
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error = nullptr);
    static const QStringList &allowedOptions();

    // postgresql://user:***@host:port/dbname?sslmode=require
    QString redacted() const;
    // For QSqlDatabase::setConnectOptions: the query parameters, a 10 s connect_timeout unless given, and
    // TCP keepalives and a user timeout that notice a vanished server within seconds.
    QString connectOptions() const;
};
