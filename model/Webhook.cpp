#include "Webhook.h"

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
