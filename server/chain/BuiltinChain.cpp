#include "BuiltinChain.h"

#include "AppConfig.h"
#include "UrlRedaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBuiltinChain, "cryptocheckout.testchain")

namespace {
constexpr qsizetype kOutputTail = 4096;
constexpr int kReadyPollMs = 100;
} // namespace

QString BuiltinChain::findAnvil()
{
    if (qEnvironmentVariableIsSet("CRYPTOCHECKOUT_ANVIL"))
        return qEnvironmentVariable("CRYPTOCHECKOUT_ANVIL");
    const QFileInfo installed(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"../lib/cryptocheckout/anvil"_s));
    return installed.isExecutable() ? installed.canonicalFilePath() : QString();
}

QString BuiltinChain::notWantedBecause(const AppConfig &config, const QString &anvil)
{
    if (!config.builtinChain)
        return u"[test] builtinChain is false"_s;
    if (config.test.chainId != 31337)
        return u"test mode uses chain %1, not the local dev chain"_s.arg(config.test.chainId);
    const QUrl rpcUrl = config.chains.value(config.test.chainId).rpcUrl;
    if (rpcUrl.scheme() != u"http" || !isThisMachine(rpcUrl) || rpcUrl.port() <= 0)
        return u"the local dev chain's rpcUrl is not http on this machine"_s;
    if (anvil.isEmpty() || !QFileInfo(anvil).isExecutable())
        return u"Anvil is not installed (the package carries it; from source, ./dev installs it)"_s;
    return {};
}

BuiltinChain::Options BuiltinChain::optionsFor(const AppConfig &config, const QString &anvil)
{
    Options options;
    options.anvil = anvil;
    options.chainId = config.test.chainId;
    options.rpcUrl = config.chains.value(config.test.chainId).rpcUrl;
    options.stateFile = QDir(config.dataDir).filePath(u"testchain/anvil-state.json"_s);
    return options;
}

BuiltinChain::BuiltinChain(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // If this program dies without stopping it (a crash, SIGKILL), the kernel sends Anvil SIGTERM: no
    // orphan node keeps the port.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(&m_process, &QProcess::readyRead, this, [this] {
        m_output += m_process.readAll();
        if (m_output.size() > kOutputTail)
            m_output = m_output.right(kOutputTail);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            setState(State::Failed,
                     u"Anvil (%1) could not be started: %2"_s.arg(m_options.anvil, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_readyPoll.stop();
        if (m_stopping)
            return;
        const QString last = QString::fromUtf8(m_output.trimmed().right(400));
        setState(State::Failed, u"Anvil stopped (%1): %2"_s.arg(status == QProcess::CrashExit
                                                                    ? u"crashed"_s
                                                                    : u"exit status %1"_s.arg(exitCode),
                                                                last.isEmpty() ? u"no output"_s : last));
    });
    m_readyPoll.setInterval(kReadyPollMs);
    m_readyPoll.setSingleShot(true);
    connect(&m_readyPoll, &QTimer::timeout, this, [this] {
        probe([this](bool answered) {
            if (m_state != State::Starting)
                return;
            if (answered) {
                setState(State::Running,
                         u"Anvil on %1 (chain %2), pid %3, state in %4"_s.arg(m_options.rpcUrl.toString())
                             .arg(m_options.chainId)
                             .arg(m_process.processId())
                             .arg(m_options.stateFile));
            } else if (++m_readyPolls * kReadyPollMs >= m_options.startTimeoutMs) {
                stop();
                setState(State::Failed,
                         u"Anvil did not answer within %1 s"_s.arg(m_options.startTimeoutMs / 1000));
            } else {
                m_readyPoll.start();
            }
        });
    });
}

BuiltinChain::~BuiltinChain()
{
    stop();
}

QString BuiltinChain::stateName() const
{
    switch (m_state) {
    case State::Off:
        return u"off"_s;
    case State::Starting:
        return u"starting"_s;
    case State::Running:
        return u"running"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

void BuiltinChain::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    if (state == State::Failed)
        qCWarning(lcBuiltinChain).noquote() << "built-in test chain failed:" << detail;
    else
        qCInfo(lcBuiltinChain).noquote() << u"built-in test chain %1: %2"_s.arg(stateName(), detail);
    Q_EMIT stateChanged();
}

void BuiltinChain::probe(std::function<void(bool answered)> done)
{
    // Whether anything accepts a connection at the address: a node the developer runs, or ours once up.
    auto *socket = new QTcpSocket(this);
    auto finish = [socket, done](bool answered) {
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        done(answered);
    };
    connect(socket, &QTcpSocket::connected, this, [finish] { finish(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [finish] { finish(false); });
    socket->connectToHost(m_options.rpcUrl.host(), static_cast<quint16>(m_options.rpcUrl.port(8545)));
}

void BuiltinChain::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    probe([this](bool answered) {
        if (answered) {
            setState(State::Off,
                     u"a node already answers at %1: it is used as it is"_s.arg(m_options.rpcUrl.toString()));
            return;
        }
        launch();
    });
}

void BuiltinChain::launch()
{
    if (!QDir().mkpath(QFileInfo(m_options.stateFile).absolutePath())) {
        setState(State::Failed, u"cannot create %1"_s.arg(QFileInfo(m_options.stateFile).absolutePath()));
        return;
    }
    m_stopping = false;
    m_output.clear();
    m_readyPolls = 0;
    setState(State::Starting, u"starting Anvil on %1"_s.arg(m_options.rpcUrl.toString()));
    m_process.start(m_options.anvil,
                    {u"--host"_s, m_options.rpcUrl.host(), u"--port"_s,
                     QString::number(m_options.rpcUrl.port(8545)), u"--chain-id"_s,
                     QString::number(m_options.chainId), u"--state"_s, m_options.stateFile,
                     u"--state-interval"_s, QString::number(m_options.stateIntervalSeconds)});
    m_readyPoll.start();
}

void BuiltinChain::stop()
{
    m_readyPoll.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate(); // Anvil writes its state on SIGTERM
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    setState(State::Off, u"stopped"_s);
}
