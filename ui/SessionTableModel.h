#pragma once

#include "CheckoutSession.h"

#include <QAbstractTableModel>

class Store;

// The newest checkout sessions of one mode, one row per session, for the console's sessions table.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column { Created, Id, Status, Fiat, Crypto, Address, NUMBER_OF_COLUMNS };

    SessionTableModel(Store &store, bool livemode, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    Store &m_store;
    bool m_livemode;
    QList<CheckoutSession> m_sessions;
};
