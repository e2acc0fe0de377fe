#pragma once

#include "PaymentLink.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

class PaymentLinkRepository
{
public:
    explicit PaymentLinkRepository(Database &db)
        : m_db(db)
    {}

    void insert(const PaymentLink &link);
    void update(const PaymentLink &link);
    std::optional<PaymentLink> byId(const QString &id);
    QList<PaymentLink> list(bool livemode, int limit, const QString &startingAfter, bool *hasMore);

private:
    Database &m_db;
};
