#pragma once

#include <QWidget>

namespace interfaces {
class Console;
}
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QrWidget;

// Payment links: reusable prices whose public URL creates a session per visit. Create, copy the URL,
// print its QR code, deactivate.
class PaymentLinksPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentLinksPage)

public:
    explicit PaymentLinksPage(interfaces::Console &console, QWidget *parent = nullptr);

    void setLivemode(bool livemode);
    void reload();

private:
    void create();
    void onSelectionChanged();
    QString selectedId() const;

    interfaces::Console &m_console;
    bool m_livemode = false;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    QrWidget *m_qr = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_deactivate = nullptr;
};
