#include "SessionTableModel.h"

#include "Store.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

SessionTableModel::SessionTableModel(Store &store, bool livemode, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_livemode(livemode)
{
    reload();
}

void SessionTableModel::reload()
{
    beginResetModel();
    SessionQuery query;
    query.livemode = m_livemode;
    query.limit = 100;
    m_sessions = m_store.isOpen() ? m_store.listSessions(query).sessions : QList<CheckoutSession>{};
    endResetModel();
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUMBER_OF_COLUMNS;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size() || role != Qt::DisplayRole)
        return {};
    const CheckoutSession &session = m_sessions[index.row()];
    switch (index.column()) {
    case Created:
        return QDateTime::fromMSecsSinceEpoch(session.createdAtMs).toString(u"yyyy-MM-dd HH:mm"_s);
    case Id:
        return session.id;
    case Status:
        return statusName(session.status);
    case Fiat:
        return u"%1 %2"_s.arg(session.fiat.toDecimalString(), session.fiat.currency);
    case Crypto:
        return u"%1 ETH"_s.arg(formatUnits(session.amountWei));
    case Address:
        return session.address;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created");
    case Id:
        return tr("Session");
    case Status:
        return tr("Status");
    case Fiat:
        return tr("Fiat");
    case Crypto:
        return tr("Crypto");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}
