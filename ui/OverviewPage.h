#pragma once

#include "Console.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;

// Overview: per day, week or month of a range (the last 30 days at first), the sessions paid, the fiat
// value received per currency and what arrived per asset, as a table and a bar chart; and Export…, the
// books of the range as a CSV or JSON file.
class OverviewPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(interfaces::Console &console, QWidget *parent = nullptr);

    void setLivemode(bool livemode);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRows(const QList<PaymentReportRow> &rows);
    void exportBooks();
    qint64 fromMs() const;
    qint64 toMs() const;

    interfaces::Console &m_console;
    bool m_livemode = false;
    int m_generation = 0;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chart = nullptr;
    QTreeWidget *m_table = nullptr;
};
