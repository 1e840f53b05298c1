// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/DraftResumeDialog.h"

#include "ui/widgets/Accessibility.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

QString DraftResumeDialog::ageText(const QDateTime &startedUtc, const QDateTime &nowUtc)
{
    const qint64 minutes = std::max<qint64>(0, startedUtc.secsTo(nowUtc) / 60);
    if (minutes < 60)
        return tr("started %n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("started %n hour(s) ago", nullptr, int(minutes / 60));
    return tr("started %n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

DraftResumeDialog::DraftResumeDialog(const DraftInfo &draft, const QDateTime &nowUtc, const QString &stepName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_resume(new QPushButton(this))
    , m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("draftResumeDialog"));
    setWindowTitle(tr("Unfinished session"));
    m_text->setWordWrap(true);
    m_text->setText(tr("A session was not finished (%1, at the step \"%2\"). Do you want to go on with it?")
                        .arg(ageText(draft.startedUtc, nowUtc), stepName));
    m_resume->setText(tr("Go on with it"));
    m_discard->setText(tr("Discard it"));
    m_resume->setDefault(true);
    name(m_text, "draftResumeText", tr("Unfinished session"));
    name(m_resume, "draftResume", tr("Go on with the unfinished session"));
    name(m_discard, "draftDiscard", tr("Discard the unfinished session"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_resume);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_resume, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_discard, &QPushButton::clicked, this, &QDialog::reject);
}

} // namespace passerelle::ui
