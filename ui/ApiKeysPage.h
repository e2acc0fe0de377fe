#pragma once

#include <QWidget>

namespace interfaces {
class Console;
}
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Merchant API keys: create (the key is shown once), list, revoke.
class ApiKeysPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysPage)

public:
    explicit ApiKeysPage(interfaces::Console &console, QWidget *parent = nullptr);
    void reload();

private:
    void create();
    void revoke();

    interfaces::Console &m_console;
    QLineEdit *m_name = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_revoke = nullptr;
};
