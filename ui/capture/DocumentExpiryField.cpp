// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/DocumentExpiryField.h"

#include "core/session/SessionModel.h"
#include "core/util/Dates.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/DateFieldsEdit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace passerelle::ui {

DocumentExpiryField::DocumentExpiryField(SessionModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_label(new QLabel(this))
    , m_fields(new DateFieldsEdit(QStringLiteral("expiry"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("documentExpiry"));
    m_label->setObjectName(QStringLiteral("expiryLabel"));
    m_status->setObjectName(QStringLiteral("expiryStatus"));
    m_status->setWordWrap(true);
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
    if (m_model.documentExpired())
        m_status->setText(errorText(
            tr("This document has expired. The identity check is now done on Démarche Numérique: we also take a "
               "selfie with the document and a proof of address.")));
    else if (expiry.isValid())
        m_status->setText(tr("The document is valid until %1.").arg(dates::toLongText(expiry)));
    else
        m_status->setText(tr("Type the date written on the document (an expired one changes the steps)."));
    m_status->setAccessibleName(m_status->text());
    m_status->setProperty("role", m_model.documentExpired() ? QStringLiteral("error") : QStringLiteral("hint"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

} // namespace passerelle::ui
