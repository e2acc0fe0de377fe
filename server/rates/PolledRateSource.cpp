#include "PolledRateSource.h"

#include "PriceFormats.h"
#include "Time.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

PolledRateSource::PolledRateSource(QString name, QList<CurrencyPair> pairs, RateSourceTiming timing,
                                   const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_timing(timing)
    , m_clock(clock)
{
    for (const CurrencyPair &pair : pairs) {
        if (!m_wanted.contains(pair))
            m_wanted << pair;
    }
    connect(&m_refreshTimer, &QTimer::timeout, this, &PolledRateSource::refresh);
}

void PolledRateSource::start()
{
    m_started = true;
    m_refreshTimer.start(m_timing.refreshMs);
    QTimer::singleShot(0, this, &PolledRateSource::refresh);
}

void PolledRateSource::refresh()
{
    QList<CurrencyPair> due;
    for (const CurrencyPair &pair : std::as_const(m_wanted)) {
        if (!m_inFlight.contains(pair.name()) && unsupported(pair).isEmpty())
            due << pair;
    }
    if (due.isEmpty())
        return;
    for (const CurrencyPair &pair : std::as_const(due))
        m_inFlight.insert(pair.name());
    fetch(due);
}

Result<RateQuote> PolledRateSource::quote(const CurrencyPair &pair)
{
    const QString why = unsupported(pair);
    if (!why.isEmpty())
        return Result<RateQuote>::failure(why);
    if (!m_wanted.contains(pair)) {
        // A pair nobody asked for before: fetch it from now on. This session still gets the other
        // sources' answer (or a 503), since quote() never waits.
        m_wanted << pair;
        if (m_started)
            QTimer::singleShot(0, this, &PolledRateSource::refresh);
    }
    const QString currency = pair.name();
    const Entry entry = m_entries.value(currency);
    const qint64 now = m_clock.nowMs();
    const auto stale = staleness(entry, now);
    if (entry.good && !stale)
        return Result<RateQuote>::success(*entry.good);

    QStringList parts;
    if (!entry.error.isEmpty() && entry.errorAtMs >= entry.confirmedAtMs)
        parts << u"%1 at %2"_s.arg(entry.error, prices::timeOfDay(entry.errorAtMs));
    if (stale)
        parts << *stale;
    if (parts.isEmpty())
        parts << (m_inFlight.contains(currency) ? u"no answer yet (the first request is under way)"_s
                                                : u"no answer yet"_s);
    return Result<RateQuote>::failure(parts.join(u"; "_s));
}

std::optional<QString> PolledRateSource::staleness(const Entry &entry, qint64 nowMs) const
{
    if (!entry.good)
        return std::nullopt;
    const QString rate = entry.good->rate.toDecimalString();
    const qint64 silence = nowMs - entry.confirmedAtMs;
    if (silence > m_timing.maxAgeMs) {
        return u"the last rate %1 was fetched at %2, %3 ago (limit %4)"_s.arg(
            rate, prices::timeOfDay(entry.confirmedAtMs), prices::describeDuration(silence),
            prices::describeDuration(m_timing.maxAgeMs));
    }
    const qint64 maxPriceAge = m_timing.maxPriceAgeMs.value_or(m_timing.maxAgeMs);
    const qint64 priceAge = nowMs - entry.good->fetchedAtMs;
    if (priceAge > maxPriceAge) {
        return u"the last rate %1 dates from %2, %3 ago (limit %4)"_s.arg(
            rate, prices::timeOfDay(entry.good->fetchedAtMs), prices::describeDuration(priceAge),
            prices::describeDuration(maxPriceAge));
    }
    return std::nullopt;
}

void PolledRateSource::accept(const CurrencyPair &pair, const RateQuote &quote)
{
    Entry &entry = m_entries[pair.name()];
    if (!entry.error.isEmpty() && entry.errorAtMs >= entry.confirmedAtMs)
        qCInfo(lcRates, "%s: %s is available again", qPrintable(m_name), qPrintable(pair.name()));
    entry.good = quote;
    entry.confirmedAtMs = m_clock.nowMs();
    settle(pair);
}

void PolledRateSource::reject(const CurrencyPair &pair, const QString &error)
{
    Entry &entry = m_entries[pair.name()];
    // Logged when a source starts failing, not on every refresh while it stays down.
    if (entry.error.isEmpty() || entry.errorAtMs < entry.confirmedAtMs || entry.error != error)
        qCWarning(lcRates, "%s: no %s rate: %s", qPrintable(m_name), qPrintable(pair.name()),
                  qPrintable(error));
    entry.error = error;
    entry.errorAtMs = m_clock.nowMs();
    settle(pair);
}

void PolledRateSource::settle(const CurrencyPair &pair)
{
    m_inFlight.remove(pair.name());
    if (m_inFlight.isEmpty())
        Q_EMIT refreshed();
}

QJsonObject PolledRateSource::status() const
{
    const qint64 now = m_clock.nowMs();
    QJsonObject rates;
    for (const CurrencyPair &pair : m_wanted) {
        const QString currency = pair.name();
        const Entry entry = m_entries.value(currency);
        QJsonObject state;
        if (entry.good) {
            state.insert(u"rate"_s, entry.good->rate.toDecimalString());
            state.insert(u"fetchedAt"_s, isoTimestamp(entry.good->fetchedAtMs));
            state.insert(u"ageSeconds"_s, (now - entry.good->fetchedAtMs) / 1000);
        }
        state.insert(u"fresh"_s, entry.good.has_value() && !staleness(entry, now));
        if (!entry.error.isEmpty() && entry.errorAtMs >= entry.confirmedAtMs) {
            state.insert(u"error"_s, entry.error);
            state.insert(u"errorAt"_s, isoTimestamp(entry.errorAtMs));
        }
        const QString why = unsupported(pair);
        if (!why.isEmpty())
            state.insert(u"error"_s, why);
        rates.insert(currency, state);
    }
    return {{u"name"_s, m_name},
            {u"refreshSeconds"_s, m_timing.refreshMs / 1000},
            {u"maxAgeSeconds"_s, m_timing.maxAgeMs / 1000},
            {u"rates"_s, rates}};
}
