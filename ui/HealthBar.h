#pragma once

#include <QWidget>

class Backend;
class QLabel;

// The status bar's health at a glance: each chain (state and head), the price sources and the webhook
// endpoints, each as a coloured dot with words.
class HealthBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthBar)

public:
    explicit HealthBar(Backend &backend, QWidget *parent = nullptr);

    void setLivemode(bool livemode);
    void refresh();
    QString text() const; // everything it says, for tests

private:
    Backend &m_backend;
    bool m_livemode = false;
    QLabel *m_chains = nullptr;
    QLabel *m_prices = nullptr;
    QLabel *m_webhooks = nullptr;
};
