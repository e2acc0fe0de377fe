#include "Webhook.h"

#include "SessionStatus.h"

using namespace Qt::StringLiterals;

QString deliveryStateName(WebhookDelivery::State state)
{
    switch (state) {
    case WebhookDelivery::State::Delivered:
        return u"delivered"_s;
    case WebhookDelivery::State::Failed:
        return u"failed"_s;
    case WebhookDelivery::State::Pending:
        break;
    }
    return u"pending"_s;
}

QStringList webhookEventTypes()
{
    QStringList types{u"*"_s, u"session.created"_s};
    for (SessionStatus status :
         {SessionStatus::Pending, SessionStatus::Detected, SessionStatus::Underpaid, SessionStatus::Overpaid,
          SessionStatus::Paid, SessionStatus::PaidLate, SessionStatus::Expired, SessionStatus::Failed})
        types << u"session."_s + statusName(status);
    types << u"refund.created"_s << u"refund.succeeded"_s << u"refund.canceled"_s;
    return types;
}
