#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Something that happened to a session ("session.paid"), written in the same transaction as the change
// and delivered to webhook endpoints.
struct Event
{
    QString id; // evt_…
    QString type;
    QString sessionId;
    bool livemode = false;
    qint64 createdAtMs = 0;
    QJsonObject object; // the session as it was right after the change
};
