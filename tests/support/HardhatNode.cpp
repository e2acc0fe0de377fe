#include "HardhatNode.h"

#include "FreePort.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

#include <vector>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype OutputKeptBytes = 16 * 1024;
constexpr qsizetype OutputShownBytes = 3000;
constexpr int PollIntervalMs = 200;
constexpr int PollCallTimeoutMs = 1000;
constexpr int StopGraceMs = 5000;
const QString ExpectedChainId = u"0x7a69"_s; // 31337, tests/hardhat/hardhat.config.cjs
// Printed by `hardhat node` once its server listens: proves that the port is ours, not another node's.
constexpr QByteArrayView ListeningBanner = "Started HTTP and WebSocket JSON-RPC server at";

// Little-endian base 2^32 digits of an unsigned integer of any size.
using Limbs = std::vector<quint32>;

void multiplyAdd(Limbs &limbs, quint32 factor, quint32 addend)
{
    quint64 carry = addend;
    for (quint32 &limb : limbs) {
        const quint64 value = quint64(limb) * factor + carry;
        limb = quint32(value);
        carry = value >> 32;
    }
    if (carry)
        limbs.push_back(quint32(carry));
}

// Divides in place; returns the remainder.
quint32 divide(Limbs &limbs, quint32 divisor)
{
    quint64 remainder = 0;
    for (auto it = limbs.rbegin(); it != limbs.rend(); ++it) {
        const quint64 value = (remainder << 32) | *it;
        *it = quint32(value / divisor);
        remainder = value % divisor;
    }
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
    return quint32(remainder);
}

bool isDecimalDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(char16_t c)
{
    return isDecimalDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isHexQuantity(const QString &text)
{
    if (text.size() < 3 || !text.startsWith(u"0x"_s))
        return false;
    for (qsizetype i = 2; i < text.size(); ++i) {
        if (!isHexDigit(text.at(i).unicode()))
            return false;
    }
    return true;
}
} // namespace

HardhatNode::HardhatNode(const QString &sourceDirectory)
    : m_sourceDirectory(sourceDirectory)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If the test process dies (crash, CTest timeout), the kernel kills the node too: no orphan keeps the
    // port.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { appendOutput(); });
}

HardhatNode::~HardhatNode()
{
    stop();
}

bool HardhatNode::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl HardhatNode::rpcUrl() const
{
    return m_port == 0 ? QUrl() : QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port));
}

QUrl HardhatNode::webSocketUrl() const
{
    return m_port == 0 ? QUrl() : QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_port));
}

qint64 HardhatNode::pid() const
{
    return isRunning() ? m_process.processId() : 0;
}

bool HardhatNode::start(QString *error)
{
    if (isRunning())
        return true;
    const bool choosePort = m_port == 0;
    for (int attempt = 1;; ++attempt) {
        bool addressInUse = false;
        if (startOnce(error, &addressInUse))
            return true;
        // Another process took the probed port between the probe and Hardhat's bind: probe again. A restart
        // keeps its port, as promised.
        if (!choosePort || !addressInUse || attempt == 3)
            return false;
        m_port = 0;
    }
}

bool HardhatNode::startOnce(QString *error, bool *addressInUse)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };

    QString root = qEnvironmentVariable("CRYPTOCHECKOUT_SOURCE_DIR");
    if (root.isEmpty())
        root = m_sourceDirectory;
    if (root.isEmpty())
        return fail(
            u"HardhatNode: no source directory: set CRYPTOCHECKOUT_SOURCE_DIR (CTest does) or pass the "
            u"repository's path to the constructor."_s);
    // Absolute: the node runs with tests/hardhat as its working directory.
    const QDir tests(QDir(QFileInfo(root).absoluteFilePath()).filePath(u"tests"_s));
    const QString cli = tests.filePath(u"node_modules/hardhat/internal/cli/cli.js"_s);
    const QString config = tests.filePath(u"hardhat/hardhat.config.cjs"_s);
    if (!QFileInfo::exists(cli))
        return fail(
            u"HardhatNode: Hardhat is not installed (%1 is missing): run `npm ci` in %2 to install the "
            u"test tools pinned in tests/package-lock.json."_s.arg(cli, tests.path()));
    if (!QFileInfo::exists(config))
        return fail(u"HardhatNode: %1 is missing."_s.arg(config));
    // The Node.js pinned beside Hardhat in the lockfile (Hardhat needs 20 or later; Debian 12 has 18).
    QString node = tests.filePath(u"node_modules/.bin/node"_s);
    if (!QFileInfo(node).isExecutable())
        node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        return fail(
            u"HardhatNode: no Node.js: run `npm ci` in %1 (it installs the pinned one)."_s.arg(tests.path()));
    if (m_port == 0)
        m_port = freeLoopbackPort();
    if (m_port == 0)
        return fail(u"HardhatNode: cannot find a free port on 127.0.0.1."_s);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HARDHAT_DISABLE_TELEMETRY_PROMPT"_s, u"true"_s); // never ask, never wait on stdin
    environment.insert(u"CI"_s, u"true"_s); // Hardhat 2 then sends no analytics, no crash reports, no banner
    environment.insert(u"HARDHAT_HIDE_SOLIDITY_SURVEY_MESSAGE"_s, u"true"_s);
    environment.insert(u"NO_COLOR"_s, u"1"_s); // plain text in error messages
    environment.remove(u"HARDHAT_NETWORK"_s);  // `hardhat node` only runs on the in-process network
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(tests.filePath(u"hardhat"_s));
    m_output.clear();

    QElapsedTimer clock;
    clock.start();
    m_process.start(node, {cli, u"--config"_s, config, u"node"_s, u"--hostname"_s, u"127.0.0.1"_s,
                           u"--port"_s, QString::number(m_port)});
    if (!m_process.waitForStarted(10000))
        return fail(u"HardhatNode: cannot run %1: %2"_s.arg(node, m_process.errorString()));

    const auto tail = [this] {
        appendOutput();
        return QString::fromUtf8(m_output.right(OutputShownBytes)).trimmed();
    };
    while (clock.elapsed() < StartTimeoutMs) {
        if (m_process.state() == QProcess::NotRunning) {
            appendOutput();
            *addressInUse = m_output.contains("EADDRINUSE");
            return fail(
                u"HardhatNode: Hardhat exited (code %1) before it answered on port %2. Its output:\n%3"_s.arg(
                    QString::number(m_process.exitCode()), QString::number(m_port), tail()));
        }
        if (m_output.contains(ListeningBanner)) {
            QString callError;
            const QJsonValue chainId = call(u"eth_chainId"_s, {}, &callError, PollCallTimeoutMs);
            if (chainId.toString() == ExpectedChainId) {
                m_lastStartMs = clock.elapsed();
                m_lastError.clear();
                return true;
            }
            if (chainId.isString()) {
                stop();
                return fail(u"HardhatNode: the node answers chain id %1, not %2: check %3."_s.arg(
                    chainId.toString(), ExpectedChainId, config));
            }
        }
        m_process.waitForFinished(PollIntervalMs); // sleeps, reads the output, and notices an early exit
    }
    const QString output = tail();
    stop();
    return fail(u"HardhatNode: Hardhat did not answer eth_chainId on %1 within %2 s. Its output:\n%3"_s.arg(
        rpcUrl().toString(), QString::number(StartTimeoutMs / 1000), output));
}

void HardhatNode::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM to the node's PID
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.kill(); // SIGKILL to the same PID
        m_process.waitForFinished(StopGraceMs);
    }
    appendOutput();
    if (m_network)
        m_network->clearConnectionCache();
}

void HardhatNode::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(StopGraceMs);
    appendOutput();
    if (m_network)
        m_network->clearConnectionCache();
}

bool HardhatNode::restart(QString *error)
{
    stop();
    return start(error);
}

void HardhatNode::appendOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (m_output.size() > OutputKeptBytes)
        m_output = m_output.right(OutputKeptBytes);
}

QJsonValue HardhatNode::call(const QString &method, const QJsonArray &params, QString *error, int timeoutMs)
{
    const auto fail = [&](const QString &reason) {
        m_lastError = u"%1 failed: %2"_s.arg(method, reason);
        if (error)
            *error = m_lastError;
        else
            qWarning("HardhatNode: %s", qPrintable(m_lastError));
        return QJsonValue(QJsonValue::Undefined);
    };
    if (m_port == 0)
        return fail(u"the node was never started"_s);
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy); // loopback only, whatever http_proxy says
    }

    QNetworkRequest request(rpcUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(timeoutMs);
    const QJsonObject body{
        {u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 1}, {u"method"_s, method}, {u"params"_s, params}};
    const std::unique_ptr<QNetworkReply> reply(
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        return fail(u"no answer from %1 within %2 ms"_s.arg(rpcUrl().toString(), QString::number(timeoutMs)));
    }

    const QByteArray bytes = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject answer = document.object();
    if (const QJsonValue rpcError = answer.value(u"error"_s); rpcError.isObject()) {
        return fail(u"JSON-RPC error %1: %2"_s.arg(QString::number(rpcError[u"code"_s].toInteger()),
                                                   rpcError[u"message"_s].toString()));
    }
    if (reply->error() != QNetworkReply::NoError)
        return fail(u"%1 (%2)"_s.arg(reply->errorString(), rpcUrl().toString()));
    if (parseError.error != QJsonParseError::NoError || !answer.contains(u"result"_s))
        return fail(u"not a JSON-RPC answer: %1"_s.arg(QString::fromUtf8(bytes.left(300))));
    return answer.value(u"result"_s);
}

QStringList HardhatNode::accounts()
{
    QStringList list;
    const QJsonArray array = call(u"eth_accounts"_s).toArray();
    for (const QJsonValue &account : array)
        list << account.toString();
    return list;
}

QString HardhatNode::sendEther(const QString &from, const QString &to, const QString &weiDecimal)
{
    const QString value = toHexQuantity(weiDecimal);
    if (value.isEmpty()) {
        m_lastError =
            u"sendEther: %1 is not an amount of wei (a decimal integer below 2^256)"_s.arg(weiDecimal);
        qWarning("HardhatNode: %s", qPrintable(m_lastError));
        return {};
    }
    return sendTransaction({{u"from"_s, from}, {u"to"_s, to}, {u"value"_s, value}});
}

QString HardhatNode::sendTransaction(const QJsonObject &transaction)
{
    return call(u"eth_sendTransaction"_s, {transaction}).toString();
}

QString HardhatNode::balance(const QString &address)
{
    return call(u"eth_getBalance"_s, {address, u"latest"_s}).toString();
}

QJsonObject HardhatNode::receipt(const QString &txHash)
{
    return call(u"eth_getTransactionReceipt"_s, {txHash}).toObject();
}

void HardhatNode::mine(int blocks)
{
    if (blocks <= 0)
        return;
    // One evm_mine per block: hardhat_mine of many blocks "reserves" most of them, and a reserved block
    // names a parent hash of zero, so the chain it serves does not link up (a watcher rightly refuses it).
    for (int i = 0; i < blocks; ++i) {
        if (call(u"evm_mine"_s).isUndefined())
            return;
    }
}

qint64 HardhatNode::blockNumber()
{
    return quantityToInt(call(u"eth_blockNumber"_s).toString());
}

QJsonObject HardhatNode::block(qint64 number)
{
    return call(u"eth_getBlockByNumber"_s, {u"0x"_s + QString::number(number, 16), false}).toObject();
}

QString HardhatNode::snapshot()
{
    return call(u"evm_snapshot"_s).toString();
}

bool HardhatNode::revert(const QString &snapshotId)
{
    return call(u"evm_revert"_s, {snapshotId}).toBool();
}

void HardhatNode::setAutomine(bool enabled)
{
    call(u"evm_setAutomine"_s, {enabled});
}

void HardhatNode::setNextBlockTimestamp(qint64 unixSeconds)
{
    call(u"evm_setNextBlockTimestamp"_s, {u"0x"_s + QString::number(unixSeconds, 16)});
}

QString HardhatNode::toHexQuantity(const QString &decimal)
{
    if (decimal.isEmpty())
        return {};
    Limbs limbs;
    for (const QChar c : decimal) {
        if (!isDecimalDigit(c.unicode()))
            return {};
        multiplyAdd(limbs, 10, quint32(c.unicode() - u'0'));
        if (limbs.size() > 8) // 2^256 or more: no EVM quantity
            return {};
    }
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
    if (limbs.empty())
        return u"0x0"_s;
    QString hex = u"0x"_s + QString::number(limbs.back(), 16);
    for (auto it = limbs.rbegin() + 1; it != limbs.rend(); ++it)
        hex += u"%1"_s.arg(*it, 8, 16, QChar(u'0'));
    return hex;
}

QString HardhatNode::toDecimal(const QString &hexQuantity)
{
    if (!isHexQuantity(hexQuantity))
        return {};
    Limbs limbs;
    for (qsizetype i = 2; i < hexQuantity.size(); ++i) {
        const char16_t c = hexQuantity.at(i).unicode();
        const quint32 digit = isDecimalDigit(c) ? c - u'0' : (c | 0x20) - u'a' + 10;
        multiplyAdd(limbs, 16, digit);
    }
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
    if (limbs.empty())
        return u"0"_s;
    QStringList chunks; // base 10^9, least significant first
    while (!limbs.empty())
        chunks.prepend(QString::number(divide(limbs, 1000000000u)));
    for (qsizetype i = 1; i < chunks.size(); ++i)
        chunks[i] = chunks[i].rightJustified(9, u'0');
    return chunks.join(QString());
}

qint64 HardhatNode::quantityToInt(const QString &hexQuantity)
{
    if (!isHexQuantity(hexQuantity))
        return -1;
    bool ok = false;
    const qint64 value = QStringView(hexQuantity).mid(2).toLongLong(&ok, 16);
    return ok && value >= 0 ? value : -1;
}
