#include "PaymentLinkRepository.h"

#include "Database.h"
#include "Rows.h"
#include "SqlSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rows;
using namespace sqlsupport;

void PaymentLinkRepository::insert(const PaymentLink &link)
{
    SqlStatement query(
        m_db, u"INSERT INTO payment_links (id, livemode, active, fiat_minor, fiat_currency, description, "
              "metadata, success_url, cancel_url, return_url, url, created_at, updated_at, asset) VALUES "
              "(:id, :livemode, :active, :minor, :currency, :description, :metadata, :success, :cancel, "
              ":return, :url, :created, :updated, :asset)"_s);
    query.bind(u":id"_s, link.id)
        .bind(u":livemode"_s, link.livemode)
        .bind(u":active"_s, link.active)
        .bind(u":minor"_s, link.fiat.minor)
        .bind(u":currency"_s, link.fiat.currency)
        .bind(u":description"_s, nullable(link.description))
        .bind(u":metadata"_s,
              link.hasMetadata ? QVariant(jsonText(link.metadata)) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":success"_s, nullable(link.successUrl))
        .bind(u":cancel"_s, nullable(link.cancelUrl))
        .bind(u":return"_s, nullable(link.returnUrl))
        .bind(u":url"_s, link.url)
        .bind(u":created"_s, link.createdAtMs)
        .bind(u":updated"_s, link.updatedAtMs)
        .bind(u":asset"_s, nullable(link.asset))
        .run();
}

void PaymentLinkRepository::update(const PaymentLink &link)
{
    SqlStatement query(
        m_db,
        u"UPDATE payment_links SET active = :active, fiat_minor = :minor, fiat_currency = :currency, "
        "description = :description, metadata = :metadata, success_url = :success, cancel_url = :cancel, "
        "return_url = :return, updated_at = :updated, asset = :asset WHERE id = :id"_s);
    query.bind(u":id"_s, link.id)
        .bind(u":active"_s, link.active)
        .bind(u":minor"_s, link.fiat.minor)
        .bind(u":currency"_s, link.fiat.currency)
        .bind(u":description"_s, nullable(link.description))
        .bind(u":metadata"_s,
              link.hasMetadata ? QVariant(jsonText(link.metadata)) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":success"_s, nullable(link.successUrl))
        .bind(u":cancel"_s, nullable(link.cancelUrl))
        .bind(u":return"_s, nullable(link.returnUrl))
        .bind(u":updated"_s, link.updatedAtMs)
        .bind(u":asset"_s, nullable(link.asset))
        .run();
}

std::optional<PaymentLink> PaymentLinkRepository::byId(const QString &id)
{
    SqlStatement query(m_db, u"SELECT %1 FROM payment_links WHERE id = :id"_s.arg(kLinkColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return linkFromQuery(result);
}

QList<PaymentLink> PaymentLinkRepository::list(bool livemode, int limit, const QString &startingAfter,
                                               bool *hasMore)
{
    QString sql = u"SELECT %1 FROM payment_links WHERE livemode = :livemode"_s.arg(kLinkColumns);
    if (!startingAfter.isEmpty())
        sql += u" AND seq < (SELECT seq FROM payment_links WHERE id = :cursor)"_s;
    sql += u" ORDER BY seq DESC LIMIT :limit"_s;
    SqlStatement query(m_db, sql);
    query.bind(u":livemode"_s, livemode).bind(u":limit"_s, limit + 1);
    if (!startingAfter.isEmpty())
        query.bind(u":cursor"_s, startingAfter);
    auto &result = query.run();
    QList<PaymentLink> links;
    while (result.next())
        links.append(linkFromQuery(result));
    if (hasMore)
        *hasMore = links.size() > limit;
    if (links.size() > limit)
        links.removeLast();
    return links;
}
