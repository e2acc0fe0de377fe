#pragma once

#include <QString>
#include <QTemporaryDir>

// A fresh data directory for one test, removed afterwards (kept when CRYPTOCHECKOUT_KEEP_TEST_DATA is set,
// for a look at the database after a failure).
class TestDataDir
{
public:
    TestDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString databasePath() const;
    // Writes config.ini with the given INI text.
    void writeConfig(const QByteArray &ini) const;

private:
    QTemporaryDir m_dir;
};
