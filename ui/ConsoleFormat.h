#pragma once

#include "Money.h"

#include <QString>

// The console's way of writing amounts, times and countdowns. Money is formatted from its exact integer
// form, never through a double.
QString formatFiat(const FiatAmount &fiat); // "99.00 USD"
// "0.033 ETH", "12.5 USDC" (units in the asset's smallest unit, decimals of the asset)
QString formatCrypto(const UInt256 &units, const QString &symbol = QStringLiteral("ETH"),
                     unsigned decimals = kWeiDecimals);
QString formatTime(qint64 msSinceEpoch);      // local, short
QString formatCountdown(qint64 remainingMs);  // "27:41", "1:02:03"
QString shortAddress(const QString &address); // "0x9858…Eda94"
class ExtendedPublicKey;
// An xpub's first deposit addresses, one line each ("0  0x9858…"): what a merchant compares with the wallet.
QString firstAddresses(const ExtendedPublicKey &key, quint32 count = 3);
