// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/HistoryModel.h"

#include "core/eligibility/EligibilityResult.h"
#include "core/storage/Outbox.h"

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
    m_problem.clear();
    m_total = m_store.count();
    QString error;
    m_rows = m_store.page(0, kPageSize, &error);
    if (!error.isEmpty())
        readFailed(error);
    endResetModel();
}

void HistoryModel::readFailed(const QString &error)
{
    qWarning("history: a page of sessions cannot be read: %s", qPrintable(error));
    const int shown = int(m_rows.size());
    m_problem = tr("The file of saved sessions is damaged: %1 of %2 sessions can be shown. Restart Passerelle: it "
                   "sets the damaged file aside and keeps every session that can still be read.")
                    .arg(shown)
                    .arg(qMax(m_total, shown));
    m_total = shown; // nothing more to fetch: the damage would stop every further page too
    emit problemChanged();
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
        if (row.syncState == OutboxState::Acknowledged && !row.syncDetail.isEmpty())
            return tr("Receipt from the server: %1").arg(row.syncDetail);
        if (row.syncState == OutboxState::Rejected)
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
    case OutcomeColumn:
        return row.status ? statusHeadline(*row.status) : QString();
    case SyncColumn:
        if (role == Qt::AccessibleTextRole && row.syncState == OutboxState::Rejected && !row.syncDetail.isEmpty())
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

QString HistoryModel::syncStateText(std::optional<OutboxState> state)
{
    if (!state)
        return tr("Not to be sent");
    switch (*state) {
    case OutboxState::Acknowledged:
        return tr("Sent");
    case OutboxState::Rejected:
        return tr("Refused by the server");
    case OutboxState::Queued:
    case OutboxState::Sending:
        break;
    }
    return tr("Waiting to be sent");
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QString error;
    const auto more = m_store.page(int(m_rows.size()), kPageSize, &error);
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }
    // An empty page before total() is as wrong as an error: the count and the list disagree.
    if (!error.isEmpty() || more.isEmpty())
        readFailed(error.isEmpty() ? QStringLiteral("an empty page before the end") : error);
}

} // namespace passerelle
