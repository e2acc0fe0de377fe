#include "HealthBar.h"

#include "Backend.h"
#include "StatusStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QString dot(Health health)
{
    return u"<span style=\"color:%1\">●</span>"_s.arg(healthColor(health).name());
}

QLabel *makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

HealthBar::HealthBar(Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(16);
    m_chains = makeLabel(this);
    m_prices = makeLabel(this);
    m_webhooks = makeLabel(this);
    layout->addWidget(m_chains);
    layout->addWidget(m_prices);
    layout->addWidget(m_webhooks);
    for (ChainWatcher *watcher : backend.watchers())
        connect(watcher, &ChainWatcher::statusChanged, this, &HealthBar::refresh);
    if (WebhookDispatcher *dispatcher = backend.webhookDispatcher())
        connect(dispatcher, &WebhookDispatcher::attemptFinished, this, &HealthBar::refresh);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &HealthBar::refresh);
    timer->start(5000);
    refresh();
}

void HealthBar::setLivemode(bool livemode)
{
    m_livemode = livemode;
    refresh();
}

void HealthBar::refresh()
{
    QStringList chains;
    QStringList chainTips;
    for (const ChainWatcher *watcher : m_backend.watchers()) {
        const ChainStatus &status = watcher->status();
        const Health health = status.state == u"ok"_s ? Health::Ok
                              : status.state == u"syncing"_s || status.state == u"starting"_s
                                  ? Health::Warning
                                  : Health::Error;
        QString text = tr("chain %1").arg(status.chainId);
        if (status.head >= 0)
            text += u' ' + tr("head %1").arg(status.head);
        else
            text += u' ' + status.state;
        chains << dot(health) + u' ' + text.toHtmlEscaped();
        chainTips << tr("%1 (%2): %3%4")
                         .arg(status.name)
                         .arg(status.chainId)
                         .arg(status.state,
                              status.lastError.isEmpty() ? QString() : u" — "_s + status.lastError);
    }
    if (chains.isEmpty())
        chains << dot(Health::Warning) + u' ' + tr("no chain watched");
    m_chains->setText(chains.join(u" · "_s));
    m_chains->setToolTip(chainTips.join(u'\n'));

    const AppConfig &config = m_backend.config();
    const QString source = config.priceSources.value(0);
    QString price = tr("price %1").arg(source);
    if (source == u"fixed"_s) {
        for (const ExchangeRate &rate : config.fixedRates)
            if (rate.quote == u"USD"_s)
                price += u' ' + rate.toDecimalString();
    }
    m_prices->setText(dot(Health::Ok) + u' ' + price.toHtmlEscaped());
    m_prices->setToolTip(tr("Price sources, in order: %1").arg(config.priceSources.join(u", "_s)));

    int enabled = 0;
    int failing = 0;
    try {
        for (const WebhookEndpoint &endpoint : m_backend.store().listWebhookEndpoints(m_livemode)) {
            if (!endpoint.enabled)
                continue;
            ++enabled;
            if (endpoint.failingSinceMs)
                ++failing;
        }
    } catch (const StoreError &) {
        failing = -1;
    }
    if (failing < 0)
        m_webhooks->setText(dot(Health::Error) + u' ' + tr("webhooks: database error"));
    else if (enabled == 0)
        m_webhooks->setText(dot(Health::Warning) + u' ' + tr("no webhook endpoint"));
    else if (failing > 0)
        m_webhooks->setText(dot(Health::Error) + u' ' +
                            tr("webhooks: %1 of %2 failing").arg(failing).arg(enabled));
    else
        m_webhooks->setText(dot(Health::Ok) + u' ' + tr("webhooks ok"));
}

QString HealthBar::text() const
{
    auto plain = [](const QLabel *label) {
        QString text = label->text();
        text.remove(QRegularExpression(u"<[^>]*>"_s));
        return text;
    };
    return plain(m_chains) + u" · "_s + plain(m_prices) + u" · "_s + plain(m_webhooks);
}
