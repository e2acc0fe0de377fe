#pragma once

#include <QString>
#include <QTemporaryDir>

// A fresh data directory for one test, removed afterwards (kept when CRYPTOCHECKOUT_KEEP_TEST_DATA is set,
// for a look at the database after a failure).
//
// The database engine comes from CRYPTOCHECKOUT_TEST_DATABASE: unset (or "sqlite"), the SQLite file in the
// directory; "postgresql", a fresh database on the test process's PostgreSQL server (PostgresServer),
// named in config.ini's [database] url, so the same suite runs on both engines.
class TestDataDir
{
public:
    TestDataDir();
    bool isValid() const { return m_dir.isValid() && (!usesPostgres() || !m_databaseUrl.isEmpty()); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // The SQLite file, or the PostgreSQL URL: what Storage::open takes.
    QString databaseLocation() const;
    // Writes config.ini with the given INI text (and the [database] url when on PostgreSQL).
    void writeConfig(const QByteArray &ini) const;

    static bool usesPostgres();
    QString setupError() const { return m_setupError; }

private:
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    QString m_setupError;
};
