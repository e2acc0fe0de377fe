#include "HealthBar.h"

#include "Console.h"
#include "StatusStyle.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
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

HealthBar::HealthBar(interfaces::Console &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
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
    connect(&console, &interfaces::Console::healthChanged, this, &HealthBar::refresh);
    connect(&console, &interfaces::Console::webhookAttempted, this, &HealthBar::refresh);
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
    const interfaces::HealthSnapshot snapshot = m_console.health();
    using State = interfaces::ChainHealth::State;
    using TestChain = interfaces::ChainHealth::TestChain;
    for (const interfaces::ChainHealth &status : snapshot.chains) {
        Health health = status.state == State::Ok                                           ? Health::Ok
                        : status.state == State::Syncing || status.state == State::Starting ? Health::Warning
                                                                                            : Health::Error;
        // In words a shop owner can act on; the tooltip says what to do.
        const QString name = status.name.isEmpty() ? tr("Chain %1").arg(status.chainId) : status.name;
        const QString &node = status.nodeUrl;
        QString text;
        QString tip = tr("%1 (chain %2) at %3.").arg(name).arg(status.chainId).arg(node);
        switch (status.state) {
        case State::Ok:
            text = tr("%1: block %2").arg(name).arg(status.head);
            break;
        case State::Syncing:
            text = tr("%1: catching up, block %2").arg(name).arg(status.head);
            break;
        case State::Starting:
            text = tr("%1: connecting…").arg(name);
            break;
        case State::Behind:
            text = tr("%1: node behind, waiting").arg(name);
            tip += u' ' + tr("The node answers with older blocks than it did; payments wait until it "
                             "catches up. If it stays behind, use another node.");
            break;
        case State::Misconfigured:
            text = tr("%1: wrong chain at the node").arg(name);
            tip += u' ' + tr("Correct [chain.%1] rpcUrl in Settings.").arg(status.chainId);
            break;
        case State::Unreachable:
            text = tr("Node unreachable: %1").arg(node);
            tip += u' ' + tr("Start the node, or correct [chain.%1] rpcUrl in Settings.").arg(status.chainId);
            break;
        }
        if (!status.lastError.isEmpty() && status.state != State::Ok)
            tip += u'\n' + tr("Last error: %1").arg(status.lastError);
        // The test chain the program started itself says so, in words, with what to do when it fails.
        switch (status.testChain) {
        case TestChain::Running:
            if (health == Health::Ok) {
                text = tr("Test chain running, block %1").arg(status.head);
                tip = tr("A local test chain (Anvil) that Crypto Checkout started for test mode at %1. "
                         "Test sessions are paid on it; its blocks and balances are kept in the data "
                         "directory.")
                          .arg(status.testChainUrl);
            }
            break;
        case TestChain::Starting:
            text = tr("Test chain starting…");
            break;
        case TestChain::Failed:
            health = Health::Error;
            text = tr("Test chain failed");
            tip = tr("The built-in test chain could not run: %1\nRestart Crypto Checkout; if it fails "
                     "again, "
                     "run your own node at %2 or set [test] builtinChain=false.")
                      .arg(status.testChainDetail, status.testChainUrl);
            break;
        case TestChain::None:
            break;
        }
        chains << dot(health) + u' ' + text.toHtmlEscaped();
        chainTips << tip;
    }
    if (chains.isEmpty())
        chains << dot(Health::Warning) + u' ' + tr("no chain watched");
    m_chains->setText(chains.join(u" · "_s));
    m_chains->setToolTip(chainTips.join(u'\n'));

    refreshPrices(snapshot);

    // The endpoints are read on the console's reader thread; the words follow when they arrive.
    m_console.loadWebhookHealth(m_livemode, this,
                                [this](const std::optional<interfaces::WebhookHealth> &webhooks,
                                       const QString &error) { showWebhooks(webhooks, error); });
}

void HealthBar::showWebhooks(const std::optional<interfaces::WebhookHealth> &webhooks, const QString &error)
{
    if (!webhooks) {
        m_webhooks->setText(dot(Health::Error) + u' ' + tr("webhooks: database error"));
        m_webhooks->setToolTip(error);
        return;
    }
    m_webhooks->setToolTip({});
    const int enabled = webhooks->enabled;
    const int failing = webhooks->failing;
    if (enabled == 0)
        m_webhooks->setText(dot(Health::Warning) + u' ' + tr("no webhook endpoint"));
    else if (failing > 0)
        m_webhooks->setText(dot(Health::Error) + u' ' +
                            tr("webhooks: %1 of %2 failing").arg(failing).arg(enabled));
    else
        m_webhooks->setText(dot(Health::Ok) + u' ' + tr("webhooks ok"));
}

// A price source as the status bar names it: the provider's own name, or "fixed" in the user's language.
QString HealthBar::sourceName(const QString &source)
{
    if (source == u"fixed"_s)
        return tr("fixed");
    if (source == u"coinbase"_s)
        return u"Coinbase"_s;
    if (source == u"kraken"_s)
        return u"Kraken"_s;
    if (source == u"coingecko"_s)
        return u"CoinGecko"_s;
    if (source == u"chainlink"_s)
        return u"Chainlink"_s;
    return source;
}

// One entry per coin in use (each mode's chain coin, in USD). Green: the first configured source prices
// every one and no source reports an error. Amber: a rate comes from a fallback source, some source is
// failing, or live prices are fixed by the operator. Red: a coin in use has no fresh rate, so that mode's
// new sessions are refused (503 rate_unavailable).
void HealthBar::refreshPrices(const interfaces::HealthSnapshot &snapshot)
{
    const QJsonObject &status = snapshot.prices;
    const QStringList &configured = snapshot.priceSources;
    QStringList tips{tr("Price sources, in order: %1").arg(configured.join(u", "_s))};
    bool anyFailing = false;
    for (const QJsonValue &value : status.value(u"sources"_s).toArray()) {
        const QJsonObject source = value.toObject();
        const QJsonObject rates = source.value(u"rates"_s).toObject();
        for (auto it = rates.constBegin(); it != rates.constEnd(); ++it) {
            const QJsonObject rate = it.value().toObject();
            const QString error = rate.value(u"error"_s).toString();
            anyFailing = anyFailing || !error.isEmpty() || !rate.value(u"fresh"_s).toBool();
            QString line = source.value(u"name"_s).toString() + u": "_s + it.key() + u' ';
            if (rate.contains(u"rate"_s))
                line += rate.value(u"rate"_s).toString() + u' ';
            line += rate.value(u"fresh"_s).toBool() ? tr("fresh") : tr("not fresh");
            if (!error.isEmpty())
                line += u" — "_s + error;
            tips << line;
        }
    }
    Health health = Health::Ok;
    QStringList shown;
    QStringList missing;
    for (const QJsonValue &value : status.value(u"pairs"_s).toArray()) {
        const QJsonObject pair = value.toObject();
        const bool live = pair.value(u"mode"_s).toString() == u"live"_s;
        const QString name = pair.value(u"pair"_s).toString();
        const QString label = live ? tr("live %1").arg(name) : name;
        if (pair.value(u"status"_s).toString() != u"ok"_s) {
            missing << label;
            tips.insert(1, pair.value(u"error"_s).toString());
            continue;
        }
        const QString source = pair.value(u"source"_s).toString();
        QString from = sourceName(source);
        // A market rate says how old it is: "Coinbase, 2 min ago".
        const QDateTime fetched =
            QDateTime::fromString(pair.value(u"fetchedAt"_s).toString(), Qt::ISODateWithMs);
        if (source != u"fixed"_s && fetched.isValid()) {
            const qint64 minutes = std::max<qint64>(0, fetched.secsTo(QDateTime::currentDateTimeUtc()) / 60);
            from = minutes == 0
                       ? tr("%1, just now").arg(from)
                       : tr("%1, %n min ago", nullptr, static_cast<int>(std::min<qint64>(minutes, 9999)))
                             .arg(from);
        }
        shown << tr("%1 %2 (%3)").arg(label, pair.value(u"rate"_s).toString(), from);
        if (source != configured.value(0))
            health = Health::Warning;
    }
    if (anyFailing || (status.value(u"liveFixedByOperator"_s).toBool() && snapshot.liveInUse))
        health = std::max(health, Health::Warning);
    QString text = tr("price %1").arg(shown.join(u", "_s));
    if (!missing.isEmpty()) {
        health = Health::Error;
        text = tr("no price for %1: its new sessions are refused").arg(missing.join(u", "_s));
    }
    m_prices->setText(dot(health) + u' ' + text.toHtmlEscaped());
    for (QString &tip : tips)
        tip = tip.toHtmlEscaped();
    m_prices->setToolTip(u"<qt>"_s + tips.join(u"<br>"_s) + u"</qt>"_s);
    m_priceHealth = health;
}

QString HealthBar::priceDetails() const
{
    QString details = m_prices->toolTip();
    details.replace(u"<br>"_s, u"\n"_s).remove(QRegularExpression(u"<[^>]*>"_s));
    return details;
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
