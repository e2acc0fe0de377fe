#include "TestDataDir.h"

#include "PostgresServer.h"

#include <QFile>

TestDataDir::TestDataDir()
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CRYPTOCHECKOUT_KEEP_TEST_DATA"));
    if (usesPostgres()) {
        if (PostgresServer *server = PostgresServer::shared(&m_setupError))
            m_databaseUrl = server->createDatabase(&m_setupError);
        if (m_databaseUrl.isEmpty())
            qWarning("TestDataDir: no PostgreSQL database: %s", qPrintable(m_setupError));
        writeConfig({}); // the database is in the configuration from the start
    }
}

bool TestDataDir::usesPostgres()
{
    return qEnvironmentVariable("CRYPTOCHECKOUT_TEST_DATABASE") == QStringLiteral("postgresql");
}

QString TestDataDir::databaseLocation() const
{
    if (usesPostgres())
        return m_databaseUrl;
    return m_dir.filePath(QStringLiteral("cryptocheckout.db"));
}

void TestDataDir::writeConfig(const QByteArray &ini) const
{
    QFile file(m_dir.filePath(QStringLiteral("config.ini")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write(ini);
    if (usesPostgres())
        file.write("\n[database]\nurl=" + m_databaseUrl.toUtf8() + "\n");
}
