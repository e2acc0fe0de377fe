#include "ChainTestHelpers.h"

#include "Bip39.h"
#include "ChainWatcher.h"
#include "EthereumAddress.h"
#include "ExtendedPrivateKey.h"
#include "HardhatNode.h"
#include "ServerFixture.h"

#include <QDebug>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace chaintest {

QByteArray serverConfig(const QUrl &rpcUrl, int pollIntervalMs)
{
    return QByteArray(ServerFixture::kListen) + "[chain.31337]\nrpcUrl=" + rpcUrl.toString().toUtf8() +
           "\nconfirmations=3\npollIntervalMs=" + QByteArray::number(pollIntervalMs) + "\n";
}

bool waitForWatcherOk(ServerFixture &server, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] { return server.backend().watcher(kChainId)->status().state == ChainState::Ok; }, timeoutMs);
}

bool waitForWatcherAtHead(ServerFixture &server, HardhatNode &node, int timeoutMs)
{
    const qint64 head = node.blockNumber();
    return QTest::qWaitFor([&] { return server.backend().watcher(kChainId)->status().cursor >= head; },
                           timeoutMs);
}

HttpClient::Reply createSession(HttpClient &client, const QString &value, const QString &currency,
                                const QJsonValue &asset)
{
    QJsonObject body{{u"amount"_s, QJsonObject{{u"value"_s, value}, {u"currency"_s, currency}}}};
    if (!asset.isUndefined())
        body.insert(u"asset"_s, asset);
    return client.postJson(u"/api/v1/checkout_sessions"_s, body);
}

QJsonObject session(HttpClient &client, const QString &id)
{
    return client.get(u"/api/v1/checkout_sessions/"_s + id).json;
}

bool waitForStatus(ServerFixture &server, const QString &id, const QString &status, int timeoutMs)
{
    const bool reached = QTest::qWaitFor(
        [&] { return session(server.client(), id)[u"status"_s].toString() == status; }, timeoutMs);
    if (!reached)
        qWarning() << "status is" << session(server.client(), id)[u"status"_s].toString() << "not" << status
                   << "watcher:" << server.backend().watcher(kChainId)->status().toJson();
    return reached;
}

QString deployContract(HardhatNode &node, const QString &from, const QString &name)
{
    QFile artifact(qEnvironmentVariable("CRYPTOCHECKOUT_SOURCE_DIR") + u"/tests/contracts/"_s + name +
                   u".bin.json"_s);
    if (!artifact.open(QIODevice::ReadOnly))
        return {};
    const QString bytecode = QJsonDocument::fromJson(artifact.readAll()).object()[u"bytecode"_s].toString();
    const QString tx = node.sendTransaction({{u"from"_s, from}, {u"data"_s, bytecode}});
    return node.receipt(tx)[u"contractAddress"_s].toString();
}

QString selector(const char *signature)
{
    return QString::fromLatin1(ethereum::keccak256(signature).left(4).toHex());
}

QString word(const QString &hexWithoutPrefix)
{
    return hexWithoutPrefix.rightJustified(64, u'0');
}

QString tokenCall(HardhatNode &node, const QString &from, const QString &token, const char *signature,
                  const QString &to, const QString &units)
{
    const QString data = u"0x"_s + selector(signature) + word(to.mid(2).toLower()) +
                         word(HardhatNode::toHexQuantity(units).mid(2));
    const QString tx = node.sendTransaction({{u"from"_s, from}, {u"to"_s, token}, {u"data"_s, data}});
    if (node.receipt(tx)[u"status"_s].toString() != u"0x1")
        qWarning() << "token call failed:" << signature << tx;
    return tx;
}

QString deployTestToken(HardhatNode &node, const QString &payer)
{
    const QString token = ethereum::toChecksumAddress(deployContract(node, payer, u"TestToken"_s));
    if (!token.isEmpty())
        tokenCall(node, payer, token, "mint(address,uint256)", payer, u"1000000000"_s);
    return token;
}

QString tokenBalance(HardhatNode &node, const QString &token, const QString &holder)
{
    const QString data = u"0x70a08231"_s + word(holder.mid(2).toLower());
    return node.call(u"eth_call"_s, {QJsonObject{{u"to"_s, token}, {u"data"_s, data}}, u"latest"_s})
        .toString();
}

QString randomPhrase()
{
    QByteArray entropy(16, '\0');
    QRandomGenerator::system()->generate(entropy.begin(), entropy.end());
    const SecretBytes phrase = bip39::phraseFromEntropy(entropy);
    return QString::fromLatin1(reinterpret_cast<const char *>(phrase.data()), phrase.size());
}

QString accountXpub(const QString &phrase)
{
    const auto normalised = bip39::normalisedPhrase(SecretBytes::copyOf(phrase.toUtf8()), nullptr);
    const auto master = ExtendedPrivateKey::fromSeed(bip39::seed(*normalised, {}));
    return master->derivePath(u"m/44'/60'/0'")->publicKey().toBase58();
}

QString randomAddress()
{
    QByteArray bytes(20, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return ethereum::toChecksumAddress(QString::fromLatin1(bytes.toHex()));
}

} // namespace chaintest
