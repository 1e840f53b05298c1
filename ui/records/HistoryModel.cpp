// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/HistoryModel.h"

#include "core/eligibility/EligibilityResult.h"

#include <QLocale>

namespace passerelle {

HistoryModel::HistoryModel(SessionStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_total = m_store.count();
    m_rows = m_store.page(0, kPageSize);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SessionSummary &row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == SyncColumn) {
        if (row.syncState == QLatin1String("acknowledged") && !row.syncDetail.isEmpty())
            return tr("Receipt from the server: %1").arg(row.syncDetail);
        if (row.syncState == QLatin1String("rejected"))
            return tr("The server's reason: %1").arg(row.syncDetail);
        if (!row.syncDetail.isEmpty())
            return tr("Last try: %1").arg(row.syncDetail);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(row.completedUtc.toLocalTime(), QLocale::ShortFormat);
    case FirstNameColumn:
        return row.firstName.isEmpty() ? (row.personalAvailable ? tr("(not given)") : tr("(erased)")) : row.firstName;
    case OutcomeColumn: {
        const auto status = statusFromCode(row.status);
        return status ? statusHeadline(*status) : row.status;
    }
    case SyncColumn:
        if (role == Qt::AccessibleTextRole && row.syncState == QLatin1String("rejected") && !row.syncDetail.isEmpty())
            return tr("%1: %2").arg(syncStateText(row.syncState), row.syncDetail);
        return syncStateText(row.syncState);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case FirstNameColumn:
        return tr("First name");
    case OutcomeColumn:
        return tr("Outcome");
    case SyncColumn:
        return tr("Server");
    default:
        return {};
    }
}

QString HistoryModel::syncStateText(const QString &stateCode)
{
    if (stateCode == QLatin1String("acknowledged"))
        return tr("Sent");
    if (stateCode == QLatin1String("rejected"))
        return tr("Refused by the server");
    if (stateCode == QLatin1String("queued") || stateCode == QLatin1String("sending"))
        return tr("Waiting to be sent");
    return tr("Not to be sent");
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto more = m_store.page(int(m_rows.size()), kPageSize);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

} // namespace passerelle
