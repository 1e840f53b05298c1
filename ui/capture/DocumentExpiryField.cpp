// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/capture/DocumentExpiryField.h"

#include "core/eligibility/IdentityRoute.h"
#include "core/session/SessionModel.h"
#include "core/util/Dates.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/DateFieldsEdit.h"
#include "ui/widgets/MessageLine.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QVBoxLayout>
#include <algorithm>

namespace passerelle::ui {

DocumentExpiryField::DocumentExpiryField(SessionModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_question(roleLabel(this, "expiryQuestion", "heading"))
    , m_picture(new QLabel(this))
    , m_where(roleLabel(this, "expiryWhere", "hint"))
    , m_fields(new DateFieldsEdit(QStringLiteral("expiry"), this))
    , m_status(new MessageLine(this, "expiryStatus"))
{
    setObjectName(QStringLiteral("documentExpiry"));
    m_picture->setObjectName(QStringLiteral("expiryPicture"));
    m_picture->setFocusPolicy(Qt::NoFocus);
    auto *row = new QHBoxLayout;
    row->addWidget(m_fields);
    row->addStretch();
    auto *questions = new QVBoxLayout;
    questions->setContentsMargins(0, 0, 0, 0);
    questions->addWidget(m_question);
    questions->addWidget(m_where);
    questions->addLayout(row);
    questions->addWidget(m_status);
    questions->addStretch();
    // The picture beside the question, or above it when the text is large (retranslate()).
    auto *layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picture, 0, Qt::AlignTop | Qt::AlignLeading);
    layout->addLayout(questions, 1);
    connect(m_fields, &DateFieldsEdit::edited, this, &DocumentExpiryField::edited);
    retranslate();
}

bool DocumentExpiryField::isCard() const
{
    return m_model.identityPlan().captures.contains(CaptureCode::IdFront);
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
    const bool card = isCard();
    m_question->setText(tr("Until when is your document valid?"));
    m_question->setAccessibleName(m_question->text());
    // The French card since 2021 prints it on the front; the older card on the back; a passport on its photo page.
    m_where->setText(card ? tr("On a French identity card made since 2021, the date is on the front, after "
                               "“Date d'expir.”. On an older card, it is on the back.")
                          : tr("On a passport, the date is on the photo page, after “Date d'expiration”."));
    m_where->setAccessibleName(m_where->text());
    m_picture->setVisible(card);
    if (card) {
        // Drawn from the SVG at the screen's pixel ratio: sharp at 200 %. As wide as 20 characters, at most
        // 200 px: at 200 % the question and its fields keep the room beside it.
        const int width = std::min(fontMetrics().averageCharWidth() * 20, 200);
        const qreal ratio = devicePixelRatioF();
        QSvgRenderer svg(QStringLiteral(":/pictures/expiry-id-card.svg"));
        QPixmap pixmap(QSize(width, width * 540 / 856) * ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter);
        painter.end();
        pixmap.setDevicePixelRatio(ratio);
        m_picture->setPixmap(pixmap);
        // Side by side while both fit in the page's 720 px; at 200 % the fields alone nearly fill it.
        const bool sideBySide = width + m_fields->sizeHint().width() + 24 <= 720;
        static_cast<QBoxLayout *>(layout())->setDirection(sideBySide ? QBoxLayout::LeftToRight
                                                                     : QBoxLayout::TopToBottom);
        m_picture->setAccessibleName(
            tr("Picture: the front of an identity card. The expiry date is at the bottom, after “Date d'expir.”."));
    }
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
    else // the question and where to look say enough while no date is typed
        m_status->hideMessage();
}

} // namespace passerelle::ui
