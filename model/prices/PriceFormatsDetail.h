#pragma once

#include "PriceFormats.h"

#include <QJsonObject>

// What the provider files of PriceFormats share and the public header does not show.
namespace prices::detail {

inline constexpr unsigned kMaxRateDecimals = 18;

// The body as a JSON object, or why it is not one ("the answer is an HTML page, not JSON").
Result<QJsonObject> jsonObject(const QByteArray &body);
// A JSON object that is not one of the provider's error answers.
Result<QJsonObject> providerObject(const QByteArray &body);

} // namespace prices::detail
