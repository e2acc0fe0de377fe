#pragma once

#include "Money.h"

#include <QJsonObject>
#include <QString>

// A reusable price: every visit to its public URL creates a fresh link-mode checkout session.
struct PaymentLink
{
    QString id; // plink_…
    FiatAmount fiat;
    QString description;
    bool active = true;
    bool livemode = false;
    QJsonObject metadata;
    bool hasMetadata = false;
    QString successUrl;
    QString cancelUrl;
    QString returnUrl;
    QString asset; // a configured token's symbol the sessions are paid in; null: the chain's own coin
    QString url;   // public /l/{id} address
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};
