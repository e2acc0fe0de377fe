#pragma once

#include "ApiAccess.h"

class Clock;
class PaymentReportService;
class Router;

// /api/v1/reports/payments: the books as CSV or JSON.
class ReportController
{
public:
    ReportController(ApiAccess &access, PaymentReportService &reports, const Clock &clock);
    void registerRoutes(Router &router);

private:
    HttpResponse payments(HttpRequest &request);

    ApiAccess &m_access;
    PaymentReportService &m_reports;
    const Clock &m_clock;
};
