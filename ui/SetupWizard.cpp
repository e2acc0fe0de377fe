#include "SetupWizard.h"

#include "Console.h"
#include "ConsoleFormat.h"
#include "CopyButton.h"
#include "ExtendedPublicKey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A page whose completeness, check on Next and next page are given as functions.
class Page : public QWizardPage
{
public:
    std::function<bool()> complete = [] { return true; };
    std::function<bool()> validate = [] { return true; };
    std::function<int()> next;

    using QWizardPage::QWizardPage;
    bool isComplete() const override { return complete(); }
    bool validatePage() override { return validate(); }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    void changed() { Q_EMIT completeChanged(); }
};

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

bool SetupWizard::isFirstStart(const interfaces::Console &console)
{
    return !console.hasConfigFile();
}

SetupWizard::SetupWizard(interfaces::Console &console, QWidget *parent)
    : QWizard(parent)
    , m_console(console)
{
    setWindowTitle(tr("Set up Crypto Checkout"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    // 1. Test mode now, or live payments.
    auto *intro = new Page(this);
    intro->setTitle(tr("Welcome to Crypto Checkout"));
    auto *introLayout = new QVBoxLayout(intro);
    auto *test = new QRadioButton(tr("Try it in test mode now"), intro);
    test->setChecked(true);
    m_live = new QRadioButton(tr("Set up live payments to my wallet"), intro);
    introLayout->addWidget(test);
    introLayout->addWidget(
        wrapped(tr("A test chain runs on this computer: create sessions and pay them with the "
                   "test wallet. Nothing to configure, no real money."),
                intro));
    introLayout->addSpacing(12);
    introLayout->addWidget(m_live);
    introLayout->addWidget(wrapped(tr("Customers pay into addresses of your own wallet. You need its account "
                                      "extended public key (xpub); no private key ever enters this program."),
                                   intro));
    introLayout->addStretch();
    intro->next = [this] { return m_live->isChecked() ? int(Wallet) : int(Done); };
    intro->validate = [this] {
        if (m_live->isChecked())
            return true;
        QString error;
        if (!save(&error)) {
            m_error->setText(error);
            return false;
        }
        return true;
    };
    setPage(Intro, intro);

    // 2. The wallet's xpub, confirmed by its first three addresses.
    auto *wallet = new Page(this);
    wallet->setTitle(tr("Your wallet"));
    wallet->setSubTitle(
        tr("Paste the account extended public key (xpub, path m/44'/60'/0') your wallet exports."));
    auto *walletLayout = new QVBoxLayout(wallet);
    m_xpub = new QLineEdit(wallet);
    m_xpub->setPlaceholderText(u"xpub6…"_s);
    m_addresses = new QLabel(wallet);
    m_addresses->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addresses->setWordWrap(true);
    m_confirmed = new QCheckBox(
        tr("These are the first three receiving addresses of this account in my wallet"), wallet);
    walletLayout->addWidget(m_xpub);
    walletLayout->addWidget(m_addresses);
    walletLayout->addWidget(m_confirmed);
    walletLayout->addStretch();
    connect(m_xpub, &QLineEdit::textChanged, this, [this, wallet] {
        m_confirmed->setChecked(false);
        previewXpub();
        wallet->changed();
    });
    connect(m_confirmed, &QCheckBox::toggled, wallet, &Page::changed);
    wallet->complete = [this] {
        const QString text = m_xpub->text().trimmed();
        return m_confirmed->isChecked() && ExtendedPublicKey::parse(text) &&
               text != QLatin1StringView(AppConfig::kPublicTestXpub);
    };
    setPage(Wallet, wallet);

    // 3. The chain and its node.
    auto *chain = new Page(this);
    chain->setTitle(tr("The chain"));
    chain->setSubTitle(tr("Where your customers pay, and the node (JSON-RPC, https) that tells us about it. "
                          "Your own node or a provider's URL is more reliable than the public default."));
    auto *chainForm = new QFormLayout(chain);
    m_chain = new QComboBox(chain);
    for (const ChainConfig &config : AppConfig::defaultChains()) {
        if (config.chainId != 31337)
            m_chain->addItem(u"%1 (%2)"_s.arg(config.name).arg(config.chainId), config.chainId);
    }
    m_rpcUrl = new QLineEdit(chain);
    chainForm->addRow(tr("Chain"), m_chain);
    chainForm->addRow(tr("Node URL"), m_rpcUrl);
    auto fillRpc = [this] {
        m_rpcUrl->setText(
            AppConfig::defaultChains().value(m_chain->currentData().toLongLong()).rpcUrl.toString());
    };
    connect(m_chain, &QComboBox::currentIndexChanged, this, fillRpc);
    fillRpc();
    setPage(Chain, chain);

    // 4. Price sources: market sources for live.
    auto *prices = new Page(this);
    prices->setTitle(tr("Exchange rates"));
    prices->setSubTitle(tr("Where the fiat price of a session comes from. Rates from several sources are "
                           "compared; one that strays is dropped."));
    auto *pricesLayout = new QVBoxLayout(prices);
    for (const auto &[id, name] : QList<std::pair<QString, QString>>{{u"coinbase"_s, u"Coinbase"_s},
                                                                     {u"kraken"_s, u"Kraken"_s},
                                                                     {u"coingecko"_s, u"CoinGecko"_s},
                                                                     {u"chainlink"_s, u"Chainlink"_s}}) {
        auto *box = new QCheckBox(name, prices);
        box->setChecked(id != u"chainlink"_s);
        connect(box, &QCheckBox::toggled, prices, &Page::changed);
        m_sources.append({id, box});
        pricesLayout->addWidget(box);
    }
    pricesLayout->addStretch();
    prices->complete = [this] {
        return std::any_of(m_sources.cbegin(), m_sources.cend(),
                           [](const auto &source) { return source.second->isChecked(); });
    };
    setPage(Prices, prices);

    // 5. Optionally, the shop's webhook endpoint; then the settings are checked and written.
    auto *webhook = new Page(this);
    webhook->setTitle(tr("Webhooks (optional)"));
    webhook->setSubTitle(
        tr("The URL of your shop's handler, to be told when a session is paid. Leave it empty "
           "to add one later on the Webhooks page."));
    auto *webhookLayout = new QVBoxLayout(webhook);
    m_webhookUrl = new QLineEdit(webhook);
    m_webhookUrl->setPlaceholderText(u"https://shop.example/hooks/crypto"_s);
    m_error = new QLabel(webhook);
    m_error->setWordWrap(true);
    webhookLayout->addWidget(m_webhookUrl);
    webhookLayout->addWidget(m_error);
    webhookLayout->addStretch();
    webhook->validate = [this] {
        QString error;
        if (!save(&error)) {
            m_error->setText(tr("⚠ %1").arg(error));
            return false;
        }
        return true;
    };
    setPage(Webhook, webhook);

    // 6. Done: the first API key, shown once.
    auto *done = new Page(this);
    done->setTitle(tr("Ready"));
    auto *doneLayout = new QVBoxLayout(done);
    m_saved = wrapped(QString(), done);
    m_apiKey = new QLineEdit(done);
    m_apiKey->setReadOnly(true);
    m_apiKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copyKey = new CopyButton(done);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(copyKey);
    m_curl = new QLabel(done);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_curl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_curl->setWordWrap(true);
    auto *copyCurl = new CopyButton(done);
    doneLayout->addWidget(m_saved);
    doneLayout->addWidget(
        wrapped(tr("Your first API key, for your shop's backend. It is shown only now: copy it "
                   "and keep it secret."),
                done));
    doneLayout->addLayout(keyRow);
    doneLayout->addWidget(m_curl);
    doneLayout->addWidget(copyCurl, 0, Qt::AlignLeft);
    doneLayout->addStretch();
    connect(this, &QWizard::currentIdChanged, this, [this, copyKey, copyCurl](int id) {
        if (id != Done || !m_apiKey->text().isEmpty())
            return;
        finishSetup();
        copyKey->setTextToCopy(m_apiKey->text());
        copyCurl->setTextToCopy(m_curl->text());
    });
    setPage(Done, done);
}

void SetupWizard::previewXpub()
{
    const QString text = m_xpub->text().trimmed();
    if (text.isEmpty()) {
        m_addresses->clear();
        return;
    }
    if (text == QLatin1StringView(AppConfig::kPublicTestXpub)) {
        m_addresses->setText(
            tr("⚠ This is the public test key: everyone knows its private keys. Use your own "
               "wallet's."));
        return;
    }
    const auto key = ExtendedPublicKey::parse(text);
    if (!key) {
        m_addresses->setText(tr("⚠ %1").arg(key.error()));
        return;
    }
    m_addresses->setText(firstAddresses(*key));
}

QMap<QString, QString> SetupWizard::entries() const
{
    QMap<QString, QString> result;
    if (!m_live->isChecked())
        return result; // test mode works with what is there
    const qint64 chainId = m_chain->currentData().toLongLong();
    result.insert(u"live/xpub"_s, m_xpub->text().trimmed());
    result.insert(u"live/chainId"_s, QString::number(chainId));
    const QString rpcUrl = m_rpcUrl->text().trimmed();
    if (rpcUrl != AppConfig::defaultChains().value(chainId).rpcUrl.toString())
        result.insert(u"chain.%1/rpcUrl"_s.arg(chainId), rpcUrl);
    QStringList sources;
    for (const auto &[id, box] : m_sources) {
        if (box->isChecked())
            sources << id;
    }
    // Test mode keeps its built-in rates after the market sources.
    sources << u"fixed"_s;
    result.insert(u"prices/sources"_s, sources.join(u','));
    return result;
}

bool SetupWizard::save(QString *error)
{
    // Checked the way the program checks it at start, on a copy, before anything is replaced.
    if (const QString problems = m_console.checkConfig(entries()); !problems.isEmpty()) {
        *error = problems;
        return false;
    }
    if (m_live->isChecked() && !m_webhookUrl->text().trimmed().isEmpty()) {
        try {
            WebhookEndpointRequest request;
            request.url = m_webhookUrl->text().trimmed();
            m_console.validateWebhookEndpoint(request, true, true);
        } catch (const std::exception &failure) {
            *error = QString::fromUtf8(failure.what());
            return false;
        }
    }
    // Atomically: the new file is written beside the old one and renamed over it.
    return m_console.saveConfig(entries(), error);
}

void SetupWizard::finishSetup()
{
    const bool live = m_live->isChecked();
    QStringList done;
    done << (live ? tr("Live payments are set up in %1. Restart Crypto Checkout to start taking them.")
                        .arg(m_console.config().configPath())
                  : tr("Test mode is ready: press Ctrl+N for a session, then Pay with test wallet."));
    if (live && !m_webhookUrl->text().trimmed().isEmpty()) {
        try {
            WebhookEndpointRequest request;
            request.url = m_webhookUrl->text().trimmed();
            const WebhookEndpoint endpoint = m_console.createWebhookEndpoint(true, request);
            done << tr("Webhook endpoint %1 added; its signing secret: %2 (shown only now).")
                        .arg(endpoint.url, endpoint.secret);
            // The handler can be checked at once: a signed test event, logged on the Webhooks page.
            const Event test = m_console.sendTestEvent(endpoint.id, true);
            done << tr("A test event (%1) is on its way to it: its delivery shows on the Webhooks page.")
                        .arg(test.id);
        } catch (const std::exception &failure) {
            done << tr("⚠ The webhook endpoint was not added: %1").arg(QString::fromUtf8(failure.what()));
        }
    }
    m_saved->setText(done.join(u"\n\n"_s));
    const CreatedApiKey key = m_console.createApiKey(live, tr("First key"));
    m_apiKey->setText(key.secret);
    m_curl->setText(u"curl -X POST %1/api/v1/checkout_sessions \\\n  -H \"Authorization: Bearer %2\" -H "
                    "\"Content-Type: application/json\" \\\n  -d '{\"amount\": {\"value\": \"12.50\", "
                    "\"currency\": \"EUR\"}}'"_s.arg(m_console.serverUrl().toString(), key.secret));
}
