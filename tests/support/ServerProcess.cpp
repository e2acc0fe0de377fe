#include "ServerProcess.h"

#include <QDebug>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace serverprocess {

QString binary()
{
    return qEnvironmentVariable("CRYPTOCHECKOUT_BINARY");
}

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    return environment;
}

QUrl start(QProcess &process, const QStringList &arguments, QByteArray *startupLog)
{
    process.setProcessEnvironment(headlessEnvironment());
    process.start(binary(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    QByteArray err;
    const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    for (int i = 0; i < 100 && process.state() == QProcess::Running; ++i) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
        const auto match = listening.match(QString::fromUtf8(err));
        if (match.hasMatch()) {
            if (startupLog)
                *startupLog += err;
            return QUrl(match.captured(1));
        }
    }
    qWarning() << "cryptocheckout did not start; it printed:" << err;
    return {};
}

QByteArray createTestKey(const QString &dataDir)
{
    QProcess keys;
    keys.setProcessEnvironment(headlessEnvironment());
    keys.start(binary(), {u"keys"_s, u"create"_s, u"--mode"_s, u"test"_s, u"--data-dir"_s, dataDir});
    if (!keys.waitForFinished(20000) || keys.exitStatus() != QProcess::NormalExit || keys.exitCode() != 0)
        return {};
    return keys.readAllStandardOutput().trimmed();
}

} // namespace serverprocess
