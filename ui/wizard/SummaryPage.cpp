// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/SummaryPage.h"

#include "core/offers/OfferCatalogue.h"
#include "core/offers/SummaryDocument.h"
#include "core/session/SessionModel.h"
#include "ui/SiteSettings.h"
#include "ui/modes/ModeHooks.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"
#include "ui/wizard/SessionWizard.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace passerelle::ui {

namespace {

const QString kFolderKey = QStringLiteral("summary/folder");

QString defaultChooser(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, SummaryPage::tr("Save the summary"), suggested,
                                        SummaryPage::tr("PDF files (*.pdf)"));
}

} // namespace

SummaryPage::SummaryPage(SessionModel &model, const OfferCatalogue &catalogue, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_catalogue(catalogue)
    , m_chooser(defaultChooser)
    , m_intro(roleLabel(this, "summaryIntro", "hint"))
    , m_counselorLabel(new QLabel(this))
    , m_counselor(new QLineEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_save(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_status(new MessageLine(this, "summaryStatus"))
    , m_saveError(new MessageLine(this, "saveError"))
{
    setObjectName(QStringLiteral("summaryPage"));
    m_preview->setObjectName(QStringLiteral("summaryPreview"));
    m_preview->setOpenLinks(false);
    m_intro->setTextFormat(Qt::PlainText);
    m_counselorLabel->setBuddy(m_counselor);
    m_counselor->setMaxLength(80);
    auto *counselor = new QHBoxLayout;
    counselor->addWidget(m_counselorLabel);
    counselor->addWidget(m_counselor, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(counselor);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_saveError);
    connect(m_save, &QPushButton::clicked, this, &SummaryPage::askAndSave);
    connect(m_print, &QPushButton::clicked, this, &SummaryPage::askAndPrint);
    connect(m_counselor, &QLineEdit::editingFinished, this, &SummaryPage::counselorNameEdited);
    retranslate();
}

void SummaryPage::initializePage()
{
    m_status->hideMessage();
    m_saveError->hideMessage();
    // Alone at the kiosk nobody picks a folder and no dialog opens: this page is the recap screen,
    // and Print goes straight to the kiosk's printer when it has one.
    const bool dialogs = modeRules(this).fileDialogs;
    m_save->setVisible(dialogs);
    m_print->setVisible(dialogs || !QPrinterInfo::defaultPrinter().isNull());
    // Alone at the kiosk, nobody's name goes on the summary.
    const bool counselor = windowMode(this) != AppMode::Kiosk;
    m_counselorLabel->setVisible(counselor);
    m_counselor->setVisible(counselor);
    m_counselor->setText(counselor ? siteSettings().counselorName : QString());
    retranslate();
    fillPreview();
    if (m_save->isVisibleTo(this))
        m_save->setFocus();
    else if (m_print->isVisibleTo(this))
        m_print->setFocus();
    else
        m_preview->setFocus();
}

bool SummaryPage::validatePage()
{
    auto *sessionWizard = qobject_cast<SessionWizard *>(wizard());
    return !sessionWizard || sessionWizard->finishIfLast(m_saveError);
}

void SummaryPage::fillPreview()
{
    if (!m_model.result())
        return;
    const QString language = m_model.language();
    const SessionRecord record = m_model.toRecord({});
    // The same page as the PDF (its QR code included), as text a screen reader can read and the
    // counselor can scroll.
    SummaryDocument::fill(*m_preview->document(), record, m_catalogue, summarySettings(), language,
                          SummaryDocument::Detail::TwoExamples, qRound(32 * devicePixelRatioF()));
}

SummarySettings SummaryPage::summarySettings() const
{
    SummarySettings settings = siteSettings();
    settings.counselorName = m_counselor->isVisibleTo(this) ? m_counselor->text().simplified() : QString();
    return settings;
}

void SummaryPage::counselorNameEdited()
{
    if (!m_counselor->isModified())
        return;
    m_counselor->setModified(false);
    // The same setting as "Your name" in the settings: the next summary has it too. A demo
    // writes nothing.
    if (modeRules(this).persistent)
        QSettings().setValue(QStringLiteral("counselor/name"), m_counselor->text().simplified());
    fillPreview();
}

void SummaryPage::askAndSave()
{
    QSettings settings;
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The file name holds the date only: never the young person's name.
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("pass-culture-%1.pdf").arg(m_model.appointmentDate().toString(Qt::ISODate)));
    QString path = m_chooser(this, suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    if (savePdf(path))
        settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
}

bool SummaryPage::savePdf(const QString &path)
{
    QString error;
    if (!SummaryDocument::writePdf(path, m_model.toRecord({}), m_catalogue, summarySettings(), m_model.language(),
                                   &error)) {
        m_status->showMessage(tr("The summary could not be saved: %1").arg(error), MessageLine::Kind::Error);
        return false;
    }
    m_status->showMessage(tr("Summary saved: %1").arg(QDir::toNativeSeparators(path)), MessageLine::Kind::Success);
    emit summaryExported();
    return true;
}

void SummaryPage::askAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    if (!modeRules(this).fileDialogs) {
        // The print dialog can print to a file in any folder: the kiosk prints on its own printer.
        const QPrinterInfo kioskPrinter = QPrinterInfo::defaultPrinter();
        if (kioskPrinter.isNull()) {
            m_status->showMessage(tr("No printer here. Show this page at the desk."), MessageLine::Kind::Warning);
            return;
        }
        printer.setPrinterName(kioskPrinter.printerName());
        print(printer);
        return;
    }
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print the summary"));
    if (dialog.exec() == QDialog::Accepted)
        print(printer);
}

bool SummaryPage::print(QPrinter &printer)
{
    QString error;
    if (!SummaryDocument::render(printer, m_model.toRecord({}), m_catalogue, summarySettings(), m_model.language(),
                                 &error)) {
        m_status->showMessage(tr("The summary could not be printed: %1").arg(error), MessageLine::Kind::Error);
        return false;
    }
    m_status->showMessage(tr("Summary sent to the printer."), MessageLine::Kind::Success);
    emit summaryPrinted();
    return true;
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillPreview();
    }
    QWizardPage::changeEvent(event);
}

void SummaryPage::retranslate()
{
    setTitle(tr("Your summary to take home"));
    setSubTitle(QString());
    if (m_save->isVisibleTo(this))
        m_intro->setText(tr("One page with your answer, your next steps and what you like. Save it or print it."));
    else if (m_print->isVisibleTo(this))
        m_intro->setText(tr("One page with your answer, your next steps and what you like. Print it to take it home."));
    else
        m_intro->setText(tr("One page with your answer, your next steps and what you like. Show it at the desk."));
    m_counselorLabel->setText(tr("Your &name, printed on the summary:"));
    name(m_counselor, "summaryCounselorEdit", tr("Your name, printed on the summary"),
         tr("The young person's contact at the Mission Locale. Saved in the settings."));
    name(m_preview, "summaryPreview", tr("Preview of the summary"));
    m_save->setText(tr("&Save the PDF"));
    name(m_save, "savePdfButton", tr("Save the summary as a PDF file"));
    m_print->setText(tr("&Print"));
    name(m_print, "printButton", tr("Print the summary"));
}

} // namespace passerelle::ui
