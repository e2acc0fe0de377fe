#pragma once

#include "Console.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// Webhook endpoints (create with the secret shown once, enable/disable, roll the secret) and the delivery
// log (filter by endpoint and result, the request and the answers, resend).
class WebhooksPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPage)

public:
    explicit WebhooksPage(interfaces::Console &console, QWidget *parent = nullptr);

    void setLivemode(bool livemode);
    void reload();

private:
    void createEndpoint();
    void toggleEndpoint();
    void rollSecret();
    void reloadLog();
    void showLog(const QList<WebhookDelivery> &deliveries);
    void showDelivery();
    void showDeliveryDetail(const interfaces::DeliveryDetail &detail);
    void resend();
    QString selectedEndpointId() const;

    interfaces::Console &m_console;
    bool m_livemode = false;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_events = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_endpoints = nullptr;
    QStackedWidget *m_listsOrEmpty = nullptr; // the endpoints and their log, or what webhooks are for
    QPushButton *m_toggle = nullptr;
    QPushButton *m_roll = nullptr;
    QComboBox *m_endpointFilter = nullptr;
    QComboBox *m_resultFilter = nullptr;
    QTreeWidget *m_log = nullptr;
    QTimer m_logRefresh;
    int m_logGeneration = 0; // replies for an earlier filter are dropped
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPushButton *m_resend = nullptr;
};
