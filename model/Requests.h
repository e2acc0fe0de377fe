#pragma once

// What a merchant asks of the services (through the API or the console), as plain records. Null or absent
// fields mean "not given"; the services validate them and refuse with a DomainError.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Create a checkout session.
struct SessionRequest
{
    // Ad-hoc mode: amount.value and amount.currency. Link mode: linkId. Exactly one of the two.
    bool hasAmount = false;
    QString amountValue;
    QString amountCurrency;
    QString linkId;
    QString successUrl;
    QString cancelUrl;
    QString returnUrl;
    QString customerEmail;
    std::optional<QJsonObject> metadata;
    QString description; // public, plain text up to 500 characters; null: none (link mode: the link's)
    QString asset; // a symbol of the session's chain, any case; null or the native symbol: the native coin
};

// Create or update a payment link.
struct PaymentLinkRequest
{
    QString fiatAmount; // null: unchanged (update) / required (create)
    QString fiatCurrency;
    std::optional<QString> description;
    std::optional<bool> active;
    std::optional<QJsonObject> metadata;
    std::optional<QString> successUrl;
    std::optional<QString> cancelUrl;
    std::optional<QString> returnUrl;
    std::optional<QString> asset; // a configured token's symbol; null: the chain's own coin
};

// Create or update a webhook endpoint.
struct WebhookEndpointRequest
{
    std::optional<QString> url;
    std::optional<QStringList> events;
    std::optional<QString> description;
    std::optional<bool> enabled;
    bool rollSecret = false;
};

// Refund (part of) a checkout session's payment. Amount: fiat (value and currency, converted at the
// session's locked rate) or baseUnits (the asset's smallest unit), or neither for all that is left.
struct RefundRequest
{
    QString fiatValue;
    QString fiatCurrency;
    QString baseUnits;
    QString address; // null: the sender of the session's payment
    QString reason;
};
