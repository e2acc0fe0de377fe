#pragma once

#include "PaymentReport.h"

#include <QList>

class Storage;
struct AppConfig;

// The books: payments of one mode in a time range, as report rows (PaymentReportRow). For the API's
// /api/v1/reports/payments, `cryptocheckout export` and the console's Export…
class PaymentReportService
{
public:
    // A report larger than this is refused: ask for a shorter range.
    static constexpr int kMaxRows = 100'000;

    PaymentReportService(Storage &store, const AppConfig &config)
        : m_store(store)
        , m_config(config)
    {}

    // Payments whose time is in [fromMs, toMs), oldest first. Throws DomainError (invalid) for an empty or
    // reversed range and for more than kMaxRows payments.
    QList<PaymentReportRow> payments(bool livemode, qint64 fromMs, qint64 toMs);

private:
    Storage &m_store;
    const AppConfig &m_config;
};
