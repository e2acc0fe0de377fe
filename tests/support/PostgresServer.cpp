#include "PostgresServer.h"

#include "FreePort.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int kStopGraceMs = 10000;
std::atomic<int> g_connections{0};

struct Account
{
    uid_t uid = 0;
    gid_t gid = 0;
};

// Who runs the server: this process's user, or `nobody` when that is root.
std::optional<Account> unprivilegedAccount()
{
    if (::geteuid() != 0)
        return std::nullopt;
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        return Account{65534, 65534};
    return Account{nobody->pw_uid, nobody->pw_gid};
}

void prepareChild(QProcess &process)
{
    const auto account = unprivilegedAccount();
    process.setChildProcessModifier([account] {
        if (account) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(account->gid) != 0 || ::setuid(account->uid) != 0)
                ::_exit(126);
        }
        // After setuid, which clears it.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
}

void handOver(const QString &path)
{
    if (const auto account = unprivilegedAccount()) [[maybe_unused]]
        const int ignored = ::chown(QFile::encodeName(path).constData(), account->uid, account->gid);
}

QString findBinDir()
{
    const QString configured = qEnvironmentVariable("CRYPTOCHECKOUT_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), collator);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (QFile::exists(root.filePath(*it + u"/bin/postgres"_s)))
            return root.filePath(*it + u"/bin"_s);
    }
    return {};
}
} // namespace

PostgresServer::PostgresServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    prepareChild(m_process);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
        m_output += m_process.readAllStandardOutput();
        if (m_output.size() > 64 * 1024)
            m_output = m_output.right(32 * 1024);
    });
}

PostgresServer::~PostgresServer()
{
    stop();
}

PostgresServer *PostgresServer::shared(QString *error)
{
    static PostgresServer server;
    static QString failure;
    if (!server.isRunning() && failure.isEmpty() && !server.start(&failure) && failure.isEmpty())
        failure = u"PostgreSQL did not start"_s;
    if (!server.isRunning()) {
        if (error)
            *error = failure;
        return nullptr;
    }
    return &server;
}

bool PostgresServer::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 PostgresServer::pid() const
{
    return isRunning() ? m_process.processId() : 0;
}

bool PostgresServer::runTool(const QString &tool, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    prepareChild(process);
    process.setWorkingDirectory(m_dir->path());
    process.start(QDir(m_binDir).filePath(tool), arguments);
    const bool finished = process.waitForFinished(StartTimeoutMs);
    if (!finished)
        process.kill();
    process.waitForFinished(kStopGraceMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (error)
        *error = u"%1 failed: %2"_s.arg(tool, QString::fromUtf8(process.readAll().right(2000)));
    return false;
}

bool PostgresServer::start(QString *error)
{
    if (isRunning())
        return true;
    if (m_dir)
        return launch(error); // again, on the same cluster and port
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        if (error)
            *error = u"No PostgreSQL server in /usr/lib/postgresql: install Debian's postgresql-15 (./dev "
                     "installs it), or set CRYPTOCHECKOUT_PG_BINDIR."_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    m_dir->setAutoRemove(qEnvironmentVariableIsEmpty("CRYPTOCHECKOUT_KEEP_TEST_DATA"));
    if (!m_dir->isValid()) {
        if (error)
            *error = u"Cannot make a temporary directory for PostgreSQL"_s;
        return false;
    }
    handOver(m_dir->path());
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString passwordFile = m_dir->filePath(u"password"_s);
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(m_password.toUtf8() + '\n');
    }
    handOver(passwordFile);
    const QString data = m_dir->filePath(u"data"_s);
    if (!runTool(u"initdb"_s,
                 {u"-D"_s, data, u"-U"_s, user(), u"--pwfile"_s, passwordFile, u"--auth=scram-sha-256"_s,
                  u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s, u"--no-instructions"_s},
                 error))
        return false;

    m_port = freeLoopbackPort();
    return launch(error);
}

bool PostgresServer::restart(QString *error)
{
    stop();
    return start(error);
}

bool PostgresServer::launch(QString *error)
{
    const QString data = m_dir->filePath(u"data"_s);
    m_output.clear();
    m_process.setWorkingDirectory(m_dir->path());
    m_process.start(QDir(m_binDir).filePath(u"postgres"_s),
                    {u"-D"_s, data, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-k"_s,
                     m_dir->path(), u"-F"_s, u"-c"_s, u"max_connections=300"_s, u"-c"_s,
                     u"shared_buffers=64MB"_s});
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = u"postgres did not start: %1"_s.arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(StartTimeoutMs);
    QString lastError;
    while (!deadline.hasExpired()) {
        if (execute(u"postgres"_s, u"SELECT 1"_s, &lastError))
            return true;
        if (m_process.waitForFinished(200)) {
            if (error)
                *error = u"postgres exited at start: %1"_s.arg(outputTail());
            return false;
        }
    }
    if (error)
        *error = u"postgres did not accept connections within %1 s: %2 %3"_s.arg(StartTimeoutMs / 1000)
                     .arg(lastError, outputTail());
    stop();
    return false;
}

void PostgresServer::stop()
{
    if (!isRunning())
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGINT); // fast shutdown
    if (!m_process.waitForFinished(kStopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopGraceMs);
    }
}

QString PostgresServer::url(const QString &database) const
{
    return u"postgresql://%1:%2@127.0.0.1:%3/%4"_s.arg(user(), m_password).arg(m_port).arg(database);
}

QString PostgresServer::createDatabase(QString *error)
{
    const QString name = u"cc_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_databases);
    if (!execute(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(name), error))
        return {};
    return url(name);
}

bool PostgresServer::execute(const QString &database, const QString &sql, QString *error)
{
    const QString name = u"pg-test-%1"_s.arg(g_connections.fetch_add(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setUserName(user());
        db.setPassword(m_password);
        db.setDatabaseName(database);
        db.setConnectOptions(u"connect_timeout=5"_s);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
