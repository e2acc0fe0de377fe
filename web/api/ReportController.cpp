#include "ReportController.h"

#include "Clock.h"
#include "PaymentReportService.h"
#include "Router.h"
#include "WireJson.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

ReportController::ReportController(ApiAccess &access, PaymentReportService &reports, const Clock &clock)
    : m_access(access)
    , m_reports(reports)
    , m_clock(clock)
{}

void ReportController::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/reports/payments"_s,
               [this](HttpRequest &request) { return payments(request); });
}

HttpResponse ReportController::payments(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    ApiAccess::allowQuery(request, {u"from"_s, u"to"_s, u"format"_s});
    const QString format =
        request.queryValue(u"format"_s).isNull() ? u"json"_s : request.queryValue(u"format"_s);
    if (format != u"json" && format != u"csv")
        throw ApiError::invalid(u"format must be csv or json."_s, u"format"_s);
    const auto range =
        paymentreport::range(request.queryValue(u"from"_s), request.queryValue(u"to"_s), m_clock.nowMs());
    if (!range)
        throw ApiError::invalid(range.error(), range.param());
    const qint64 from = range->fromMs;
    const qint64 to = range->toMs;
    const QList<PaymentReportRow> rows = m_reports.payments(key.livemode, from, to);
    if (format == u"csv") {
        HttpResponse response;
        response.contentType = "text/csv; charset=utf-8; header=present";
        response.body = paymentreport::toCsv(rows);
        const QString name = u"payments-%1-%2.csv"_s.arg(
            QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()).toString(u"yyyyMMdd"_s),
            QDateTime::fromMSecsSinceEpoch(to - 1, QTimeZone::utc()).toString(u"yyyyMMdd"_s));
        return response.withHeader("Content-Disposition", "attachment; filename=\"" + name.toLatin1() + '"');
    }
    return HttpResponse::json(paymentReportToJson(rows, from, to));
}
