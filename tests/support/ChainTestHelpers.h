#pragma once

#include "HttpClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

class HardhatNode;
class ServerFixture;

// What the tests that get paid on a real local node (Hardhat, chain 31337) share: the server's chain
// configuration, creating a session and waiting for its status, and deploying and calling the test contracts
// in tests/contracts.
namespace chaintest {

constexpr qint64 kChainId = 31337;

// config.ini for a server that watches the node at rpcUrl as chain 31337 and wants 3 confirmations. The
// [chain.31337] section is the last one, so a test may append keys to it.
QByteArray serverConfig(const QUrl &rpcUrl, int pollIntervalMs = 200);

// Waits until the server's watcher of chain 31337 has reached the node.
bool waitForWatcherOk(ServerFixture &server, int timeoutMs = 15000);
// Waits until the watcher has processed every block the node has now.
bool waitForWatcherAtHead(ServerFixture &server, HardhatNode &node, int timeoutMs = 10000);

// POST /api/v1/checkout_sessions for an amount in a fiat currency, in `asset` when it is given.
HttpClient::Reply createSession(HttpClient &client, const QString &value, const QString &currency,
                                const QJsonValue &asset = QJsonValue::Undefined);
// GET /api/v1/checkout_sessions/<id>
QJsonObject session(HttpClient &client, const QString &id);
// Waits until the session has this status; when it does not, says which it has and what the watcher was
// doing.
bool waitForStatus(ServerFixture &server, const QString &id, const QString &status, int timeoutMs = 10000);

// Deploys tests/contracts/<name>.bin.json (its committed bytecode) from an unlocked account; the contract's
// address, or an empty string.
QString deployContract(HardhatNode &node, const QString &from, const QString &name);
// The 4-byte selector of a function, as hex without 0x: "a9059cbb" for "transfer(address,uint256)".
QString selector(const char *signature);
// A 32-byte ABI word from hex digits without 0x (an address, a quantity).
QString word(const QString &hexWithoutPrefix);

// Calls a test token's mint(address,uint256) or transfer(address,uint256) from an unlocked account and
// waits for the receipt; the tx hash (a warning when it did not succeed).
QString tokenCall(HardhatNode &node, const QString &from, const QString &token, const char *signature,
                  const QString &to, const QString &units);
// Deploys tests/contracts/TestToken (6 decimals) from payer and mints it 1,000 tokens; the EIP-55 address,
// or an empty string.
QString deployTestToken(HardhatNode &node, const QString &payer);
// balanceOf(holder) of a token at the latest block, as the node answers it (a 32-byte hex word).
QString tokenBalance(HardhatNode &node, const QString &token, const QString &holder);

// A fresh random 12-word BIP-39 phrase (never a well-known one), and the account xpub (m/44'/60'/0') of it:
// a wallet made for one test.
QString randomPhrase();
QString accountXpub(const QString &phrase);
// A random address nobody holds the key of: a destination that starts empty.
QString randomAddress();

} // namespace chaintest
