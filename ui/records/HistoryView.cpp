// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/HistoryView.h"

#include "core/offers/OfferCatalogue.h"
#include "core/offers/SummaryDocument.h"
#include "core/storage/Outbox.h"
#include "core/storage/SessionStore.h"
#include "core/storage/StatisticsExport.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/SiteSettings.h"
#include "ui/capture/CaptureFiles.h"
#include "ui/records/HistoryModel.h"
#include "ui/widgets/Accessibility.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace passerelle::ui {

HistoryView::HistoryView(SessionStore &store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_model(new HistoryModel(store, this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_erase(new QPushButton(this))
    , m_uploaded(new QPushButton(this))
    , m_saveSummary(new QPushButton(this))
    , m_saveDocuments(new QPushButton(this))
    , m_statistics(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_message(new MessageLine(this, "historyMessage"))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveSummary);
    buttons->addWidget(m_saveDocuments);
    buttons->addWidget(m_uploaded);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_statistics);
    buttons->addWidget(m_erase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete a session"), question) == QMessageBox::Yes;
    };
    connect(m_erase, &QPushButton::clicked, this, &HistoryView::eraseSelected);
    m_chooseFolder = [this] { return QFileDialog::getExistingDirectory(this, tr("Where to save the files?")); };
    connect(m_uploaded, &QPushButton::clicked, this, &HistoryView::confirmUploaded);
    connect(m_saveSummary, &QPushButton::clicked, this, &HistoryView::saveSummary);
    connect(m_saveDocuments, &QPushButton::clicked, this, &HistoryView::saveDocuments);
    connect(m_statistics, &QPushButton::clicked, this, &HistoryView::exportStatistics);
    m_retry->hide();
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &HistoryView::reload);
    connect(m_retry, &QPushButton::clicked, this, &HistoryView::retrySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateState);
    connect(m_model, &HistoryModel::problemChanged, this, &HistoryView::updateState);
    retranslate();
    updateState();
}

void HistoryView::retranslate()
{
    name(m_table, "historyTable", tr("Past sessions"),
         tr("Newest first. Date, first name, outcome and whether the server has it."));
    name(m_retry, "historyRetry", tr("Send this session to the server again"),
         tr("For a session the server refused: fix the cause first (for example the server's settings)."));
    m_retry->setText(tr("Send &again"));
    name(m_erase, "historyErase", tr("Delete this session"));
    name(m_uploaded, "historyUploaded", tr("Images uploaded: delete them here"));
    name(m_count, "historyCount", tr("Number of sessions"));
    m_message->setIdleName(tr("Message"));
    name(m_saveSummary, "historySaveSummary", tr("Save the summary of this session again (PDF)"));
    name(m_saveDocuments, "historySaveDocuments", tr("Save the pictures of this session again"));
    name(m_statistics, "historyStatistics", tr("Export the statistics (CSV, no personal data)"));
    m_statistics->setText(tr("Export the s&tatistics..."));
    m_saveSummary->setText(tr("Save the &summary..."));
    m_saveDocuments->setText(tr("Save the &pictures..."));
    m_erase->setText(tr("Delete this session"));
    m_uploaded->setText(tr("Images uploaded: delete them here"));
}

void HistoryView::reload()
{
    const int row = selectedRow();
    const QUuid selected = row >= 0 ? m_model->summary(row).id : QUuid();
    // The reset clears the selection (updateState() hides a refusal's reason); selecting the same
    // session again brings back its buttons and reason.
    m_model->reload();
    for (int i = 0; !selected.isNull() && i < m_model->rowCount(); ++i) {
        if (m_model->summary(i).id == selected) {
            m_table->selectRow(i);
            break;
        }
    }
}

void HistoryView::scheduleReload()
{
    m_reloadTimer->start();
}

int HistoryView::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HistoryView::updateState()
{
    // A list that stops short says why, instead of a count over rows that are not there.
    m_count->setText(m_model->problem().isEmpty()
                         ? tr("%n session(s) saved on this computer.", nullptr, m_model->total())
                         : m_model->problem());
    const int row = selectedRow();
    m_erase->setEnabled(row >= 0);
    // Purged or unreadable personal data cannot make a summary; purged images leave nothing to save.
    m_saveSummary->setEnabled(row >= 0 && m_model->summary(row).personalAvailable);
    m_saveDocuments->setEnabled(row >= 0 && m_model->summary(row).imageCount > 0);
    m_uploaded->setEnabled(row >= 0 && m_model->summary(row).imageCount > 0);
    const bool rejected = row >= 0 && m_model->summary(row).syncState == OutboxState::Rejected;
    m_retry->setEnabled(rejected && m_retryHandler);
    if (rejected) {
        m_message->showMessage(tr("The server refused this session: %1").arg(m_model->summary(row).syncDetail),
                               MessageLine::Kind::Error);
        m_showingReason = true;
    } else if (m_showingReason) {
        m_message->hideMessage();
        m_showingReason = false;
    }
}

void HistoryView::setRetryHandler(std::function<bool(const QUuid &)> retry)
{
    m_retryHandler = std::move(retry);
    m_retry->setVisible(bool(m_retryHandler));
    updateState();
}

void HistoryView::retrySelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_retryHandler)
        return;
    const QUuid id = m_model->summary(row).id;
    if (!m_retryHandler(id)) {
        say(tr("This session is no longer refused: it was already queued or sent."), MessageLine::Kind::Information);
        m_model->reload();
        return;
    }
    m_model->reload();
    say(tr("The session is queued again: it will be sent at the next sync."), MessageLine::Kind::Success);
}

void HistoryView::eraseSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const SessionSummary summary = m_model->summary(row);
    if (!m_confirm(tr("Delete this session for good? Its data and images are erased from this computer.")))
        return;
    QString error;
    if (!m_store.erase(summary.id, &error)) {
        say(tr("The session could not be deleted. Try again."), MessageLine::Kind::Error);
        return;
    }
    say(tr("The session was deleted."), MessageLine::Kind::Success);
    m_model->reload();
}

void HistoryView::confirmUploaded()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QString error;
    if (!m_store.confirmUploaded(m_model->summary(row).id, &error)) {
        say(tr("The images could not be deleted. Try again."), MessageLine::Kind::Error);
        return;
    }
    say(tr("The images of this session were deleted from this computer."), MessageLine::Kind::Success);
    m_model->reload();
}

void HistoryView::say(const QString &message, MessageLine::Kind kind)
{
    // An answer to the counselor's action replaces the selected record's refusal.
    m_showingReason = false;
    m_message->showMessage(message, kind);
}

void HistoryView::saveSummary()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QUuid id = m_model->summary(row).id;
    QString error;
    const auto record = m_store.load(id, &error);
    if (!record) {
        say(tr("The data of this session can no longer be opened (deleted after six months, or key missing)."),
            MessageLine::Kind::Error);
        return;
    }
    const QString folder = m_chooseFolder();
    if (folder.isEmpty())
        return;
    // The file name holds only the date: no personal data in names.
    const QString path = QDir(folder).filePath(
        QStringLiteral("pass-culture-%1.pdf").arg(record->completedUtc.toLocalTime().date().toString(Qt::ISODate)));
    const QString language = supportedLanguages().contains(record->language) ? record->language : currentLanguage();
    if (!SummaryDocument::writePdf(path, *record, OfferCatalogue::builtIn(), siteSettings(), language, &error)) {
        say(tr("The summary could not be saved in this folder. Choose another one."), MessageLine::Kind::Error);
        return;
    }
    say(tr("The summary was saved: %1").arg(QDir::toNativeSeparators(path)), MessageLine::Kind::Success);
    emit exported(id, QStringLiteral("summary_pdf"));
}

void HistoryView::saveDocuments()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QUuid id = m_model->summary(row).id;
    QString error;
    const auto extras = m_store.loadExtras(id, &error);
    if (!extras || extras->images.isEmpty()) {
        say(tr("The pictures of this session are no longer on this computer."), MessageLine::Kind::Error);
        return;
    }
    const QString folder = m_chooseFolder();
    if (folder.isEmpty())
        return;
    QList<CaptureFile> pictures;
    for (const auto &image : extras->images)
        pictures.append({image.capture, image.data});
    const QStringList written = saveCaptureFiles(folder, pictures, &error);
    if (written.isEmpty()) {
        say(error, MessageLine::Kind::Error);
        return;
    }
    say(tr("%n file(s) saved in %1.", nullptr, int(written.size())).arg(QDir::toNativeSeparators(folder)),
        MessageLine::Kind::Success);
    emit exported(id, QStringLiteral("documents"));
}

void HistoryView::exportStatistics()
{
    const QString folder = m_chooseFolder();
    if (folder.isEmpty())
        return;
    const QString path = QDir(folder).filePath(
        QStringLiteral("statistiques-passerelle-%1.csv").arg(m_clock.today().toString(Qt::ISODate)));
    QSaveFile file(path);
    QString error;
    int rows = 0;
    if (!file.open(QIODevice::WriteOnly) || !writeStatisticsCsv(m_store.database(), file, &error, &rows) ||
        !file.commit()) {
        say(tr("The statistics could not be saved in this folder. Choose another one."), MessageLine::Kind::Error);
        return;
    }
    say(tr("The statistics were saved: %1").arg(QDir::toNativeSeparators(path)), MessageLine::Kind::Success);
    emit exported(QUuid(), QStringLiteral("statistics_csv"));
}

} // namespace passerelle::ui
