// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DraftKeeper.h"

#include "core/storage/Records.h"

#include <QLoggingCategory>

namespace passerelle {

Q_LOGGING_CATEGORY(lcDrafts, "passerelle.drafts")

DraftKeeper::DraftKeeper(Saver saver, int retryIntervalMs, QObject *parent)
    : QObject(parent)
    , m_saver(std::move(saver))
{
    m_retry.setInterval(retryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &DraftKeeper::retryNow);
}

bool DraftKeeper::save(const Draft &draft)
{
    m_pending = draft;
    return retryNow();
}

bool DraftKeeper::retryNow()
{
    if (!m_pending) {
        m_retry.stop();
        return true;
    }
    QString error;
    if (m_saver(*m_pending, &error)) {
        m_pending.reset();
        m_problem.clear();
        m_retry.stop();
        emit saved();
        return true;
    }
    // Only the kind of problem is logged: the error text could quote the data being written.
    qCWarning(lcDrafts) << "draft not saved, kept in memory; will retry";
    const QString message = storageProblemText(error);
    const bool isNew = message != m_problem;
    m_problem = message;
    if (!m_retry.isActive())
        m_retry.start();
    if (isNew)
        emit saveFailed(message);
    return false;
}

} // namespace passerelle
