#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

struct AppConfig;

// Test mode's chain, started for the shop: Anvil (Foundry's local EVM node, chain 31337, ten prefunded
// accounts) as a child process on loopback, so a test session can be paid for real on the shop's own
// machine. Started only when test mode uses the local dev chain (31337) at an http address on this
// machine (by default http://127.0.0.1:8545), [test] builtinChain is true, Anvil is installed, and nothing
// answers there already (a node the developer runs is used as it is). The chain's state is kept in the data
// directory (Anvil's --state, written every few seconds and on exit), so sessions and balances survive a
// restart. Live mode never touches it. Stopped with the program; the kernel stops it too if the program dies.
class BuiltinChain : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuiltinChain)

public:
    enum class State {
        Off,      // not wanted, or another node already answers at the address
        Starting, // Anvil started, not answering yet
        Running,  // ours, answering
        Failed,   // could not be started, or stopped by itself: detail() says why
    };

    struct Options
    {
        QString anvil; // the executable
        QUrl rpcUrl;   // http://127.0.0.1:8545
        qint64 chainId = 31337;
        QString stateFile; // Anvil's --state
        int startTimeoutMs = 20'000;
        int stateIntervalSeconds = 5;
    };

    // CRYPTOCHECKOUT_ANVIL when set, else the copy installed beside the program
    // (<bindir>/../lib/cryptocheckout/anvil); empty when there is none.
    static QString findAnvil();
    // Why the built-in chain is not for this configuration, or an empty string when it is.
    static QString notWantedBecause(const AppConfig &config, const QString &anvil);
    static Options optionsFor(const AppConfig &config, const QString &anvil);

    explicit BuiltinChain(Options options, QObject *parent = nullptr);
    ~BuiltinChain() override; // stops the node it started

    // Looks at the address, and starts Anvil when nothing answers there. Asynchronous: see stateChanged.
    void start();
    // SIGTERM (Anvil writes its state), up to 10 s, then SIGKILL.
    void stop();

    State state() const { return m_state; }
    QString stateName() const;
    QString detail() const { return m_detail; }
    QUrl rpcUrl() const { return m_options.rpcUrl; }
    qint64 pid() const { return m_process.processId(); }

Q_SIGNALS:
    void stateChanged();

private:
    void launch();
    void probe(std::function<void(bool answered)> done);
    void setState(State state, const QString &detail);

    Options m_options;
    QProcess m_process;
    QByteArray m_output; // the tail of Anvil's output, for the reason it stopped
    QTimer m_readyPoll;
    int m_readyPolls = 0;
    State m_state = State::Off;
    QString m_detail;
    bool m_stopping = false;
};
