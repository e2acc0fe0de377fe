#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real PostgreSQL server from Debian's packages (postgresql-15), for the tests: a fresh cluster made with
// initdb in a temporary directory, served by `postgres` on a free loopback port, with password
// (scram-sha-256) authentication for one user whose password the URLs carry.
//
// - As root (CI, a fresh Debian root), initdb and postgres run as the unprivileged user `nobody`: PostgreSQL
//   refuses to run as root. The directory is handed to that user.
// - The binaries are found in /usr/lib/postgresql/<version>/bin (the newest there), or in
//   CRYPTOCHECKOUT_PG_BINDIR.
// - fsync is off: the tests kill instances, never this server, and the cluster is thrown away afterwards.
// - Stopped by PID (SIGINT: a fast shutdown, then SIGKILL) in stop() and the destructor; the kernel kills it
//   too when the thread that started it ends (PR_SET_PDEATHSIG), so a crashed test leaves no server.
// - Blocking calls, bounded in time; use from one thread.
class PostgresServer
{
public:
    static constexpr int StartTimeoutMs = 60000;

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The server of this test process, started on first use; nullptr (and *error says why) if it cannot be.
    static PostgresServer *shared(QString *error = nullptr);

    bool start(QString *error = nullptr);
    // A fast shutdown, then the same cluster started again on the same port: every connection is cut.
    bool restart(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    qint64 pid() const;
    quint16 port() const { return m_port; }

    // A new, empty database on this server, and its URL (postgresql://user:password@127.0.0.1:port/name).
    // Empty (and *error says why) on failure.
    QString createDatabase(QString *error = nullptr);
    // The URL of an existing database (name).
    QString url(const QString &database) const;
    QString user() const { return QStringLiteral("cryptocheckout"); }
    QString password() const { return m_password; }
    // Runs one SQL statement on the given database as the server's user; false (and *error) on failure.
    bool execute(const QString &database, const QString &sql, QString *error = nullptr);
    QString outputTail() const { return QString::fromUtf8(m_output.right(4000)); }

private:
    bool runTool(const QString &tool, const QStringList &arguments, QString *error);
    bool launch(QString *error);

    QString m_binDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QByteArray m_output;
    QString m_password;
    quint16 m_port = 0;
    int m_databases = 0;
};
