#include "OverviewPage.h"

#include "ConsoleFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
QString periodLabel(qint64 startMs, Period period)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).date();
    switch (period) {
    case Period::Day:
        return QLocale().toString(date, u"d MMM"_s);
    case Period::Week:
        return OverviewPage::tr("week of %1").arg(QLocale().toString(date, u"d MMM"_s));
    case Period::Month:
        return QLocale().toString(date, u"MMM yyyy"_s);
    }
    return {};
}
} // namespace

OverviewPage::OverviewPage(interfaces::Console &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Overview</h2>"), this));

    auto *controls = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(u"overviewPeriod"_s);
    m_period->addItem(tr("Per day"), int(Period::Day));
    m_period->addItem(tr("Per week"), int(Period::Week));
    m_period->addItem(tr("Per month"), int(Period::Month));
    controls->addWidget(m_period);
    controls->addWidget(new QLabel(tr("from"), this));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_from->setCalendarPopup(true);
    m_from->setObjectName(u"overviewFrom"_s);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    m_to = new QDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_to->setObjectName(u"overviewTo"_s);
    controls->addWidget(m_to);
    controls->addStretch(1);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"exportBooks"_s);
    exportButton->setToolTip(tr("Save one row per payment of this range for your accountant (CSV or JSON)"));
    controls->addWidget(exportButton);
    layout->addLayout(controls);
    connect(exportButton, &QPushButton::clicked, this, &OverviewPage::exportBooks);
    connect(m_period, &QComboBox::currentIndexChanged, this, &OverviewPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &OverviewPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &OverviewPage::reload);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"overviewSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new QChartView(splitter);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    m_table = new QTreeWidget(splitter);
    m_table->setObjectName(u"overviewTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Period"), tr("Paid sessions"), tr("Value received"), tr("Received")});
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
}

void OverviewPage::setLivemode(bool livemode)
{
    m_livemode = livemode;
    reload();
}

qint64 OverviewPage::fromMs() const
{
    return QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 OverviewPage::toMs() const
{
    return QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void OverviewPage::reload()
{
    const int generation = ++m_generation;
    if (toMs() <= fromMs()) {
        m_summary->setText(tr("The range is empty: pick a 'to' date after the 'from' date."));
        return;
    }
    m_console.loadPaymentReport(
        m_livemode, fromMs(), toMs(), this,
        [this, generation](const std::optional<QList<PaymentReportRow>> &rows, const QString &error) {
            if (generation != m_generation)
                return;
            if (!rows) {
                m_summary->setText(error);
                return;
            }
            showRows(*rows);
        });
}

void OverviewPage::showRows(const QList<PaymentReportRow> &rows)
{
    const auto period = Period(m_period->currentData().toInt());
    const QList<PeriodTotals> totals = paymentreport::totals(rows, period, fromMs(), toMs());

    int paid = 0;
    QMap<QString, qint64> fiat;
    QMap<QString, UInt256> received;
    QMap<QString, unsigned> decimals;
    for (const PeriodTotals &bucket : totals) {
        paid += bucket.paidSessions;
        for (auto it = bucket.fiatMinor.cbegin(); it != bucket.fiatMinor.cend(); ++it)
            if (qAddOverflow(fiat[it.key()], it.value(), &fiat[it.key()]))
                fiat[it.key()] = std::numeric_limits<qint64>::max();
        for (auto it = bucket.received.cbegin(); it != bucket.received.cend(); ++it) {
            received[it.key()] = received.value(it.key()).saturatingAdd(it.value());
            decimals[it.key()] = bucket.decimals.value(it.key());
        }
    }
    auto fiatText = [](const QMap<QString, qint64> &amounts) {
        QStringList parts;
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            parts << formatFiat(FiatAmount{it.value(), it.key()});
        return parts.join(u", "_s);
    };
    auto assetText = [](const QMap<QString, UInt256> &amounts, const QMap<QString, unsigned> &digits) {
        QStringList parts;
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            parts << formatCrypto(it.value(), it.key(), digits.value(it.key()));
        return parts.join(u", "_s);
    };
    m_summary->setText(rows.isEmpty() ? tr("No payments in this range.")
                                      : tr("%n paid session(s) · %1 · received %2", nullptr, paid)
                                            .arg(fiatText(fiat), assetText(received, decimals)));

    m_table->clear();
    for (const PeriodTotals &bucket : totals) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, periodLabel(bucket.startMs, period));
        item->setText(1, QString::number(bucket.paidSessions));
        item->setText(2, fiatText(bucket.fiatMinor));
        item->setText(3, assetText(bucket.received, bucket.decimals));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // One bar set per fiat currency: the value received in each period (whole units: a chart, not books).
    auto *chart = new QChart;
    chart->setTitle(tr("Value received"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QBarSeries(chart);
    qreal highest = 0;
    for (auto it = fiat.cbegin(); it != fiat.cend(); ++it) {
        const int minorUnits = currencyByCode(it.key()) ? currencyByCode(it.key())->minorUnits : 2;
        auto *set = new QBarSet(it.key(), series);
        for (const PeriodTotals &bucket : totals) {
            // Display only: the exact amounts are in the table and the export.
            const qreal value = qreal(bucket.fiatMinor.value(it.key())) / std::pow(10.0, minorUnits);
            *set << value;
            highest = std::max(highest, value);
        }
        series->append(set);
    }
    chart->addSeries(series);
    QStringList categories;
    for (const PeriodTotals &bucket : totals)
        categories << periodLabel(bucket.startMs, period);
    auto *xAxis = new QBarCategoryAxis(chart);
    xAxis->append(categories);
    xAxis->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    auto *yAxis = new QValueAxis(chart);
    yAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(u"%.0f"_s);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void OverviewPage::exportBooks()
{
    const QString suggested = u"payments-%1-%2.csv"_s.arg(m_from->date().toString(u"yyyyMMdd"_s),
                                                          m_to->date().toString(u"yyyyMMdd"_s));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the books"), suggested, tr("CSV for spreadsheets (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const QString format =
        path.endsWith(u".json"_s, Qt::CaseInsensitive) || filter.contains(u"json"_s) ? u"json"_s : u"csv"_s;
    m_console.exportPaymentReport(
        m_livemode, fromMs(), toMs(), format, this,
        [this, path](const std::optional<QByteArray> &bytes, const QString &error) {
            if (!bytes) {
                QMessageBox::warning(this, tr("Export the books"), error);
                return;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
                QMessageBox::warning(this, tr("Export the books"),
                                     tr("Cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            m_summary->setText(m_summary->text() + u"  "_s + tr("Saved to %1.").arg(path));
        });
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Fresh each time it is shown: payments may have arrived meanwhile.
    reload();
}
