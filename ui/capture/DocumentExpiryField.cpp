// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/DocumentExpiryField.h"

#include "core/session/SessionModel.h"
#include "core/util/Dates.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/DateFieldsEdit.h"
#include "ui/widgets/MessageLine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace passerelle::ui {

DocumentExpiryField::DocumentExpiryField(SessionModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_label(new QLabel(this))
    , m_fields(new DateFieldsEdit(QStringLiteral("expiry"), this))
    , m_status(new MessageLine(this, "expiryStatus"))
{
    setObjectName(QStringLiteral("documentExpiry"));
    m_label->setObjectName(QStringLiteral("expiryLabel"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_fields);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_fields, &DateFieldsEdit::edited, this, &DocumentExpiryField::edited);
    retranslate();
}

void DocumentExpiryField::load()
{
    const QDate expiry = m_model.documentExpiry();
    m_fields->setFields(expiry.isValid() ? DateFields::fromDate(expiry) : DateFields());
    m_fields->resetEdited();
    retranslate();
}

void DocumentExpiryField::edited()
{
    // A date still being typed is no date: the plan only switches on a complete, past one.
    QString error;
    m_model.setDocumentExpiry(m_fields->fields().toDate(&error));
    retranslate();
    emit expiryChanged();
}

void DocumentExpiryField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentExpiryField::retranslate()
{
    m_label->setText(tr("Expiry date of the document:"));
    m_fields->setSubject(tr("Expiry date of the document"));
    const QDate expiry = m_model.documentExpiry();
    // An expired document is the person's situation, not a mistake: a warning, never red. What is added
    // comes from the one identity plan: a proof of address only for a foreign document.
    if (m_model.documentExpired() && m_model.identityPlan().captures.contains(CaptureCode::ProofOfAddress))
        m_status->showMessage(
            tr("This document has expired. The identity check is now done on Démarche Numérique: we also take a "
               "selfie with the document and a proof of address."),
            MessageLine::Kind::Warning);
    else if (m_model.documentExpired())
        m_status->showMessage(tr("This document has expired. The identity check is now done on Démarche "
                                 "Numérique: we also take a selfie with the document."),
                              MessageLine::Kind::Warning);
    else if (expiry.isValid())
        m_status->showMessage(tr("The document is valid until %1.").arg(dates::toLongText(expiry)),
                              MessageLine::Kind::Success);
    else
        m_status->showMessage(tr("Type the date written on the document (an expired one changes the steps)."),
                              MessageLine::Kind::Information);
}

} // namespace passerelle::ui
