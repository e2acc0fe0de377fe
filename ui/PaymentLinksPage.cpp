#include "PaymentLinksPage.h"

#include "Console.h"
#include "ConsoleFormat.h"
#include "QrWidget.h"
#include "StatusStyle.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum LinkColumn { LinkCreated, LinkAmount, LinkDescription, LinkState, LinkUrl, NUMBER_OF_LINK_COLUMNS };
}

PaymentLinksPage::PaymentLinksPage(interfaces::Console &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QHBoxLayout;
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("Amount, e.g. 25.00"));
    m_currency = new QComboBox(this);
    m_currency->addItems(supportedCurrencyCodes());
    m_currency->setCurrentText(u"USD"_s);
    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("Description, e.g. T-shirt"));
    auto *create = new QPushButton(tr("Create link"), this);
    connect(create, &QPushButton::clicked, this, &PaymentLinksPage::create);
    connect(m_amount, &QLineEdit::returnPressed, this, &PaymentLinksPage::create);
    form->addWidget(m_amount);
    form->addWidget(m_currency);
    form->addWidget(m_description, 1);
    form->addWidget(create);
    layout->addLayout(form);
    m_error = new QLabel(this);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, statusColor(SessionStatus::Failed));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *body = new QHBoxLayout;
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Created"), tr("Amount"), tr("Description"), tr("State"), tr("URL")});
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PaymentLinksPage::onSelectionChanged);
    body->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    m_qr = new QrWidget(this);
    m_qr->setFixedSize(220, 220);
    m_qr->setAccessibleName(tr("QR code of the payment link"));
    side->addWidget(m_qr);
    m_copy = new QPushButton(tr("Copy URL"), this);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            QGuiApplication::clipboard()->setText(item->text(LinkUrl));
    });
    m_save = new QPushButton(tr("Save QR for printing…"), this);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save QR code"), selectedId() + u".png"_s,
                                                          tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        // Large and crisp: 12 pixels per module prints sharply at any size.
        QrWidget print;
        print.setText(m_qr->text());
        const int side = 12 * (QrCode(m_qr->text()).modules() + 2 * QrCode::kQuietZone);
        print.resize(side, side);
        if (!print.grab().save(path))
            QMessageBox::warning(this, tr("Save QR code"), tr("Could not write %1.").arg(path));
    });
    m_deactivate = new QPushButton(tr("Deactivate"), this);
    connect(m_deactivate, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        PaymentLinkRequest request;
        request.active = false;
        try {
            m_console.updatePaymentLink(id, request, m_livemode);
        } catch (const std::exception &error) {
            QMessageBox::warning(this, tr("Deactivate"), QString::fromUtf8(error.what()));
        }
        reload();
    });
    side->addWidget(m_copy);
    side->addWidget(m_save);
    side->addWidget(m_deactivate);
    side->addStretch();
    body->addLayout(side);
    layout->addLayout(body, 1);
    reload();
}

void PaymentLinksPage::setLivemode(bool livemode)
{
    m_livemode = livemode;
    reload();
}

QString PaymentLinksPage::selectedId() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void PaymentLinksPage::reload()
{
    const QString selected = selectedId();
    m_list->clear();
    QList<PaymentLink> links;
    try {
        bool hasMore = false;
        links = m_console.paymentLinks(m_livemode, 100, &hasMore);
    } catch (const std::exception &error) {
        m_error->setText(QString::fromUtf8(error.what()));
        m_error->show();
    }
    for (const PaymentLink &link : std::as_const(links)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, link.id);
        item->setText(LinkCreated, formatTime(link.createdAtMs));
        item->setText(LinkAmount, formatFiat(link.fiat));
        item->setText(LinkDescription, link.description);
        item->setText(LinkState, link.active ? tr("active") : tr("inactive"));
        item->setText(LinkUrl, link.url);
        if (link.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int column = 0; column < NUMBER_OF_LINK_COLUMNS - 1; ++column)
        m_list->resizeColumnToContents(column);
    onSelectionChanged();
}

void PaymentLinksPage::create()
{
    PaymentLinkRequest request;
    request.fiatAmount = m_amount->text().trimmed();
    request.fiatCurrency = m_currency->currentText();
    if (!m_description->text().trimmed().isEmpty())
        request.description = m_description->text().trimmed();
    try {
        const PaymentLink link = m_console.createPaymentLink(request, m_livemode);
        m_error->hide();
        m_amount->clear();
        m_description->clear();
        reload();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == link.id)
                m_list->setCurrentItem(m_list->topLevelItem(i));
    } catch (const std::exception &error) {
        m_error->setText(tr("⚠ %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
    }
}

void PaymentLinksPage::onSelectionChanged()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_qr->setText(item ? item->text(LinkUrl) : QString());
    m_copy->setEnabled(item);
    m_save->setEnabled(item);
    m_deactivate->setEnabled(item && item->text(LinkState) == tr("active"));
}
