#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// One job: run a real local EVM node (Hardhat's `hardhat node`, pinned in tests/package-lock.json, installed
// by `npm ci` in tests/) on a free loopback port, and drive it over blocking JSON-RPC from a test.
//
// - The repository is found through CRYPTOCHECKOUT_SOURCE_DIR (CTest sets it for every test), else through
//   the path given to the constructor. Without tests/node_modules, start() fails and says to run `npm ci`.
// - Chain 31337 (0x7a69), automining, the 20 public development accounts of the `test test ... junk`
//   mnemonic, unlocked, 10000 ETH each (tests/hardhat/hardhat.config.cjs).
// - The node keeps no state on disk: a restarted node (restart(), or start() after stop() or kill()) begins a
//   FRESH chain at block 0 on the same port. Snapshots, balances and blocks of the old chain are gone.
// - Everything blocks the calling thread (a local event loop, bounded by a timeout), so it may be used
//   straight from a Qt Test function on the main thread. Use one HardhatNode from one thread.
// - The node is stopped by PID in stop() and in the destructor; on Linux the kernel also kills it when the
//   thread that started it ends (the test process dies or is killed by a CTest timeout): no orphan node.
class HardhatNode
{
public:
    static constexpr int DefaultCallTimeoutMs = 15000;
    static constexpr int StartTimeoutMs = 60000;

    explicit HardhatNode(const QString &sourceDirectory = {});
    ~HardhatNode();
    HardhatNode(const HardhatNode &) = delete;
    HardhatNode &operator=(const HardhatNode &) = delete;

    // Starts the node (on a free port the first time, on the same port afterwards) and waits, at most
    // StartTimeoutMs, until it answers eth_chainId. On failure: false, and *error says why with the tail of
    // the node's output. Starting a running node is a no-op that returns true.
    bool start(QString *error = nullptr);
    // SIGTERM by PID, up to 5 s, then SIGKILL. No-op when not running.
    void stop();
    // SIGKILL at once, as an outage.
    void kill();
    // stop() then start() on the SAME port. The new node has a fresh chain (see above).
    bool restart(QString *error = nullptr);

    bool isRunning() const;
    QUrl rpcUrl() const;       // http://127.0.0.1:<port>/; empty before the first start()
    QUrl webSocketUrl() const; // ws://127.0.0.1:<port>/ (the same server speaks WebSocket JSON-RPC, with
                               // eth_subscribe); empty before the first start()
    quint16 port() const { return m_port; }
    qint64 pid() const;                                  // 0 when not running
    qint64 lastStartMs() const { return m_lastStartMs; } // how long the last successful start() took
    QString outputTail() const { return QString::fromUtf8(m_output); } // recent stdout+stderr of the node
    QString lastError() const { return m_lastError; }                  // the error of the last failed call()

    // One JSON-RPC request; its "result". On failure (transport, timeout, HTTP status, JSON-RPC error):
    // an undefined QJsonValue, the reason in *error (or in a qWarning when error is null) and in lastError().
    // A JSON null result (e.g. the receipt of an unknown transaction) is a success: QJsonValue::Null.
    QJsonValue call(const QString &method, const QJsonArray &params = {}, QString *error = nullptr,
                    int timeoutMs = DefaultCallTimeoutMs);

    // Conveniences; on failure they warn (see call()) and return an empty/invalid value.
    QStringList accounts();
    // Sends weiDecimal (a decimal string, any size up to 2^256-1) from an unlocked account; the tx hash.
    QString sendEther(const QString &from, const QString &to, const QString &weiDecimal);
    QString sendTransaction(const QJsonObject &transaction); // eth_sendTransaction; the tx hash
    QString balance(const QString &address);                 // wei, as a hex quantity ("0x0", ...)
    QJsonObject receipt(const QString &txHash);              // empty while pending or unknown
    void mine(int blocks = 1);                               // evm_mine, once per block
    qint64 blockNumber();                                    // -1 on failure
    QJsonObject block(qint64 number);                        // without full transactions; empty if none
    QString snapshot();                                      // evm_snapshot; the id
    bool revert(const QString &snapshotId);                  // evm_revert; ids after it are dropped too
    void setAutomine(bool enabled);
    void setNextBlockTimestamp(qint64 unixSeconds); // must be later than the latest block's

    // "1000000000000000000" -> "0xde0b6b3a7640000"; exact for any size (no double); empty if not a
    // non-negative decimal integer below 2^256.
    static QString toHexQuantity(const QString &decimal);
    // "0xde0b6b3a7640000" -> "1000000000000000000"; exact for any size; empty if not a hex quantity.
    static QString toDecimal(const QString &hexQuantity);
    // "0x1f" -> 31; -1 if not a hex quantity that fits.
    static qint64 quantityToInt(const QString &hexQuantity);

private:
    bool startOnce(QString *error, bool *addressInUse);
    void appendOutput();
    QString failure(const QString &reason);

    QString m_sourceDirectory;
    QProcess m_process;
    std::unique_ptr<QNetworkAccessManager> m_network;
    quint16 m_port = 0;
    qint64 m_lastStartMs = -1;
    QByteArray m_output;
    QString m_lastError;
};
