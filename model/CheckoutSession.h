#pragma once

#include "Money.h"
#include "Payment.h"
#include "SessionStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a session is paid in: the chain's native coin, or an ERC-20 token configured for the chain
// ([chain.<id>] tokens). A token session keeps the contract and decimals it was created with, so a later
// configuration change cannot reinterpret its amounts.
struct SessionAsset
{
    QString symbol;   // "USDC"; empty for the native coin (whose symbol is the chain's)
    QString contract; // EIP-55 token contract; empty for the native coin
    unsigned decimals = kWeiDecimals;

    bool isToken() const { return !contract.isEmpty(); }
    // Whether a payment in tokenContract (empty: the native coin) is in this asset.
    bool matches(const QString &tokenContract) const
    {
        return contract.compare(tokenContract, Qt::CaseInsensitive) == 0;
    }
};

// One customer's attempt to pay: the fields of the product's session description, plus what the
// watcher learns (amount received, payments) and what the operator must look at.
// QString fields that are null serialise as JSON null.
struct CheckoutSession
{
    QString id; // cs_…
    QString linkId;
    SessionStatus status = SessionStatus::Pending;
    QString address; // EIP-55 checksummed
    qint64 addressIndex = -1;
    SessionAsset asset;
    UInt256 amountDue; // in the asset's smallest unit: wei, or token base units for a token session
    FiatAmount fiat;
    QString nativeSymbol =
        QStringLiteral("ETH"); // the chain's coin ("POL"), whose USD rate nativePriceUsd is
    QString nativePriceUsd;    // the <native coin>/USD rate locked at creation, decimal string
    ExchangeRate rate;         // the <asset>/<fiat currency> rate the amount was computed with
    QString rateSource;        // where the rate came from ("fixed", "coinbase", …)
    qint64 rateFetchedAtMs = 0;
    // Where nativePriceUsd (the JSON ethPriceUsd) came from and when: for a USD session the same as
    // rateSource, for any other currency a quote of its own. Sessions from before this was recorded have a
    // null source.
    QString nativePriceUsdSource;
    qint64 nativePriceUsdFetchedAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> paidAtMs;
    QString txHash;
    qint64 chainId = 0;
    QJsonObject metadata;
    bool hasMetadata = false;
    QString description; // public: what is being paid for, shown to the customer (null: none)
    QString successUrl;
    QString cancelUrl;
    QString returnUrl;
    QString customerEmail;
    bool livemode = false;
    QString checkoutUrl;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    UInt256 amountReceived;
    bool needsAttention = false;
};
