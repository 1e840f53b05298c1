// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/EnrollmentPanel.h"

#include "core/sync/EnrollmentPayload.h"
#include "core/sync/SyncService.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace passerelle::ui {

using sync::EnrollmentPayload;
using sync::SyncService;

EnrollmentPanel::EnrollmentPanel(SyncService &service, QWidget *parent)
    : QGroupBox(parent)
    , m_service(service)
    , m_state(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_enroll(new QPushButton(this))
    , m_message(new MessageLine(this, "enrollmentMessage", tr("Linking result")))
{
    setObjectName(QStringLiteral("enrollmentPanel"));
    setTitle(tr("Sending the sessions to the Mission Locale's server"));
    m_state->setObjectName(QStringLiteral("enrollmentState"));
    m_state->setWordWrap(true);
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_server->setText(service.serverUrl().toString());
    name(m_server, "serverAddressEdit", tr("Server address"),
         tr("Given by your Mission Locale, it starts with https://."));
    name(m_code, "enrollmentCodeEdit", tr("One-time code"), tr("Type or paste the code, for example ABCD-EFGH-JKLM."));
    m_enroll->setText(tr("&Link this computer"));
    name(m_enroll, "enrollButton", tr("Link this computer to the server"));

    auto *form = new QFormLayout(this);
    form->addRow(m_state);
    form->addRow(tr("Server &address"), m_server);
    form->addRow(tr("One-time &code"), m_code);
    form->addRow(QString(), m_enroll);
    form->addRow(m_message);

    connect(m_enroll, &QPushButton::clicked, this, &EnrollmentPanel::enroll);
    connect(m_code, &QLineEdit::returnPressed, this, &EnrollmentPanel::enroll);
    // The QR text pasted in either field fills both.
    connect(m_code, &QLineEdit::textChanged, this, &EnrollmentPanel::fillFromQrText);
    connect(m_server, &QLineEdit::textChanged, this, &EnrollmentPanel::fillFromQrText);
    connect(&m_service, &SyncService::enrolledChanged, this, &EnrollmentPanel::updateState);
    connect(&m_service, &SyncService::enrollFinished, this, [this](bool ok, const QString &message) {
        m_enroll->setEnabled(true);
        if (ok)
            m_code->clear();
        m_message->showMessage(message, ok ? MessageLine::Kind::Success : MessageLine::Kind::Error);
        updateState();
    });
    updateState();
}

void EnrollmentPanel::updateState()
{
    const QString text =
        m_service.isEnrolled()
            ? tr("This computer sends its sessions to %1. A new code links it again.").arg(m_service.serverUrl().host())
            : tr("This computer is not linked to a server yet: the sessions stay here.");
    m_state->setText(text);
    m_state->setAccessibleName(text);
}

void EnrollmentPanel::fillFromQrText(const QString &text)
{
    const auto payload = EnrollmentPayload::fromQrText(text);
    if (!payload)
        return;
    // Set both without coming back here.
    const QSignalBlocker serverBlocker(m_server);
    const QSignalBlocker codeBlocker(m_code);
    m_server->setText(payload->server.toString());
    m_code->setText(payload->code);
}

void EnrollmentPanel::enroll()
{
    const QString address = m_server->text().trimmed();
    const QString code = EnrollmentPayload::normalizedCode(m_code->text());
    if (address.isEmpty()) {
        m_message->showMessage(tr("Type the server address."), MessageLine::Kind::Error);
        m_server->setFocus();
        return;
    }
    // "ml.example.fr" typed without the scheme: HTTPS is meant.
    const QUrl url(address.contains(QLatin1String("://")) ? address : QStringLiteral("https://") + address);
    if (!SyncService::isAcceptableServerUrl(url)) {
        m_message->showMessage(tr("This address cannot be used. It must start with https://."),
                               MessageLine::Kind::Error);
        m_server->setFocus();
        return;
    }
    if (code.isEmpty()) {
        m_message->showMessage(tr("Type the one-time code."), MessageLine::Kind::Error);
        m_code->setFocus();
        return;
    }
    m_enroll->setEnabled(false);
    m_message->showMessage(tr("Contacting the server..."), MessageLine::Kind::Information);
    m_service.enroll(url, code);
}

} // namespace passerelle::ui
