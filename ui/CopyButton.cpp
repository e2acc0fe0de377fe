#include "CopyButton.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

CopyButton::CopyButton(QWidget *parent)
    : QToolButton(parent)
{
    setText(tr("Copy"));
    setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    connect(this, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_text);
        setText(tr("Copied"));
        QTimer::singleShot(1500, this, [this] { setText(tr("Copy")); });
    });
}
