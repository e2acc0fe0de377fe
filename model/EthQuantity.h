#pragma once

#include <QJsonValue>

#include <optional>

// An Ethereum JSON-RPC QUANTITY ("0x1b4") that fits a qint64; nothing for anything else (not a string,
// no 0x, not hex, negative, too long).
std::optional<qint64> parseQuantity(const QJsonValue &value);
