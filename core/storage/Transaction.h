// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace passerelle {

/**
 * One transaction (SQLite, or PostgreSQL on the server), begun on construction and rolled back when it goes out of
 * scope uncommitted: every early return of a store rolls back by itself.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Whether it began; when not, error() says why. */
    bool isOpen() const { return m_open; }
    /** The driver's last error, as text. */
    QString error() const;
    /** Commits; false with @p error set (and rolled back) when the commit fails. */
    bool commit(QString *error = nullptr);
    /** Rolls back now, before the end of the scope (to read what others committed meanwhile). */
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace passerelle
