#pragma once

#include "Money.h"
#include "Payment.h"
#include "SessionStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

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
    UInt256 amountWei;
    FiatAmount fiat;
    QString ethPriceUsd; // the ETH/USD rate locked at creation, decimal string
    ExchangeRate rate;   // the ETH/<fiat currency> rate the amount was computed with
    QString rateSource;  // where the rate came from ("fixed", "coinbase", …)
    qint64 rateFetchedAtMs = 0;
    // Where ethPriceUsd came from and when: for a USD session the same as rateSource, for any other
    // currency a quote of its own. Sessions from before this was recorded have a null source.
    QString ethPriceUsdSource;
    qint64 ethPriceUsdFetchedAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> paidAtMs;
    QString txHash;
    qint64 chainId = 0;
    QJsonObject metadata;
    bool hasMetadata = false;
    QString successUrl;
    QString cancelUrl;
    QString returnUrl;
    QString customerEmail;
    bool livemode = false;
    QString checkoutUrl;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    UInt256 amountReceivedWei;
    bool needsAttention = false;
};

// The one place a session becomes JSON: every field of the session description with its JSON type,
// then the additions (amountReceived, payments, exchangeRate, needsAttention).
QJsonObject sessionToJson(const CheckoutSession &session, const QList<Payment> &payments = {},
                          qint64 headBlockNumber = 0);
QJsonObject weiAmountJson(const UInt256 &wei);
