// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTextBrowser;

namespace passerelle {
class OfferCatalogue;
class SessionModel;
struct SummarySettings;
} // namespace passerelle

namespace passerelle::ui {

class MessageLine;

/**
 * The last page: a preview of the one-page take-home summary, "Save the PDF" (a folder the
 * counselor chooses) and "Print". Finish saves the appointment. With a counselor, their name for
 * the summary, filled from the settings ("Your name") and remembered there when changed here;
 * alone at the kiosk there is none.
 */
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    /** Asks where to save the PDF, starting from @p suggested; empty when cancelled. */
    using PathChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    SummaryPage(SessionModel &model, const OfferCatalogue &catalogue, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

    /** Replaces the file dialog (tests, kiosk mode). */
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    /** Writes the PDF to @p path (atomically); says what happened on the page. */
    bool savePdf(const QString &path);
    /** Paints the summary on @p printer (one page); says what happened on the page. */
    bool print(QPrinter &printer);

signals:
    /** The summary was written to a PDF file (for the audit log; no path, no personal data). */
    void summaryExported();
    /** The summary was sent to a printer (for the audit log). */
    void summaryPrinted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPreview();
    /** The site's settings with the name typed on this page (none at the kiosk). */
    SummarySettings summarySettings() const;
    void counselorNameEdited();
    void askAndSave();
    void askAndPrint();
    SessionModel &m_model;
    const OfferCatalogue &m_catalogue;
    PathChooser m_chooser;
    QLabel *m_intro;
    QLabel *m_counselorLabel;
    QLineEdit *m_counselor;
    QTextBrowser *m_preview;
    QPushButton *m_save;
    QPushButton *m_print;
    MessageLine *m_status;
    MessageLine *m_saveError;
};

} // namespace passerelle::ui
