#pragma once

// Internal to storage/: the column lists the repositories select and the readers that turn a row into a
// record. Shared because a join (a payment with its session, a delivery with its event) reads another
// repository's columns.

#include "ApiKey.h"
#include "CheckoutSession.h"
#include "Event.h"
#include "Payment.h"
#include "PaymentLink.h"
#include "SqlSupport.h"
#include "Webhook.h"

namespace rows {

extern const QString kSessionColumns;
CheckoutSession sessionFromQuery(const QSqlQuery &query);

extern const QString kLinkColumns;
PaymentLink linkFromQuery(const QSqlQuery &query);

extern const QString kApiKeyColumns;
ApiKey apiKeyFromQuery(const QSqlQuery &query);

extern const QString kEventColumns;
Event eventFromQuery(const QSqlQuery &query);

extern const QString kPaymentColumns;
QString qualifiedPaymentColumns(); // with the payments table's alias p., for joins
Payment paymentFromQuery(const QSqlQuery &query);

extern const QString kEndpointColumns;
WebhookEndpoint endpointFromQuery(const QSqlQuery &query);

extern const QString kDeliveryColumns;
extern const QString kDeliveryJoin;
WebhookDelivery deliveryFromQuery(const QSqlQuery &query);

WebhookAttempt attemptFromQuery(const QSqlQuery &query);

QString eventsText(const QStringList &events); // an endpoint's event types as stored (a JSON array)

} // namespace rows
