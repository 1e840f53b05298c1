// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/SyncStatusWidget.h"

#include "core/sync/SyncService.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace passerelle::ui {

using sync::SyncService;

SyncStatusWidget::SyncStatusWidget(SyncService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_state(new MessageLine(this, "syncStateLabel"))
    , m_syncNow(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setWordWrap(false);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->show(); // a standing status: always there
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_syncNow);
    connect(m_syncNow, &QPushButton::clicked, &m_service, &SyncService::syncNow);
    for (const auto signal : {&SyncService::enrolledChanged, &SyncService::countsChanged,
                              &SyncService::lastSuccessChanged, &SyncService::lastErrorChanged})
        connect(&m_service, signal, this, &SyncStatusWidget::refresh);
    connect(&m_service, &SyncService::stateChanged, this, &SyncStatusWidget::refresh);
    // Acknowledgements change the pending count without a countsChanged of their own.
    connect(&m_service, &SyncService::passFinished, this, &SyncStatusWidget::refresh);
    connect(&m_service, &SyncService::recordStateChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

QString SyncStatusWidget::stateText() const
{
    if (m_service.state() == SyncService::State::NotEnrolled)
        return tr("Sending: this computer is not linked to a server yet (Tools > Settings).");
    QStringList parts;
    if (m_service.state() == SyncService::State::Syncing)
        parts << tr("Sending...");
    const int pending = m_service.pendingCount();
    parts << (pending == 0 ? tr("All sessions are sent.") : tr("%n session(s) waiting to be sent.", nullptr, pending));
    if (const int rejected = m_service.rejectedCount(); rejected > 0)
        parts << tr("%n session(s) refused by the server.", nullptr, rejected);
    const QDateTime last = m_service.lastSuccessUtc();
    parts << (last.isValid() ? tr("Last sent: %1.").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                             : tr("Nothing sent yet."));
    if (!m_service.lastError().isEmpty())
        parts << tr("Problem: %1").arg(m_service.lastError());
    return parts.join(QLatin1Char(' '));
}

void SyncStatusWidget::refresh()
{
    const QString text = stateText();
    const bool problem = !m_service.lastError().isEmpty();
    // Amber, not red: a server out of reach is not the counselor's error, and the records wait safely.
    m_state->setMessage(text, problem ? MessageLine::Kind::Warning : MessageLine::Kind::Information);
    m_syncNow->setText(tr("&Sync now"));
    name(m_syncNow, "syncNowButton", tr("Send the waiting sessions to the server now"));
    m_syncNow->setEnabled(m_service.isEnrolled() && m_service.state() != SyncService::State::Syncing);
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace passerelle::ui
