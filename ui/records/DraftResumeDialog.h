// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/DraftStore.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace passerelle::ui {

/**
 * Asked at start in counselor mode when an unfinished session was saved: resume it (with its age
 * and step shown) or discard it. The caller acts on the answer (DraftStore::load / discard).
 */
class DraftResumeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Resume = QDialog::Accepted, Discard = QDialog::Rejected };

    DraftResumeDialog(const DraftInfo &draft, const QDateTime &nowUtc, const QString &stepName,
                      QWidget *parent = nullptr);

    /** "started 25 minutes ago", "started 3 hours ago", "started 2 days ago". */
    static QString ageText(const QDateTime &startedUtc, const QDateTime &nowUtc);

private:
    QLabel *m_text;
    QPushButton *m_resume;
    QPushButton *m_discard;
};

} // namespace passerelle::ui
