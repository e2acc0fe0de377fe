#pragma once

#include <QDialog>

class QLineEdit;

// Shows a secret that is shown only once (an API key, a webhook signing secret), with a copy button and a
// plain warning that it cannot be shown again.
class SecretDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    SecretDialog(const QString &title, const QString &explanation, const QString &secret,
                 QWidget *parent = nullptr);
    QString secret() const;

private:
    QLineEdit *m_secret = nullptr;
};
