#pragma once

#include <QTimer>
#include <QWidget>

class Backend;
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
    explicit WebhooksPage(Backend &backend, QWidget *parent = nullptr);

    void setLivemode(bool livemode);
    void reload();

private:
    void createEndpoint();
    void toggleEndpoint();
    void rollSecret();
    void reloadLog();
    void showDelivery();
    void resend();
    QString selectedEndpointId() const;

    Backend &m_backend;
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
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPushButton *m_resend = nullptr;
};
