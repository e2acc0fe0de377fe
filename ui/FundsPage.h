#pragma once

#include "Console.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Funds: what every deposit address of the mode holds on its chain, read from the node, with totals per
// asset; and Collect…, which moves it all into one address of the merchant's wallet (CollectDialog).
class FundsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundsPage)

public:
    explicit FundsPage(interfaces::Console &console, QWidget *parent = nullptr);

    void setLivemode(bool livemode);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFunds(const FundsSnapshot &funds);
    void openCollect();

    interfaces::Console &m_console;
    bool m_livemode = false;
    int m_generation = 0; // answers for an earlier mode are dropped
    std::optional<FundsSnapshot> m_funds;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_addresses = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_collect = nullptr;
};
