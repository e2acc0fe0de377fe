#include "SecretDialog.h"

#include "CopyButton.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SecretDialog::SecretDialog(const QString &title, const QString &explanation, const QString &secret,
                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *row = new QHBoxLayout;
    m_secret = new QLineEdit(secret, this);
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    m_secret->selectAll();
    auto *copy = new CopyButton(this);
    copy->setTextToCopy(secret);
    row->addWidget(m_secret, 1);
    row->addWidget(copy);
    layout->addLayout(row);
    auto *warning =
        new QLabel(tr("<b>Copy it now: it is not shown again.</b> Only a hash of it is kept."), this);
    layout->addWidget(warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString SecretDialog::secret() const
{
    return m_secret->text();
}
