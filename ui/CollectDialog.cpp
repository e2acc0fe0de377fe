#include "CollectDialog.h"

#include "ConsoleFormat.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString kindText(CollectStep::Kind kind)
{
    switch (kind) {
    case CollectStep::Kind::GasTopUp:
        return CollectDialog::tr("gas top-up");
    case CollectStep::Kind::TokenTransfer:
        return CollectDialog::tr("token transfer");
    case CollectStep::Kind::NativeSweep:
        return CollectDialog::tr("sweep");
    case CollectStep::Kind::Payout:
        return CollectDialog::tr("refund");
    }
    return {};
}

QString statusText(CollectOutcome::Status status)
{
    switch (status) {
    case CollectOutcome::Status::Confirmed:
        return CollectDialog::tr("confirmed");
    case CollectOutcome::Status::Failed:
        return CollectDialog::tr("FAILED");
    case CollectOutcome::Status::Pending:
        return CollectDialog::tr("pending");
    case CollectOutcome::Status::Skipped:
        return CollectDialog::tr("skipped");
    }
    return {};
}

// The field's UTF-8 bytes into wiped memory. setText drops the field's own copy and its undo history, so
// the string taken from it is then the only one and can be overwritten.
std::shared_ptr<const SecretBytes> takeField(QLineEdit *field)
{
    QString text = field->text();
    field->setText(QString());
    QByteArray utf8 = text.toUtf8();
    auto secret = std::make_shared<const SecretBytes>(SecretBytes::copyOf(utf8));
    wipeBytes(utf8);
    wipeString(text);
    return secret;
}
} // namespace

QString collectStepText(const CollectStep &step, const FundsSnapshot &funds)
{
    const FundsAsset &asset = assetOf(step, funds);
    return u"%1  #%2 %3 → %4  %5  (%6)"_s.arg(
        kindText(step.kind), QString::number(step.fromIndex), shortAddress(step.from), shortAddress(step.to),
        formatCrypto(step.amount, asset.symbol, asset.decimals),
        CollectDialog::tr("fee %1").arg(formatCrypto(step.fee, funds.native.symbol, funds.native.decimals)));
}

CollectDialog::CollectDialog(interfaces::Console &console, bool livemode, const FundsSnapshot &funds,
                             const QString &destination, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_livemode(livemode)
    , m_funds(funds)
    , m_destination(destination)
{
    setWindowTitle(tr("Collect into %1").arg(shortAddress(destination)));
    build();
}

CollectDialog::CollectDialog(interfaces::Console &console, bool livemode, const FundsSnapshot &funds,
                             const Refund &refund, const QString &from, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_livemode(livemode)
    , m_funds(funds)
    , m_destination(refund.address)
    , m_refund(refund)
    , m_refundFrom(from)
{
    setWindowTitle(tr("Pay refund %1 from %2").arg(refund.id, shortAddress(from)));
    build();
}

void CollectDialog::build()
{
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(
        tr("Enter the recovery phrase of the wallet this mode is paid into. It is checked against your xpub, "
           "used here to sign, and forgotten when this window closes: it is never saved, logged or sent "
           "anywhere. Only the signed transactions go to the node."),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto *form = new QFormLayout;
    m_phraseField = new QLineEdit(this);
    m_phraseField->setObjectName(u"recoveryPhrase"_s);
    m_phraseField->setEchoMode(QLineEdit::Password);
    m_phraseField->setPlaceholderText(tr("12 to 24 words"));
    form->addRow(tr("Recovery phrase:"), m_phraseField);
    m_passphraseField = new QLineEdit(this);
    m_passphraseField->setObjectName(u"passphrase"_s);
    m_passphraseField->setEchoMode(QLineEdit::Password);
    m_passphraseField->setPlaceholderText(tr("only if your wallet has one"));
    form->addRow(tr("Passphrase:"), m_passphraseField);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(u"collectError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"collectLog"_s);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The plan appears here: every transaction, what it moves and its fee."));
    layout->addWidget(m_log, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_check = buttons->addButton(tr("Check phrase and plan"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(u"checkAndPlan"_s);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendCollect"_s);
    m_send->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_check, &QPushButton::clicked, this, &CollectDialog::checkAndPlan);
    connect(m_send, &QPushButton::clicked, this, &CollectDialog::send);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_check->setDefault(true);
}

CollectDialog::~CollectDialog()
{
    forgetSecrets();
}

void CollectDialog::done(int result)
{
    if (m_sending)
        return; // the transactions are on their way: the window stays until they are followed
    forgetSecrets();
    QDialog::done(result);
}

void CollectDialog::takeSecrets()
{
    m_phrase = takeField(m_phraseField);
    m_passphrase = takeField(m_passphraseField);
}

void CollectDialog::forgetSecrets()
{
    // The worker threads may still hold their references; the last one to let go wipes the bytes.
    m_phrase.reset();
    m_passphrase.reset();
    m_phraseField->setText(QString());
    m_passphraseField->setText(QString());
}

void CollectDialog::checkAndPlan()
{
    if (!m_phraseField->text().isEmpty())
        takeSecrets();
    if (!m_phrase || m_phrase->isEmpty()) {
        m_error->setText(tr("Enter the recovery phrase."));
        m_error->show();
        return;
    }
    m_error->hide();
    m_check->setEnabled(false);
    m_send->setEnabled(false);
    m_log->setPlainText(tr("Checking the phrase and asking the node for fees…"));
    auto planned = [this](const std::optional<CollectPlan> &plan, const QString &error) {
        m_check->setEnabled(true);
        if (!plan) {
            forgetSecrets(); // a wrong phrase is not kept for another try
            m_log->clear();
            m_error->setText(error);
            m_error->show();
            return;
        }
        showPlan(*plan);
    };
    if (m_refund)
        m_console.planRefundPayment(m_livemode, m_funds, *m_refund, m_refundFrom, m_phrase, m_passphrase,
                                    this, planned);
    else
        m_console.planCollect(m_livemode, m_funds, m_destination, m_phrase, m_passphrase, this, planned);
}

void CollectDialog::showPlan(const CollectPlan &plan)
{
    m_plan = plan;
    QStringList lines{tr("Gas price %1 gwei, used as both fee caps: each fee below is exact.")
                          .arg(formatUnits(plan.pricePerGas, 9)),
                      QString()};
    for (const CollectStep &step : plan.steps)
        lines << collectStepText(step, m_funds);
    for (const QString &note : plan.notes)
        lines << tr("Left: %1").arg(note);
    lines << QString()
          << tr("Fees at most: %1")
                 .arg(formatCrypto(plan.totalFees(), m_funds.native.symbol, m_funds.native.decimals));
    m_log->setPlainText(lines.join(u'\n'));
    m_send->setEnabled(!plan.isEmpty());
    m_send->setDefault(!plan.isEmpty()); // Enter now sends what is shown, not another plan
    m_send->setText(tr("Send %n transaction(s)", nullptr, int(plan.steps.size())));
    if (plan.isEmpty())
        m_log->appendPlainText(tr("Nothing can be sent."));
}

void CollectDialog::send()
{
    if (!m_plan || !m_phrase)
        return;
    m_sending = true;
    m_send->setEnabled(false);
    m_check->setEnabled(false);
    m_close->setEnabled(false);
    m_log->appendPlainText(u"\n"_s + tr("Signing and sending…"));
    m_console.collect(
        m_livemode, m_funds, *m_plan, m_phrase, m_passphrase, this,
        [this](const CollectOutcome &outcome) { showOutcome(outcome); },
        [this](const std::optional<QList<CollectOutcome>> &outcomes, const QString &error) {
            m_sending = false;
            m_close->setEnabled(true);
            forgetSecrets();
            if (!outcomes) {
                m_error->setText(error);
                m_error->show();
                return;
            }
            finish(*outcomes);
        });
}

void CollectDialog::showOutcome(const CollectOutcome &outcome)
{
    QString line = statusText(outcome.status) + u"  "_s + collectStepText(outcome.step, m_funds);
    if (!outcome.transactionHash.isEmpty())
        line += u"  "_s + outcome.transactionHash;
    if (!outcome.error.isEmpty())
        line += u"  ("_s + outcome.error + u')';
    m_log->appendPlainText(line);
}

void CollectDialog::finish(const QList<CollectOutcome> &outcomes)
{
    // A refund's transfer is recorded on the refund at once, so it cannot be paid twice; the watcher then
    // confirms it.
    for (const CollectOutcome &outcome : outcomes) {
        if (!m_refund || outcome.step.kind != CollectStep::Kind::Payout ||
            outcome.status != CollectOutcome::Status::Confirmed)
            continue;
        m_console.attachRefundTransaction(m_refund->id, m_livemode, outcome.transactionHash, this,
                                          [this](const std::optional<Refund> &refund, const QString &error) {
                                              m_log->appendPlainText(
                                                  refund ? tr("Recorded on refund %1.").arg(refund->id)
                                                         : tr("Not recorded on the refund: %1").arg(error));
                                          });
    }
    int failed = 0;
    UInt256 fees;
    for (const CollectOutcome &outcome : outcomes) {
        fees = fees.saturatingAdd(outcome.feePaid);
        if (outcome.status == CollectOutcome::Status::Failed ||
            outcome.status == CollectOutcome::Status::Pending)
            ++failed;
    }
    m_log->appendPlainText(
        u"\n"_s + (failed == 0 ? tr("Done: everything confirmed. Fees paid: %1.")
                                     .arg(formatCrypto(fees, m_funds.native.symbol, m_funds.native.decimals))
                   : m_refund ? tr("%n transaction(s) did not confirm; see above. The refund stays "
                                   "pending until a transfer to its address confirms.",
                                   nullptr, failed)
                              : tr("%n transaction(s) did not confirm; see above, then "
                                   "collect again for what is left.",
                                   nullptr, failed)));
}
