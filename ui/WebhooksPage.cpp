#include "WebhooksPage.h"

#include "Console.h"
#include "ConsoleFormat.h"
#include "SecretDialog.h"
#include "StatusStyle.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTreeWidget *makeList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}
} // namespace

WebhooksPage::WebhooksPage(interfaces::Console &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QHBoxLayout;
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("https://shop.example/hooks/crypto"));
    m_events = new QLineEdit(u"*"_s, this);
    m_events->setToolTip(tr("Event types, comma-separated: %1").arg(webhookEventTypes().join(u", "_s)));
    auto *create = new QPushButton(tr("Add endpoint"), this);
    connect(create, &QPushButton::clicked, this, &WebhooksPage::createEndpoint);
    form->addWidget(new QLabel(tr("URL"), this));
    form->addWidget(m_url, 2);
    form->addWidget(new QLabel(tr("Events"), this));
    form->addWidget(m_events, 1);
    form->addWidget(create);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, statusColor(SessionStatus::Failed));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *endpoints = new QWidget(splitter);
    auto *endpointsLayout = new QHBoxLayout(endpoints);
    endpointsLayout->setContentsMargins(0, 0, 0, 0);
    m_endpoints = makeList({tr("URL"), tr("Events"), tr("State"), tr("Id")}, endpoints);
    endpointsLayout->addWidget(m_endpoints, 1);
    auto *endpointButtons = new QVBoxLayout;
    m_toggle = new QPushButton(tr("Disable"), endpoints);
    connect(m_toggle, &QPushButton::clicked, this, &WebhooksPage::toggleEndpoint);
    m_roll = new QPushButton(tr("Roll secret…"), endpoints);
    m_roll->setToolTip(tr("A new signing secret; the old one keeps signing for 24 hours."));
    connect(m_roll, &QPushButton::clicked, this, &WebhooksPage::rollSecret);
    endpointButtons->addWidget(m_toggle);
    endpointButtons->addWidget(m_roll);
    endpointButtons->addStretch();
    endpointsLayout->addLayout(endpointButtons);
    connect(m_endpoints, &QTreeWidget::itemSelectionChanged, this, [this] {
        QTreeWidgetItem *item = m_endpoints->currentItem();
        m_toggle->setEnabled(item);
        m_roll->setEnabled(item);
        m_toggle->setText(item && item->data(2, Qt::UserRole).toBool() ? tr("Disable") : tr("Enable"));
    });

    auto *log = new QWidget(splitter);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Delivery log</b>"), log);
    m_endpointFilter = new QComboBox(log);
    m_endpointFilter->setAccessibleName(tr("Endpoint filter"));
    m_resultFilter = new QComboBox(log);
    m_resultFilter->setAccessibleName(tr("Result filter"));
    m_resultFilter->addItem(tr("All results"));
    m_resultFilter->addItem(tr("Delivered"), static_cast<int>(WebhookDelivery::State::Delivered));
    m_resultFilter->addItem(tr("Pending"), static_cast<int>(WebhookDelivery::State::Pending));
    m_resultFilter->addItem(tr("Failed"), static_cast<int>(WebhookDelivery::State::Failed));
    m_resend = new QPushButton(tr("Resend"), log);
    connect(m_resend, &QPushButton::clicked, this, &WebhooksPage::resend);
    filters->addWidget(title);
    filters->addStretch();
    filters->addWidget(m_endpointFilter);
    filters->addWidget(m_resultFilter);
    filters->addWidget(m_resend);
    logLayout->addLayout(filters);
    auto *logSplitter = new QSplitter(Qt::Horizontal, log);
    m_log = makeList({tr("Created"), tr("Event"), tr("Session"), tr("Endpoint"), tr("State"), tr("Attempts")},
                     logSplitter);
    auto *details = new QWidget(logSplitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_request = new QPlainTextEdit(details);
    m_request->setReadOnly(true);
    m_request->setFont(mono);
    m_response = new QPlainTextEdit(details);
    m_response->setReadOnly(true);
    m_response->setFont(mono);
    detailsLayout->addWidget(new QLabel(tr("Request body"), details));
    detailsLayout->addWidget(m_request);
    detailsLayout->addWidget(new QLabel(tr("Attempts and answers"), details));
    detailsLayout->addWidget(m_response);
    logLayout->addWidget(logSplitter, 1);
    splitter->addWidget(endpoints);
    splitter->addWidget(log);
    splitter->setStretchFactor(1, 2);
    // Until there is an endpoint: what webhooks are for and how to add one, instead of two empty lists.
    m_listsOrEmpty = new QStackedWidget(this);
    m_listsOrEmpty->addWidget(splitter);
    auto *empty = new QWidget(m_listsOrEmpty);
    empty->setObjectName(u"webhooksEmptyState"_s);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    auto *emptyTitle = new QLabel(tr("No webhook endpoints yet"), empty);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    emptyTitle->setFont(titleFont);
    auto *explanation = new QLabel(
        tr("Webhooks tell your shop's backend what happened, as it happens: a session was paid "
           "(session.paid), paid late, expired, or needs a look. Each event is a signed POST to your URL, "
           "retried for three days until your handler answers 2xx, and logged here.\n\nType your "
           "handler's URL above and click Add endpoint; you get its signing secret once. In test mode, "
           "pay a session with the test wallet and watch the delivery arrive."),
        empty);
    explanation->setWordWrap(true);
    auto *start = new QPushButton(tr("Add endpoint…"), empty);
    connect(start, &QPushButton::clicked, this, [this] { m_url->setFocus(); });
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(explanation);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(start, 0, Qt::AlignLeft);
    emptyLayout->addStretch();
    m_listsOrEmpty->addWidget(empty);
    layout->addWidget(m_listsOrEmpty, 1);

    connect(m_endpointFilter, &QComboBox::currentIndexChanged, this, &WebhooksPage::reloadLog);
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this, &WebhooksPage::reloadLog);
    connect(m_log, &QTreeWidget::itemSelectionChanged, this, &WebhooksPage::showDelivery);
    // A burst of attempts (hundreds a second) reads the log once, not once per attempt, on the GUI thread.
    m_logRefresh.setSingleShot(true);
    m_logRefresh.setInterval(300);
    connect(&m_logRefresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reloadLog();
    });
    connect(&console, &interfaces::Console::webhookAttempted, this, [this] {
        if (isVisible() && !m_logRefresh.isActive())
            m_logRefresh.start();
    });
    reload();
}

void WebhooksPage::setLivemode(bool livemode)
{
    m_livemode = livemode;
    reload();
}

QString WebhooksPage::selectedEndpointId() const
{
    QTreeWidgetItem *item = m_endpoints->currentItem();
    return item ? item->text(3) : QString();
}

void WebhooksPage::reload()
{
    const QString selected = selectedEndpointId();
    const QString filter = m_endpointFilter->currentData().toString();
    m_endpoints->clear();
    const QSignalBlocker blocker(m_endpointFilter);
    m_endpointFilter->clear();
    m_endpointFilter->addItem(tr("All endpoints"));
    QList<WebhookEndpoint> endpoints;
    try {
        endpoints = m_console.webhookEndpoints(m_livemode);
    } catch (const std::exception &error) {
        m_error->setText(QString::fromUtf8(error.what()));
        m_error->show();
    }
    for (const WebhookEndpoint &endpoint : std::as_const(endpoints)) {
        auto *item = new QTreeWidgetItem(m_endpoints);
        item->setText(0, endpoint.url);
        item->setText(1, endpoint.events.join(u", "_s));
        item->setText(2, !endpoint.enabled ? tr("disabled")
                         : endpoint.failingSinceMs
                             ? tr("failing since %1").arg(formatTime(*endpoint.failingSinceMs))
                             : tr("enabled"));
        item->setData(2, Qt::UserRole, endpoint.enabled);
        item->setText(3, endpoint.id);
        if (endpoint.id == selected)
            m_endpoints->setCurrentItem(item);
        m_endpointFilter->addItem(endpoint.url, endpoint.id);
    }
    m_endpointFilter->setCurrentIndex(std::max(0, m_endpointFilter->findData(filter)));
    for (int column = 0; column < m_endpoints->columnCount() - 1; ++column)
        m_endpoints->resizeColumnToContents(column);
    m_toggle->setEnabled(m_endpoints->currentItem());
    m_roll->setEnabled(m_endpoints->currentItem());
    m_listsOrEmpty->setCurrentIndex(endpoints.isEmpty() ? 1 : 0);
    reloadLog();
}

void WebhooksPage::createEndpoint()
{
    WebhookEndpointRequest request;
    request.url = m_url->text().trimmed();
    QStringList events;
    for (const QString &event : m_events->text().split(u',', Qt::SkipEmptyParts))
        events << event.trimmed();
    request.events = events;
    try {
        const WebhookEndpoint endpoint = m_console.createWebhookEndpoint(m_livemode, request);
        m_error->hide();
        m_url->clear();
        reload();
        SecretDialog dialog(tr("Webhook signing secret"),
                            tr("Deliveries to %1 are signed with this secret. Put it in your shop's webhook "
                               "handler to verify the Crypto-Checkout-Signature header.")
                                .arg(endpoint.url),
                            endpoint.secret, this);
        dialog.exec();
    } catch (const std::exception &error) {
        m_error->setText(tr("⚠ %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
    }
}

void WebhooksPage::toggleEndpoint()
{
    QTreeWidgetItem *item = m_endpoints->currentItem();
    if (!item)
        return;
    WebhookEndpointRequest request;
    request.enabled = !item->data(2, Qt::UserRole).toBool();
    try {
        m_console.updateWebhookEndpoint(item->text(3), m_livemode, request);
    } catch (const std::exception &error) {
        QMessageBox::warning(this, tr("Webhooks"), QString::fromUtf8(error.what()));
    }
    reload();
}

void WebhooksPage::rollSecret()
{
    const QString id = selectedEndpointId();
    if (id.isEmpty() ||
        QMessageBox::question(this, tr("Roll secret"),
                              tr("Make a new signing secret? The old one keeps signing for 24 hours, so you "
                                 "can switch your shop over without losing events.")) != QMessageBox::Yes)
        return;
    WebhookEndpointRequest request;
    request.rollSecret = true;
    try {
        const WebhookEndpoint endpoint = m_console.updateWebhookEndpoint(id, m_livemode, request);
        SecretDialog dialog(
            tr("New webhook signing secret"),
            tr("The new secret for %1. Until tomorrow deliveries carry two signatures, one per "
               "secret.")
                .arg(endpoint.url),
            endpoint.secret, this);
        dialog.exec();
    } catch (const std::exception &error) {
        QMessageBox::warning(this, tr("Webhooks"), QString::fromUtf8(error.what()));
    }
    reload();
}

void WebhooksPage::reloadLog()
{
    QStringList endpointIds;
    const QString only = m_endpointFilter->currentData().toString();
    if (!only.isEmpty())
        endpointIds << only;
    else
        for (int i = 1; i < m_endpointFilter->count(); ++i)
            endpointIds << m_endpointFilter->itemData(i).toString();
    const int generation = ++m_logGeneration;
    m_console.loadRecentDeliveries(
        endpointIds, 200, this,
        [this, generation](const std::optional<QList<WebhookDelivery>> &deliveries, const QString &error) {
            if (generation != m_logGeneration)
                return; // the filter changed since
            if (!deliveries) {
                m_error->setText(error);
                m_error->show();
            }
            showLog(deliveries.value_or(QList<WebhookDelivery>()));
        });
}

void WebhooksPage::showLog(const QList<WebhookDelivery> &deliveries)
{
    // The log is read again as deliveries happen: the delivery being looked at stays selected.
    const QVariant selected = m_log->currentItem() ? m_log->currentItem()->data(0, Qt::UserRole) : QVariant();
    const int scroll = m_log->verticalScrollBar()->value();
    const QSignalBlocker blocker(m_log);
    m_log->clear();
    m_request->clear();
    m_response->clear();
    const QVariant result = m_resultFilter->currentData();
    for (const WebhookDelivery &delivery : deliveries) {
        if (result.isValid() && static_cast<int>(delivery.state) != result.toInt())
            continue;
        auto *item = new QTreeWidgetItem(m_log);
        item->setData(0, Qt::UserRole, delivery.id);
        item->setData(1, Qt::UserRole, delivery.eventId);
        item->setData(2, Qt::UserRole, delivery.endpointId);
        item->setText(0, formatTime(delivery.createdAtMs));
        item->setText(1, delivery.eventType);
        item->setText(2, delivery.sessionId);
        item->setText(3, delivery.endpointUrl);
        item->setText(4, deliveryStateName(delivery.state));
        item->setText(5, QString::number(delivery.attempts));
        if (selected.isValid() && selected.toLongLong() == delivery.id)
            m_log->setCurrentItem(item);
    }
    for (int column = 0; column < m_log->columnCount() - 1; ++column)
        m_log->resizeColumnToContents(column);
    m_log->verticalScrollBar()->setValue(scroll);
    showDelivery(); // the request, the attempts and Resend of the selection, as they are now
}

void WebhooksPage::showDelivery()
{
    QTreeWidgetItem *item = m_log->currentItem();
    m_resend->setEnabled(item);
    if (!item)
        return;
    const qint64 deliveryId = item->data(0, Qt::UserRole).toLongLong();
    m_console.loadDeliveryDetail(
        deliveryId, item->data(1, Qt::UserRole).toString(), this,
        [this, deliveryId](const std::optional<interfaces::DeliveryDetail> &detail, const QString &error) {
            QTreeWidgetItem *current = m_log->currentItem();
            if (!current || current->data(0, Qt::UserRole).toLongLong() != deliveryId)
                return; // another delivery is selected now
            if (!detail) {
                m_response->setPlainText(error);
                return;
            }
            showDeliveryDetail(*detail);
        });
}

void WebhooksPage::showDeliveryDetail(const interfaces::DeliveryDetail &detail)
{
    {
        m_request->setPlainText(detail.requestBody.isEmpty() ? tr("(the event is gone)")
                                                             : detail.requestBody);
        QStringList lines;
        for (const WebhookAttempt &attempt : detail.attempts) {
            lines << tr("%1  %2  %3 ms  %4")
                         .arg(QDateTime::fromMSecsSinceEpoch(attempt.attemptedAtMs).toString(Qt::ISODate),
                              attempt.statusCode ? tr("HTTP %1").arg(*attempt.statusCode) : tr("no answer"))
                         .arg(attempt.latencyMs)
                         .arg(attempt.error);
            if (!attempt.responseExcerpt.isEmpty())
                lines << attempt.responseExcerpt << QString();
        }
        m_response->setPlainText(lines.isEmpty() ? tr("No attempt yet.") : lines.join(u'\n'));
    }
}

void WebhooksPage::resend()
{
    QTreeWidgetItem *item = m_log->currentItem();
    if (!item)
        return;
    try {
        // The delivery shown is to one endpoint: resent to that one, not to every endpoint of the event.
        const int queued = m_console.redeliver(item->data(1, Qt::UserRole).toString(), m_livemode,
                                               item->data(2, Qt::UserRole).toString());
        m_error->setText(tr("Queued again for %n endpoint(s).", nullptr, queued));
        m_error->setPalette(palette());
        m_error->show();
    } catch (const std::exception &error) {
        QMessageBox::warning(this, tr("Resend"), QString::fromUtf8(error.what()));
    }
    reloadLog();
}
