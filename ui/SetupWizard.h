#pragma once

#include <QMap>
#include <QWizard>

namespace interfaces {
class Console;
}
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// The guided setup, on first start and from the toolbar: try test mode at once, or set up live payments
// (the wallet's account xpub, confirmed by its first three addresses; the chain and its node; the price
// sources; optionally a webhook endpoint), then the first API key, shown once with the curl line that uses
// it. config.ini is checked exactly as the program checks it at start, then written atomically; a change
// applies after a restart.
class SetupWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { Intro, Wallet, Chain, Prices, Webhook, Done };

    explicit SetupWizard(interfaces::Console &console, QWidget *parent = nullptr);

    // Whether this data directory has never been set up: no config.ini yet.
    static bool isFirstStart(const interfaces::Console &console);

    // For tests.
    QRadioButton *liveChoice() const { return m_live; }
    QLineEdit *xpubEdit() const { return m_xpub; }
    QLabel *addressesLabel() const { return m_addresses; }
    QCheckBox *addressesConfirmed() const { return m_confirmed; }
    QComboBox *chainBox() const { return m_chain; }
    QLineEdit *rpcUrlEdit() const { return m_rpcUrl; }
    QLineEdit *webhookUrlEdit() const { return m_webhookUrl; }
    QLabel *errorLabel() const { return m_error; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLabel *curlLabel() const { return m_curl; }

    // The settings the answers make (INI keys → values), and the check and write of config.ini; public so
    // the pages can call them.
    QMap<QString, QString> entries() const;
    bool save(QString *error);
    void finishSetup();

private:
    void previewXpub();

    interfaces::Console &m_console;
    QRadioButton *m_live = nullptr;
    QLineEdit *m_xpub = nullptr;
    QLabel *m_addresses = nullptr;
    QCheckBox *m_confirmed = nullptr;
    QComboBox *m_chain = nullptr;
    QLineEdit *m_rpcUrl = nullptr;
    QList<std::pair<QString, QCheckBox *>> m_sources; // in the order they are asked: the first is used first
    QLineEdit *m_webhookUrl = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_saved = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_curl = nullptr;
};
