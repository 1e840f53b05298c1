// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace passerelle {
class SessionModel;
}

namespace passerelle::ui {

class MessageLine;

class DateFieldsEdit;

/**
 * The identity document's expiry date, asked on its own: a question, where the date is written (a
 * picture of the card's front, "expiryPicture", for a card; a sentence, "expiryWhere"), three fields
 * and what the date means: valid until..., or expired, in which case the model has switched the plan
 * to Démarche Numérique (SessionModel). Fields are named "expiryDay", "expiryMonth", "expiryYear";
 * the sentence is "expiryStatus".
 */
class DocumentExpiryField : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentExpiryField(SessionModel &model, QWidget *parent = nullptr);

    /** Model -> widgets. */
    void load();

signals:
    /** The date was edited and copied to the model (the identity plan may have changed). */
    void expiryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void edited();
    void retranslate();
    /** The document photographed is a card (ID-1), not a passport page. */
    bool isCard() const;
    SessionModel &m_model;
    QLabel *m_question;
    QLabel *m_picture;
    QLabel *m_where;
    DateFieldsEdit *m_fields;
    MessageLine *m_status;
};

} // namespace passerelle::ui
