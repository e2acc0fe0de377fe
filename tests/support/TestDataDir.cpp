#include "TestDataDir.h"

#include <QFile>

TestDataDir::TestDataDir()
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CRYPTOCHECKOUT_KEEP_TEST_DATA"));
}

QString TestDataDir::databasePath() const
{
    return m_dir.filePath(QStringLiteral("cryptocheckout.db"));
}

void TestDataDir::writeConfig(const QByteArray &ini) const
{
    QFile file(m_dir.filePath(QStringLiteral("config.ini")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(ini);
}
