#pragma once

#include "PaymentReport.h"

// The JSON shapes of the API's objects, in one place: what the REST API answers and what a webhook event
// carries (an event's data.object is the session as the API shows it). Not domain code: the domain
// records know nothing of their wire form.

#include "CheckoutSession.h"
#include "Event.h"
#include "Payment.h"
#include "PaymentLink.h"
#include "Refund.h"
#include "Webhook.h"

#include <QJsonObject>

// The one place a session becomes JSON: every field of the session description with its JSON type,
// then the additions (amountReceived, payments, exchangeRate, needsAttention, refunds, amountRefunded, and
// for a token session asset).
QJsonObject sessionToJson(const CheckoutSession &session, const QList<Payment> &payments = {},
                          qint64 headBlockNumber = 0, const QList<Refund> &refunds = {});
// The same session as compact JSON bytes, exactly what QJsonDocument(sessionToJson(…)).toJson(Compact)
// gives (keys in the same sorted order, strings escaped the same way; a test compares the two), written
// directly: what a create answers and stores as its event, without building the object tree first.
QByteArray sessionWireJson(const CheckoutSession &session, const QList<Payment> &payments = {},
                           qint64 headBlockNumber = 0, const QList<Refund> &refunds = {});
// {id, object:"refund", sessionId, status, amount, fiat, address, reason, txHash, …} in the session's asset;
// a pending refund also has paymentUri, the EIP-681 request that pays it from a wallet.
QJsonObject refundToJson(const Refund &refund, const SessionAsset &asset);
QJsonObject weiAmountJson(const UInt256 &wei);
// {wei, eth} for a native session; {wei, eth, symbol} in the token's units for a token session.
QJsonObject assetAmountJson(const SessionAsset &asset, const UInt256 &baseUnits);

// A native session's payments have the keys they always had; a token session's payments say what was paid
// (amount.symbol in its own decimals) and whether it counted towards the session.
QJsonObject paymentToJson(const Payment &payment, qint64 headBlockNumber, bool tokenSession,
                          bool counted = true);

QJsonObject paymentLinkToJson(const PaymentLink &link);

// {"object": "report", "from", "to", "data": [rows]} with the CSV's columns as keys (numbers as JSON
// numbers, amounts as decimal strings, empty fields as null).
QJsonObject paymentReportToJson(const QList<PaymentReportRow> &rows, qint64 fromMs, qint64 toMs);

// {id, object:"event", type, createdAt, livemode, data:{object}}
QJsonObject eventToJson(const Event &event);
// The secret is included only when it was just created or rolled.
QJsonObject endpointToJson(const WebhookEndpoint &endpoint, bool includeSecret = false);
QJsonObject attemptToJson(const WebhookAttempt &attempt);
