#include "SettingsPage.h"

#include "Console.h"
#include "ConsoleFormat.h"
#include "ExtendedPublicKey.h"
#include "StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString ratesText(const QList<ExchangeRate> &rates)
{
    QStringList parts;
    for (const ExchangeRate &rate : rates)
        parts << u"%1-%2:%3"_s.arg(rate.base, rate.quote, rate.toDecimalString());
    return parts.join(u',');
}

QString tokensText(const QList<TokenConfig> &tokens)
{
    QStringList parts;
    for (const TokenConfig &token : tokens)
        parts << u"%1:%2:%3"_s.arg(token.symbol, token.contract).arg(token.decimals) +
                     (token.peg.isEmpty() ? QString() : u":"_s + token.peg);
    return parts.join(u',');
}

QString feedsText(const QList<ChainlinkFeedConfig> &feeds)
{
    QStringList parts;
    for (const ChainlinkFeedConfig &feed : feeds)
        parts << u"%1:%2:%3"_s.arg(feed.chainId).arg(feed.pair.name(), feed.address);
    return parts.join(u',');
}

// 300 basis points -> "3", 250 -> "2.5": as the key is written.
QString percentText(int basisPoints)
{
    QString text = formatUnits(UInt256{static_cast<std::uint64_t>(std::max(0, basisPoints))}, 2);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// A chain's settings as the form shows them: key (as in [chain.<id>]) -> text.
QString urlsText(const QList<QUrl> &urls)
{
    QStringList parts;
    for (const QUrl &url : urls)
        parts << url.toString();
    return parts.join(u',');
}

QMap<QString, QString> chainTexts(const ChainConfig &chain)
{
    return {{u"name"_s, chain.name},
            {u"rpcUrl"_s, chain.rpcUrl.toString()},
            {u"confirmations"_s, QString::number(chain.confirmations)},
            {u"pollIntervalMs"_s, QString::number(chain.pollIntervalMs)},
            {u"symbol"_s, chain.symbol},
            {u"explorerUrl"_s, chain.explorerUrl.toString()},
            {u"tokens"_s, tokensText(chain.tokens)},
            {u"confirmRpcUrls"_s, urlsText(chain.confirmRpcUrls)}};
}

} // namespace

SettingsPage::SettingsPage(interfaces::Console &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        layout->addWidget(box);
        return form;
    };
    QFormLayout *server = group(tr("Server"));
    addField(server, u"server/listen"_s, tr("Listen on"),
             tr("Address and port of the API and checkout pages."));
    m_allowRemote =
        new QCheckBox(tr("Allow a non-loopback listen address (put a TLS proxy in front)"), content);
    server->addRow(QString(), m_allowRemote);
    addField(server, u"server/publicUrl"_s, tr("Public URL"),
             tr("The address customers reach; empty: derived."));
    addField(server, u"server/trustedProxies"_s, tr("Trusted proxies"),
             tr("Addresses or subnets of your reverse proxies, comma-separated (e.g. 127.0.0.1)"));
    addField(server, u"server/maxConnections"_s, tr("Connections at most"), tr("In total"));
    addField(server, u"server/maxConnectionsPerClient"_s, tr("Connections per client"),
             tr("From one address"));

    QFormLayout *checkout = group(tr("Checkout"));
    addField(checkout, u"checkout/ttlMinutes"_s, tr("Time to pay (minutes)"), tr("1 to 10080"));
    addField(checkout, u"checkout/graceMinutes"_s, tr("Grace after expiry (minutes)"),
             tr("A payment confirming within this window makes the session paid_late."));
    addField(checkout, u"checkout/underpaymentTolerancePercent"_s, tr("Underpayment tolerance (%)"),
             tr("A payment this much short still completes a session, e.g. 0.5"));

    // [shop]: what the customer sees of the shop on the checkout page, the receipt and the customer display.
    QFormLayout *shop = group(tr("Shop"));
    addField(shop, u"shop/name"_s, tr("Shop name"),
             tr("Shown at the top of the checkout page and the receipt"));
    addField(shop, u"shop/logo"_s, tr("Logo file"),
             tr("A PNG or SVG file of at most 256 KiB, relative to the data directory or absolute"));
    addField(
        shop, u"shop/accentColor"_s, tr("Accent colour"),
        tr("#rrggbb for the pay button; a colour too light for white text (WCAG AA, 4.5:1) is not used"));
    addField(shop, u"shop/supportEmail"_s, tr("Support email"), tr("Shown on the receipt"));
    addField(shop, u"shop/website"_s, tr("Website"), tr("The shop's name links there"));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const bool live : {false, true}) {
        QFormLayout *mode = group(live ? tr("Live mode") : tr("Test mode"));
        const QString section = live ? u"live"_s : u"test"_s;
        auto *xpub = addField(mode, section + u"/xpub"_s, tr("Account xpub"),
                              tr("The account-level extended public key (m/44'/60'/0') of your wallet."));
        xpub->setFont(mono);
        auto *preview = new QPushButton(tr("Show first addresses"), content);
        auto *addresses = new QLabel(content);
        addresses->setFont(mono);
        addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addresses->setWordWrap(true);
        mode->addRow(preview, addresses);
        connect(preview, &QPushButton::clicked, this, [this, live] { previewXpub(live); });
        (live ? m_livePreview : m_testPreview) = addresses;
        addField(mode, section + u"/chainId"_s, tr("Chain id"), tr("The chain sessions of this mode go on."));
    }

    QFormLayout *chains = group(tr("Chains"));
    m_chain = new QComboBox(content);
    for (const ChainConfig &chain : console.config().chains)
        m_chain->addItem(u"%1 (%2)"_s.arg(chain.name).arg(chain.chainId), chain.chainId);
    m_chain->setToolTip(
        tr("Edits to one chain are kept while you look at another, until you save or revert."));
    chains->addRow(tr("Chain"), m_chain);
    addField(chains, u"chain/name"_s, tr("Name"), {});
    addField(chains, u"chain/rpcUrl"_s, tr("RPC URL"), tr("http(s) or ws(s) JSON-RPC endpoint"));
    addField(chains, u"chain/confirmations"_s, tr("Confirmations"), {});
    addField(chains, u"chain/pollIntervalMs"_s, tr("Poll interval (ms)"), {});
    addField(chains, u"chain/symbol"_s, tr("Native symbol"), tr("e.g. ETH, POL"));
    addField(chains, u"chain/explorerUrl"_s, tr("Explorer URL"), tr("e.g. https://etherscan.io"));
    addField(chains, u"chain/tokens"_s, tr("Tokens"),
             tr("SYMBOL:0xContract:decimals[:PEG], comma-separated; empty: the shipped list"));
    addField(
        chains, u"chain/confirmRpcUrls"_s, tr("Confirmation nodes"),
        tr("Other RPC URLs, comma-separated, that must return the same receipt before a session is paid"));
    auto *testRpcButton = new QPushButton(tr("Test RPC"), content);
    m_rpcResult = new QLabel(content);
    m_rpcResult->setWordWrap(true);
    chains->addRow(testRpcButton, m_rpcResult);
    connect(testRpcButton, &QPushButton::clicked, this, &SettingsPage::testRpc);
    connect(m_chain, &QComboBox::currentIndexChanged, this, &SettingsPage::loadChain);

    QFormLayout *prices = group(tr("Prices"));
    addField(prices, u"prices/sources"_s, tr("Sources"), tr("Ordered, comma-separated"));
    addField(prices, u"prices/fixedRates"_s, tr("Fixed rates"),
             tr("<coin>-<currency>:<rate>, comma-separated (ETH-USD:3000, POL-EUR:0.23); written here, they "
                "also price live sessions"));
    addField(prices, u"prices/currencies"_s, tr("Currencies kept fresh"), tr("Comma-separated; USD always"));
    addField(prices, u"prices/coinbaseUrl"_s, tr("Coinbase URL"), {});
    addField(prices, u"prices/krakenUrl"_s, tr("Kraken URL"), {});
    addField(prices, u"prices/coingeckoUrl"_s, tr("CoinGecko URL"), {});
    addField(prices, u"prices/coingeckoApiKey"_s, tr("CoinGecko API key"), tr("Optional (demo or pro key)"));
    addField(prices, u"prices/coingeckoIds"_s, tr("CoinGecko ids"),
             tr("<symbol>:<CoinGecko id>, comma-separated, for coins CoinGecko does not know by symbol"));
    addField(prices, u"prices/timeoutSeconds"_s, tr("Timeout (s)"), tr("Per request to a provider"));
    addField(prices, u"prices/refreshSeconds"_s, tr("Refresh every (s)"), {});
    addField(prices, u"prices/maxAgeSeconds"_s, tr("Maximum age (s)"), tr("An older rate is not used"));
    addField(prices, u"prices/maxDeviationPercent"_s, tr("Outlier limit (%)"),
             tr("A source further than this from the median is skipped"));
    addField(prices, u"prices/chainlinkFeeds"_s, tr("Chainlink feeds"),
             tr("chainId:<coin>-<currency>:<aggregator>, comma-separated"));
    addField(prices, u"prices/chainlinkMaxAgeSeconds"_s, tr("Chainlink maximum age (s)"), {});

    QFormLayout *webhooks = group(tr("Webhooks"));
    addField(webhooks, u"webhooks/retryBaseSeconds"_s, tr("First retry after (s)"), {});
    addField(webhooks, u"webhooks/timeoutSeconds"_s, tr("Timeout (s)"), {});

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *revert = new QPushButton(tr("Revert"), this);
    connect(revert, &QPushButton::clicked, this, &SettingsPage::load);
    auto *saveButton = new QPushButton(tr("Save"), this);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(revert);
    bottom->addWidget(saveButton);
    outer->addLayout(bottom);

    // Defaults: what AppConfig gives for an empty directory.
    QTemporaryDir empty;
    if (const auto defaults = AppConfig::load(empty.path())) {
        m_defaults = {
            {u"server/listen"_s, defaults->listenText()},
            {u"server/publicUrl"_s, QString()},
            {u"server/trustedProxies"_s, QString()},
            {u"server/maxConnections"_s, QString::number(defaults->connectionLimits.maxConnections)},
            {u"server/maxConnectionsPerClient"_s,
             QString::number(defaults->connectionLimits.maxConnectionsPerClient)},
            {u"checkout/ttlMinutes"_s, QString::number(defaults->ttlMinutes)},
            {u"checkout/graceMinutes"_s, QString::number(defaults->graceMinutes)},
            {u"checkout/underpaymentTolerancePercent"_s, u"0"_s},
            {u"test/xpub"_s, defaults->test.xpub},
            {u"test/chainId"_s, QString::number(defaults->test.chainId)},
            {u"live/xpub"_s, defaults->live.xpub},
            {u"live/chainId"_s, QString::number(defaults->live.chainId)},
            {u"prices/sources"_s, defaults->priceSources.join(u',')},
            {u"prices/fixedRates"_s, ratesText(defaults->fixedRates)},
            {u"prices/currencies"_s, defaults->priceCurrencies.join(u',')},
            {u"prices/coinbaseUrl"_s, defaults->coinbaseUrl.toString()},
            {u"prices/krakenUrl"_s, defaults->krakenUrl.toString()},
            {u"prices/coingeckoUrl"_s, defaults->coingeckoUrl.toString()},
            {u"prices/coingeckoApiKey"_s, defaults->coingeckoApiKey},
            {u"prices/coingeckoIds"_s, QString()},
            {u"prices/timeoutSeconds"_s, QString::number(defaults->priceTimeoutSeconds)},
            {u"prices/refreshSeconds"_s, QString::number(defaults->priceRefreshSeconds)},
            {u"prices/maxAgeSeconds"_s, QString::number(defaults->priceMaxAgeSeconds)},
            {u"prices/maxDeviationPercent"_s, percentText(defaults->priceMaxDeviationBasisPoints)},
            {u"prices/chainlinkFeeds"_s, feedsText(defaults->chainlinkFeeds)},
            {u"prices/chainlinkMaxAgeSeconds"_s, QString::number(defaults->chainlinkMaxAgeSeconds)},
            {u"webhooks/retryBaseSeconds"_s, QString::number(defaults->webhookRetryBaseSeconds)},
            {u"webhooks/timeoutSeconds"_s, QString::number(defaults->webhookTimeoutSeconds)},
            {u"shop/name"_s, QString()},
            {u"shop/logo"_s, QString()},
            {u"shop/accentColor"_s, QString()},
            {u"shop/supportEmail"_s, QString()},
            {u"shop/website"_s, QString()}};
    }
    load();
}

QLineEdit *SettingsPage::addField(QFormLayout *form, const QString &key, const QString &label,
                                  const QString &tip)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setToolTip(tip.isEmpty() ? key : u"%1\n[%2]"_s.arg(tip, key));
    edit->setAccessibleName(label);
    form->addRow(label, edit);
    m_fields.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this] { m_message->clear(); });
    return edit;
}

void SettingsPage::load()
{
    m_file = m_console.configFileEntries();
    m_keysInFile = m_file.keys();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (it.key().startsWith(u"chain/"_s))
            continue;
        it.value()->setText(m_file.value(it.key(), m_defaults.value(it.key())));
        it.value()->setPlaceholderText(m_defaults.value(it.key()));
    }
    m_allowRemote->setChecked(m_file.value(u"server/allowRemote"_s, u"false"_s) == u"true"_s);
    m_chainForms.clear(); // a revert drops the edits of every chain
    m_loadedChain.clear();
    loadChain();
    m_message->clear();
}

QMap<QString, QString> SettingsPage::chainFieldTexts() const
{
    QMap<QString, QString> texts;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.key().startsWith(u"chain/"_s))
            texts.insert(it.key().mid(6), it.value()->text());
    return texts;
}

void SettingsPage::loadChain()
{
    // Keep what was typed for the chain shown until now.
    if (!m_loadedChain.isEmpty())
        m_chainForms[m_loadedChain].texts = chainFieldTexts();
    const qint64 chainId = m_chain->currentData().toLongLong();
    const ChainConfig current = m_console.config().chains.value(chainId);
    const ChainConfig shipped = AppConfig::defaultChains().value(chainId, current);
    const QString group = u"chain.%1"_s.arg(chainId);
    ChainForm &form = m_chainForms[group];
    form.defaults = chainTexts(shipped);
    if (form.texts.isEmpty()) {
        const QMap<QString, QString> running = chainTexts(current);
        for (auto it = running.cbegin(); it != running.cend(); ++it)
            form.texts.insert(it.key(), m_file.value(group + u'/' + it.key(), it.value()));
    }
    for (auto it = form.texts.cbegin(); it != form.texts.cend(); ++it) {
        QLineEdit *edit = m_fields.value(u"chain/"_s + it.key());
        edit->setText(it.value());
        edit->setPlaceholderText(form.defaults.value(it.key()));
    }
    m_loadedChain = group;
    m_rpcResult->clear();
}

QMap<QString, QString> SettingsPage::values() const
{
    QMap<QString, QString> result;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.key().startsWith(u"chain/"_s))
            continue;
        const QString text = it.value()->text().trimmed();
        if (text != m_defaults.value(it.key()) || m_keysInFile.contains(it.key()))
            result.insert(it.key(), text);
    }
    // Every chain that was looked at: the one shown from the form, the others as they were left.
    for (auto form = m_chainForms.cbegin(); form != m_chainForms.cend(); ++form) {
        const QMap<QString, QString> texts = form.key() == m_loadedChain ? chainFieldTexts() : form->texts;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const QString key = form.key() + u'/' + it.key();
            const QString text = it.value().trimmed();
            if (text != form->defaults.value(it.key()) || m_keysInFile.contains(key))
                result.insert(key, text);
        }
    }
    if (m_allowRemote->isChecked() || m_keysInFile.contains(u"server/allowRemote"_s))
        result.insert(u"server/allowRemote"_s, m_allowRemote->isChecked() ? u"true"_s : u"false"_s);
    return result;
}

QString SettingsPage::validate() const
{
    QStringList problems;
    if (const QString checked = m_console.checkConfig(values()); !checked.isEmpty())
        problems << checked;
    // The program starts with a bad xpub (that mode just cannot take payments); the form refuses it.
    for (const QString &mode : {u"test"_s, u"live"_s}) {
        const QString xpub = m_fields.value(mode + u"/xpub"_s)->text().trimmed();
        if (xpub.isEmpty())
            continue;
        if (const auto key = ExtendedPublicKey::parse(xpub); !key)
            problems << u"[%1] xpub: %2"_s.arg(mode, key.error());
    }
    return problems.join(u'\n');
}

bool SettingsPage::save()
{
    const QString problems = validate();
    QPalette palette = m_message->palette();
    if (!problems.isEmpty()) {
        palette.setColor(QPalette::WindowText, statusColor(SessionStatus::Failed));
        m_message->setPalette(palette);
        m_message->setText(tr("⚠ Not saved: %1").arg(problems));
        return false;
    }
    QString error;
    const QString path = m_console.config().configPath();
    if (!m_console.saveConfig(values(), &error)) {
        palette.setColor(QPalette::WindowText, statusColor(SessionStatus::Failed));
        m_message->setPalette(palette);
        m_message->setText(tr("⚠ Not saved: %1").arg(error));
        return false;
    }
    m_message->setPalette(this->palette());
    m_message->setText(tr("Saved to %1. Restart Crypto Checkout to apply.").arg(path));
    m_file = m_console.configFileEntries();
    m_keysInFile = m_file.keys();
    return true;
}

void SettingsPage::previewXpub(bool livemode)
{
    QLabel *label = livemode ? m_livePreview : m_testPreview;
    const QString text = m_fields.value(livemode ? u"live/xpub"_s : u"test/xpub"_s)->text().trimmed();
    if (text.isEmpty()) {
        label->setText(tr("No xpub."));
        return;
    }
    const auto key = ExtendedPublicKey::parse(text);
    if (!key) {
        label->setText(tr("⚠ %1").arg(key.error()));
        return;
    }
    label->setText(firstAddresses(*key) + u'\n' +
                   tr("Compare with the first receiving addresses in your wallet."));
}

void SettingsPage::testRpc()
{
    const QUrl url(m_fields.value(u"chain/rpcUrl"_s)->text().trimmed());
    if (!url.isValid() || url.scheme().isEmpty()) {
        m_rpcResult->setText(tr("⚠ Not a URL."));
        return;
    }
    const qint64 expected = m_chain->currentData().toLongLong();
    m_rpcResult->setText(tr("Asking %1…").arg(url.toString()));
    m_console.probeRpc(
        url, this, [this, expected](const std::optional<interfaces::RpcProbe> &probe, const QString &) {
            if (!probe || !probe->chainId)
                m_rpcResult->setText(tr("⚠ %1").arg(probe ? probe->error : tr("No answer.")));
            else if (*probe->chainId == expected)
                m_rpcResult->setText(
                    tr("✓ eth_chainId = %1: the node is on this chain.").arg(*probe->chainId));
            else
                m_rpcResult->setText(
                    tr("⚠ eth_chainId = %1, but this is chain %2.").arg(*probe->chainId).arg(expected));
        });
}
