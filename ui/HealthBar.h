#pragma once

#include "Console.h"
#include "StatusStyle.h"

#include <QWidget>

class QLabel;

// The status bar's health at a glance: each chain (state and head), the price sources and the webhook
// endpoints, each as a coloured dot with words.
class HealthBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthBar)

public:
    explicit HealthBar(interfaces::Console &console, QWidget *parent = nullptr);

    void setLivemode(bool livemode);
    void refresh();
    QString text() const; // everything it says, for tests
    Health priceHealth() const { return m_priceHealth; }
    QString priceDetails() const; // the price tooltip as plain text

private:
    void refreshPrices(const interfaces::HealthSnapshot &snapshot);
    void showWebhooks(const std::optional<interfaces::WebhookHealth> &webhooks, const QString &error);
    static QString sourceName(const QString &source);

    interfaces::Console &m_console;
    bool m_livemode = false;
    QLabel *m_chains = nullptr;
    QLabel *m_prices = nullptr;
    QLabel *m_webhooks = nullptr;
    Health m_priceHealth = Health::Ok;
};
