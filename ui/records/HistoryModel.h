// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SessionStore.h"

#include <QAbstractTableModel>

namespace passerelle {

/**
 * The counselor's history as a table model: newest first, loaded a page at a time (fetchMore) so
 * opening it costs the same with 100 or 100,000 sessions. Columns: local date and time, first name
 * (if given and not purged), outcome, and where the record stands on its way to the server (the
 * receipt or the server's reason in the tooltip).
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, FirstNameColumn, OutcomeColumn, SyncColumn, ColumnCount };
    static constexpr int kPageSize = 50;

    explicit HistoryModel(SessionStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Sessions stored in all (not only the loaded ones). */
    int total() const { return m_total; }
    SessionSummary summary(int row) const { return m_rows.value(row); }
    /** The plain-words state of a record's sync ("Sent", "Waiting to be sent", "Refused by the server"). */
    static QString syncStateText(std::optional<OutboxState> state);
    /** Reloads from the first page (after a deletion or a new session). */
    void reload();
    /**
     * Why the list stops short of total(), in plain words; empty when it does not. A page that
     * cannot be read ends the loading (no retry at each scroll) and is said, never taken as the end.
     */
    QString problem() const { return m_problem; }

signals:
    void problemChanged();

private:
    void readFailed(const QString &error);
    SessionStore &m_store;
    QList<SessionSummary> m_rows;
    int m_total = 0;
    QString m_problem;
};

} // namespace passerelle
