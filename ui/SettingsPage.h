#pragma once

#include <QMap>
#include <QWidget>

namespace interfaces {
class Console;
}
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Every key of config.ini, edited in a form and checked by AppConfig::load on a copy before it is saved,
// so a saved file always starts. An xpub shows its first three addresses (compare them with the wallet);
// an RPC URL can be tested (eth_chainId). Changes apply after a restart.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(interfaces::Console &console, QWidget *parent = nullptr);

    // Checks the form as the program would at start. Empty when valid, else the problems.
    QString validate() const;
    // Validates, then writes config.ini. False (and the problems shown) when invalid.
    bool save();
    void load();

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QLabel *messageLabel() const { return m_message; }
    QLabel *testXpubPreview() const { return m_testPreview; }
    QLabel *liveXpubPreview() const { return m_livePreview; }
    QLabel *rpcResult() const { return m_rpcResult; }
    void previewXpub(bool livemode);
    void testRpc();

private:
    QLineEdit *addField(class QFormLayout *form, const QString &key, const QString &label,
                        const QString &tip);
    void loadChain();
    QMap<QString, QString> chainFieldTexts() const; // key (without "chain/") -> text of the chain fields
    QMap<QString, QString>
    values() const; // key -> text, for keys that differ from defaults or are in the file

    interfaces::Console &m_console;
    QMap<QString, QLineEdit *> m_fields; // "section/key" -> editor
    QMap<QString, QString> m_defaults;   // "section/key" -> default text
    QMap<QString, QString> m_file;       // config.ini as last read or saved
    QStringList m_keysInFile;
    QCheckBox *m_allowRemote = nullptr;
    QComboBox *m_chain = nullptr;
    QLabel *m_testPreview = nullptr;
    QLabel *m_livePreview = nullptr;
    QLabel *m_rpcResult = nullptr;
    QLabel *m_message = nullptr;
    QString m_loadedChain; // "chain.<id>" shown in the chain fields
    struct ChainForm
    {
        QMap<QString, QString> texts;    // key -> text as edited
        QMap<QString, QString> defaults; // key -> the shipped (or running) value
    };
    QMap<QString, ChainForm> m_chainForms; // every chain looked at since the last load or save
};
