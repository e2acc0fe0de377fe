#include "ApiKeysPage.h"

#include "Console.h"
#include "ConsoleFormat.h"
#include "SecretDialog.h"
#include "StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ApiKeysPage::ApiKeysPage(interfaces::Console &console, QWidget *parent)
    : QWidget(parent)
    , m_console(console)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Name, e.g. web shop"));
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Test mode"), false);
    m_mode->addItem(tr("Live mode"), true);
    m_readOnly = new QCheckBox(tr("Read-only (point of sale)"), this);
    auto *create = new QPushButton(tr("Create key"), this);
    connect(create, &QPushButton::clicked, this, &ApiKeysPage::create);
    form->addWidget(m_name, 1);
    form->addWidget(m_mode);
    form->addWidget(m_readOnly);
    form->addWidget(create);
    layout->addLayout(form);
    m_error = new QLabel(this);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, statusColor(SessionStatus::Failed));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Mode"), tr("Kind"), tr("Key"), tr("Created"), tr("Last used"),
                             tr("State"), tr("Id")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_revoke = new QPushButton(tr("Revoke"), this);
    m_revoke->setEnabled(false);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysPage::revoke);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        m_revoke->setEnabled(item && !item->data(0, Qt::UserRole).toBool());
    });
    layout->addWidget(m_revoke, 0, Qt::AlignLeft);
    reload();
}

void ApiKeysPage::reload()
{
    m_list->clear();
    QList<ApiKey> keys;
    try {
        keys = m_console.apiKeys();
    } catch (const std::exception &error) {
        m_error->setText(QString::fromUtf8(error.what()));
        m_error->show();
    }
    for (const ApiKey &key : std::as_const(keys)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, key.revoked());
        item->setText(0, key.name);
        item->setText(1, key.livemode ? tr("live") : tr("test"));
        item->setText(2, key.kind == ApiKey::Kind::ReadOnly ? tr("read-only") : tr("secret"));
        item->setText(3, (key.livemode ? u"ck_live_"_s : u"ck_test_"_s) + key.hint + u'…');
        item->setText(4, formatTime(key.createdAtMs));
        item->setText(5, key.lastUsedAtMs ? formatTime(*key.lastUsedAtMs) : tr("never"));
        item->setText(6, key.revoked() ? tr("revoked %1").arg(formatTime(*key.revokedAtMs)) : tr("active"));
        item->setText(7, key.id);
    }
    for (int column = 0; column < m_list->columnCount() - 1; ++column)
        m_list->resizeColumnToContents(column);
}

void ApiKeysPage::create()
{
    const bool livemode = m_mode->currentData().toBool();
    try {
        const auto created =
            m_console.createApiKey(livemode, m_name->text().trimmed(),
                                   m_readOnly->isChecked() ? ApiKey::Kind::ReadOnly : ApiKey::Kind::Secret);
        m_error->hide();
        m_name->clear();
        reload();
        SecretDialog dialog(
            tr("New API key"),
            tr("Send it as <tt>Authorization: Bearer &lt;key&gt;</tt>. Test keys see only test "
               "sessions, live keys only live ones."),
            created.secret, this);
        dialog.exec();
    } catch (const std::exception &error) {
        m_error->setText(tr("⚠ %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
    }
}

void ApiKeysPage::revoke()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("Revoke key"),
                              tr("Revoke “%1”? Requests with it fail from now on.").arg(item->text(0))) !=
        QMessageBox::Yes)
        return;
    m_console.revokeApiKey(item->text(7));
    reload();
}
