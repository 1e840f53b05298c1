// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include "core/util/Fail.h"

#include <QSqlError>

namespace passerelle {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_open(m_db.transaction())
{}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

QString Transaction::error() const
{
    return m_db.lastError().text();
}

bool Transaction::commit(QString *error)
{
    if (!m_db.commit())
        return fail(error, m_db.lastError().text()); // rolled back by the destructor
    m_open = false;
    return true;
}

void Transaction::rollback()
{
    if (m_open)
        m_db.rollback();
    m_open = false;
}

} // namespace passerelle
