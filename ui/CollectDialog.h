#pragma once

#include "Console.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Collect: the recovery phrase in masked fields, checked against the mode's xpub; the plan with every
// transaction and its fee; on Send, each transaction's outcome as it ends, then a summary. The phrase
// lives in wiped buffers while the dialog is open and is cleared from the fields and memory when the
// dialog closes. Nothing of it is stored, logged or shown.
class CollectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectDialog)

public:
    CollectDialog(interfaces::Console &console, bool livemode, const FundsSnapshot &funds,
                  const QString &destination, QWidget *parent = nullptr);
    // The same flow for one refund, paid from the session's deposit address `from` (the plan is that one
    // transfer, after a gas top-up if the address needs one).
    CollectDialog(interfaces::Console &console, bool livemode, const FundsSnapshot &funds,
                  const Refund &refund, const QString &from, QWidget *parent = nullptr);
    ~CollectDialog() override;

    void done(int result) override;

private:
    void build();
    void checkAndPlan();
    void showPlan(const CollectPlan &plan);
    void send();
    void showOutcome(const CollectOutcome &outcome);
    void finish(const QList<CollectOutcome> &outcomes);
    void takeSecrets();
    void forgetSecrets();

    interfaces::Console &m_console;
    bool m_livemode = false;
    FundsSnapshot m_funds;
    QString m_destination;
    std::optional<Refund> m_refund; // paying a refund, not collecting
    QString m_refundFrom;
    std::optional<CollectPlan> m_plan;
    std::shared_ptr<const SecretBytes> m_phrase;
    std::shared_ptr<const SecretBytes> m_passphrase;
    bool m_sending = false;
    QLineEdit *m_phraseField = nullptr;
    QLineEdit *m_passphraseField = nullptr;
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_close = nullptr;
};

// One line of a plan or an outcome: "token transfer  #2 0xD248…Bfea → 0x5aAe…eAed  30 USDC  (fee …)".
QString collectStepText(const CollectStep &step, const FundsSnapshot &funds);
