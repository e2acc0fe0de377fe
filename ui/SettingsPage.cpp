#include "SettingsPage.h"

#include "Backend.h"
#include "ExtendedPublicKey.h"
#include "JsonRpcClient.h"
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
#include <QSettings>
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

QString settingText(const QVariant &value)
{
    // QSettings reads "a,b" as a list; to us an INI value is one line of text.
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString();
}
} // namespace

SettingsPage::SettingsPage(Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
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

    QFormLayout *checkout = group(tr("Checkout"));
    addField(checkout, u"checkout/ttlMinutes"_s, tr("Time to pay (minutes)"), tr("1 to 10080"));
    addField(checkout, u"checkout/graceMinutes"_s, tr("Grace after expiry (minutes)"),
             tr("A payment confirming within this window makes the session paid_late."));
    addField(checkout, u"checkout/underpaymentTolerancePercent"_s, tr("Underpayment tolerance (%)"),
             tr("A payment this much short still completes a session, e.g. 0.5"));

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
    for (const ChainConfig &chain : backend.config().chains)
        m_chain->addItem(u"%1 (%2)"_s.arg(chain.name).arg(chain.chainId), chain.chainId);
    chains->addRow(tr("Chain"), m_chain);
    addField(chains, u"chain/rpcUrl"_s, tr("RPC URL"), tr("http(s) or ws(s) JSON-RPC endpoint"));
    addField(chains, u"chain/confirmations"_s, tr("Confirmations"), {});
    addField(chains, u"chain/pollIntervalMs"_s, tr("Poll interval (ms)"), {});
    addField(chains, u"chain/explorerUrl"_s, tr("Explorer URL"), tr("e.g. https://etherscan.io"));
    auto *testRpcButton = new QPushButton(tr("Test RPC"), content);
    m_rpcResult = new QLabel(content);
    m_rpcResult->setWordWrap(true);
    chains->addRow(testRpcButton, m_rpcResult);
    connect(testRpcButton, &QPushButton::clicked, this, &SettingsPage::testRpc);
    connect(m_chain, &QComboBox::currentIndexChanged, this, &SettingsPage::loadChain);

    QFormLayout *prices = group(tr("Prices"));
    addField(prices, u"prices/sources"_s, tr("Sources"), tr("Ordered, comma-separated"));
    addField(prices, u"prices/fixedRates"_s, tr("Fixed rates"), tr("ETH-<currency>:<rate>, comma-separated"));

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
        m_defaults = {{u"server/listen"_s, defaults->listenText()},
                      {u"server/publicUrl"_s, QString()},
                      {u"checkout/ttlMinutes"_s, QString::number(defaults->ttlMinutes)},
                      {u"checkout/graceMinutes"_s, QString::number(defaults->graceMinutes)},
                      {u"checkout/underpaymentTolerancePercent"_s, u"0"_s},
                      {u"test/xpub"_s, defaults->test.xpub},
                      {u"test/chainId"_s, QString::number(defaults->test.chainId)},
                      {u"live/xpub"_s, defaults->live.xpub},
                      {u"live/chainId"_s, QString::number(defaults->live.chainId)},
                      {u"prices/sources"_s, defaults->priceSources.join(u',')},
                      {u"prices/fixedRates"_s, ratesText(defaults->fixedRates)},
                      {u"webhooks/retryBaseSeconds"_s, QString::number(defaults->webhookRetryBaseSeconds)},
                      {u"webhooks/timeoutSeconds"_s, QString::number(defaults->webhookTimeoutSeconds)}};
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
    QSettings file(m_backend.config().configPath(), QSettings::IniFormat);
    m_keysInFile = file.allKeys();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (it.key().startsWith(u"chain/"_s))
            continue;
        it.value()->setText(file.contains(it.key()) ? settingText(file.value(it.key()))
                                                    : m_defaults.value(it.key()));
        it.value()->setPlaceholderText(m_defaults.value(it.key()));
    }
    m_allowRemote->setChecked(settingText(file.value(u"server/allowRemote"_s, u"false"_s)) == u"true"_s);
    loadChain();
    m_message->clear();
}

void SettingsPage::loadChain()
{
    const qint64 chainId = m_chain->currentData().toLongLong();
    const ChainConfig chain =
        AppConfig::defaultChains().value(chainId, m_backend.config().chains.value(chainId));
    const ChainConfig current = m_backend.config().chains.value(chainId);
    QSettings file(m_backend.config().configPath(), QSettings::IniFormat);
    const QString group = u"chain.%1/"_s.arg(chainId);
    auto fill = [&](const QString &key, const QString &fallback) {
        QLineEdit *edit = m_fields.value(u"chain/"_s + key);
        edit->setText(file.contains(group + key) ? settingText(file.value(group + key)) : fallback);
    };
    fill(u"rpcUrl"_s, current.rpcUrl.toString());
    fill(u"confirmations"_s, QString::number(current.confirmations));
    fill(u"pollIntervalMs"_s, QString::number(current.pollIntervalMs));
    fill(u"explorerUrl"_s, current.explorerUrl.toString());
    m_defaults.insert(u"chain/rpcUrl"_s, chain.rpcUrl.toString());
    m_defaults.insert(u"chain/confirmations"_s, QString::number(chain.confirmations));
    m_defaults.insert(u"chain/pollIntervalMs"_s, QString::number(chain.pollIntervalMs));
    m_defaults.insert(u"chain/explorerUrl"_s, chain.explorerUrl.toString());
    m_loadedChain = u"chain.%1"_s.arg(chainId);
    m_rpcResult->clear();
}

QMap<QString, QString> SettingsPage::values() const
{
    QMap<QString, QString> result;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString key = it.key();
        if (key.startsWith(u"chain/"_s))
            key = m_loadedChain + key.mid(5);
        const QString text = it.value()->text().trimmed();
        if (text != m_defaults.value(it.key()) || m_keysInFile.contains(key))
            result.insert(key, text);
    }
    if (m_allowRemote->isChecked() || m_keysInFile.contains(u"server/allowRemote"_s))
        result.insert(u"server/allowRemote"_s, m_allowRemote->isChecked() ? u"true"_s : u"false"_s);
    return result;
}

bool SettingsPage::writeTo(const QString &path, QString *error) const
{
    QFile::remove(path);
    if (QFile::exists(m_backend.config().configPath()) &&
        !QFile::copy(m_backend.config().configPath(), path)) {
        *error = tr("Cannot copy %1.").arg(m_backend.config().configPath());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QSettings settings(path, QSettings::IniFormat);
    const QMap<QString, QString> entries = values();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it.value().isEmpty())
            settings.remove(it.key()); // empty: back to the default
        else
            settings.setValue(it.key(), it.value());
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

QString SettingsPage::validate() const
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return tr("No temporary directory to check the settings in.");
    QString error;
    if (!writeTo(QDir(scratch.path()).filePath(u"config.ini"_s), &error))
        return error;
    QStringList problems;
    const auto checked = AppConfig::load(scratch.path());
    if (!checked)
        problems << checked.error();
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
    const QString path = m_backend.config().configPath();
    const QString next = path + u".new"_s;
    if (!writeTo(next, &error) || (QFile::exists(path) && !QFile::remove(path)) ||
        !QFile::rename(next, path)) {
        palette.setColor(QPalette::WindowText, statusColor(SessionStatus::Failed));
        m_message->setPalette(palette);
        m_message->setText(
            tr("⚠ Not saved: %1").arg(error.isEmpty() ? tr("cannot replace %1").arg(path) : error));
        return false;
    }
    m_message->setPalette(this->palette());
    m_message->setText(tr("Saved to %1. Restart Crypto Checkout to apply.").arg(path));
    QSettings file(path, QSettings::IniFormat);
    m_keysInFile = file.allKeys();
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
    QStringList lines;
    for (quint32 index = 0; index < 3; ++index) {
        const auto address = key->depositAddress(index);
        lines << u"%1  %2"_s.arg(index).arg(address ? *address : address.error());
    }
    label->setText(lines.join(u'\n') + u'\n' +
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
    auto *client = new JsonRpcClient(url, this);
    client->setMaxAttempts(1);
    client->setTimeoutMs(5000);
    client->call(u"eth_chainId"_s, {}, [this, client, expected](const Result<QJsonValue> &answer) {
        if (!answer) {
            m_rpcResult->setText(tr("⚠ %1").arg(answer.error()));
        } else {
            const auto chainId = JsonRpcClient::parseQuantity(*answer);
            if (!chainId)
                m_rpcResult->setText(tr("⚠ Unexpected answer: %1").arg(answer->toVariant().toString()));
            else if (*chainId == expected)
                m_rpcResult->setText(tr("✓ eth_chainId = %1: the node is on this chain.").arg(*chainId));
            else
                m_rpcResult->setText(
                    tr("⚠ eth_chainId = %1, but this is chain %2.").arg(*chainId).arg(expected));
        }
        client->deleteLater();
    });
}
