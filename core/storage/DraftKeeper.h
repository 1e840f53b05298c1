// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DraftStore.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace passerelle {

/**
 * Keeps the newest draft in memory until it is safely saved. When a save fails (disk full,
 * read-only folder, database not open), the draft stays here, the counselor gets a plain message
 * once, and the save is retried on a timer and at the next step.
 */
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    /** Saves one draft; false with a technical error (the app's saver may reopen the records). */
    using Saver = std::function<bool(const Draft &draft, QString *error)>;

    explicit DraftKeeper(Saver saver, int retryIntervalMs = 15000, QObject *parent = nullptr);

    /** Keeps @p draft and tries to save it now; true when it is on disk. */
    bool save(const Draft &draft);
    /** Tries again to save the draft kept in memory; true when nothing is left pending. */
    bool retryNow();

    bool hasPending() const { return m_pending.has_value(); }
    const std::optional<Draft> &pending() const { return m_pending; }
    /** The last problem in plain words (empty when the last save worked). */
    QString problem() const { return m_problem; }

signals:
    void saveFailed(const QString &message);
    void saved();

private:
    Saver m_saver;
    std::optional<Draft> m_pending;
    QString m_problem;
    QTimer m_retry;
};

} // namespace passerelle
