#pragma once

#include <QToolButton>

// A small "Copy" button that puts a text on the clipboard and says "Copied" for a moment.
class CopyButton : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyButton)

public:
    explicit CopyButton(QWidget *parent = nullptr);
    void setTextToCopy(const QString &text) { m_text = text; }

private:
    QString m_text;
};
