#include "FundsPage.h"

#include "CollectDialog.h"
#include "ConsoleFormat.h"
#include "EthereumAddress.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FundsPage::FundsPage(interfaces::Console &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Funds</h2>"), this);
    layout->addWidget(title);
    auto *intro =
        new QLabel(tr("Every checkout is paid into its own address of your wallet. Here is what each "
                      "one holds now, read from the chain, and Collect moves it all into one "
                      "address of yours."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"fundsSummary"_s);
    top->addWidget(m_summary, 1);
    m_refresh = new QPushButton(tr("Refresh"), this);
    connect(m_refresh, &QPushButton::clicked, this, &FundsPage::reload);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_addresses = new QTreeWidget(this);
    m_addresses->setObjectName(u"fundsAddresses"_s);
    m_addresses->setRootIsDecorated(false);
    m_addresses->setAlternatingRowColors(true);
    m_addresses->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_addresses, 1);

    auto *collectRow = new QHBoxLayout;
    collectRow->addWidget(new QLabel(tr("Collect into:"), this));
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(u"collectDestination"_s);
    m_destination->setPlaceholderText(tr("0x… an address of your own wallet"));
    collectRow->addWidget(m_destination, 1);
    m_collect = new QPushButton(tr("Collect…"), this);
    m_collect->setObjectName(u"collectButton"_s);
    m_collect->setEnabled(false);
    connect(m_collect, &QPushButton::clicked, this, &FundsPage::openCollect);
    connect(m_destination, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_collect->setEnabled(m_funds.has_value() && ethereum::isValidAddress(text.trimmed()));
    });
    collectRow->addWidget(m_collect);
    layout->addLayout(collectRow);
}

void FundsPage::setLivemode(bool livemode)
{
    m_livemode = livemode;
    m_funds.reset();
    m_addresses->clear();
    m_summary->clear();
    m_collect->setEnabled(false);
    if (isVisible())
        reload();
}

void FundsPage::reload()
{
    const int generation = ++m_generation;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Reading the balances from the chain…"));
    m_console.loadFunds(m_livemode, 0, this,
                        [this, generation](const std::optional<FundsSnapshot> &funds, const QString &error) {
                            if (generation != m_generation)
                                return;
                            m_refresh->setEnabled(true);
                            if (!funds) {
                                m_funds.reset();
                                m_addresses->clear();
                                m_summary->setText(error);
                                m_collect->setEnabled(false);
                                return;
                            }
                            showFunds(*funds);
                        });
}

void FundsPage::showFunds(const FundsSnapshot &funds)
{
    m_funds = funds;
    QStringList headers{tr("#"), tr("Address"), funds.native.symbol};
    for (const FundsAsset &token : funds.tokens)
        headers << token.symbol;
    m_addresses->clear();
    m_addresses->setHeaderLabels(headers);
    int holding = 0;
    for (const AddressFunds &address : funds.addresses) {
        if (!address.holdsAnything())
            continue;
        ++holding;
        auto *item = new QTreeWidgetItem(m_addresses);
        item->setText(0, QString::number(address.index));
        item->setText(1, address.address);
        item->setText(2, formatUnits(address.native, funds.native.decimals));
        for (qsizetype t = 0; t < funds.tokens.size(); ++t)
            item->setText(int(3 + t), formatUnits(address.tokens[t], funds.tokens[t].decimals));
        for (int column = 2; column < headers.size(); ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    // The amounts stand at the right edge, each column as wide as its numbers.
    m_addresses->header()->setStretchLastSection(false);
    m_addresses->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addresses->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    QStringList totals{formatCrypto(funds.totalNative(), funds.native.symbol, funds.native.decimals)};
    for (qsizetype t = 0; t < funds.tokens.size(); ++t)
        totals << formatCrypto(funds.totalToken(t), funds.tokens[t].symbol, funds.tokens[t].decimals);
    m_summary->setText(tr("<b>%1</b> on %2 of %3 addresses (chain %4, block %5)")
                           .arg(totals.join(u" · "_s))
                           .arg(holding)
                           .arg(funds.addresses.size())
                           .arg(funds.chainId)
                           .arg(funds.block));
    m_collect->setEnabled(holding > 0 && ethereum::isValidAddress(m_destination->text().trimmed()));
}

void FundsPage::openCollect()
{
    if (!m_funds)
        return;
    CollectDialog dialog(m_console, m_livemode, *m_funds, m_destination->text().trimmed(), this);
    dialog.exec();
    reload();
}

void FundsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read when first shown (the chain is asked only for what is looked at); Refresh reads again.
    if (!m_funds && m_refresh->isEnabled())
        reload();
}
