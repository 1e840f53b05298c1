// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli export: the sessions of a data folder as JSON lines, decrypted, for the
// structure's own archive.
#include "cli/CliCommand.h"
#include "cli/ReadableSessions.h"

#include "core/crypto/KeychainKeyStore.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace passerelle::cli {

namespace {

struct ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

// The folder is read, not purged: what retention would have purged is left out of the archive.
struct RetentionLimits
{
    QDateTime images;
    QDateTime personal;
};

QJsonObject exportLine(SessionStore &store, const SessionSummary &summary, bool withImages,
                       const RetentionLimits &limits, bool *personal)
{
    QJsonObject line;
    const bool personalExpired = summary.completedUtc <= limits.personal;
    const auto record = personalExpired ? std::nullopt : store.load(summary.id);
    *personal = record.has_value();
    if (record) {
        line = record->toJson();
    } else {
        // Purged or never stored: what is left is the statistics.
        line = {{QStringLiteral("id"), summary.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("completed_utc"), summary.completedUtc.toString(Qt::ISODateWithMs)},
                {QStringLiteral("status"), summary.status ? statusCode(*summary.status) : QString()},
                {QStringLiteral("age"), summary.age},
                {QStringLiteral("ruleset"), summary.rulesetId}};
    }
    line.insert(QStringLiteral("personal_data"), record ? QStringLiteral("present") : QStringLiteral("not_available"));
    const auto extras = store.loadExtras(summary.id);
    if (!extras)
        return line;
    if (!extras->firstName.isEmpty() && !personalExpired)
        line.insert(QStringLiteral("first_name"), extras->firstName);
    if (!extras->lastName.isEmpty() && !personalExpired)
        line.insert(QStringLiteral("last_name"), extras->lastName);
    line.insert(QStringLiteral("categories"), QJsonArray::fromStringList(extras->categories));
    QJsonObject outcomes;
    for (auto it = extras->captureOutcomes.cbegin(); it != extras->captureOutcomes.cend(); ++it)
        outcomes.insert(captureCodeString(it.key()), captureOutcomeCode(it.value()));
    line.insert(QStringLiteral("capture_outcomes"), outcomes);
    if (withImages) {
        QJsonObject images;
        for (const auto &image : extras->images) {
            if (summary.completedUtc <= limits.images)
                break;
            images.insert(captureCodeString(image.capture), QString::fromLatin1(image.data.toBase64()));
        }
        line.insert(QStringLiteral("images"), images);
    }
    return line;
}

// The audit log says when personal data left the computer. It is written where the folder takes
// it; a copy marked read-only (a backup on a USB stick) is left exactly as it is.
void recordExport(const QString &databaseFile, const Clock &clock, int total)
{
    if (Database::isMarkedReadOnly(databaseFile))
        return;
    QString error;
    if (const auto database = Database::open(databaseFile, clock, &error))
        AuditLog(*database, clock).record(AuditEvent::Exported, {}, QStringLiteral("jsonl: %1 sessions").arg(total));
}

} // namespace

int runExport(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("File to write (required)."),
                                 QStringLiteral("FILE.jsonl"));
    const QCommandLineOption images(QStringLiteral("with-images"), QStringLiteral("Include the images (base64)."));
    if (const auto exit = startCommand(
            parser, context,
            {.description = QStringLiteral("Writes the sessions of a data folder as JSON lines, decrypted."),
             .options = {dataDir, out, images}}))
        return *exit;
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return badInput(context, ExportCommandText::tr("--out is required (the .jsonl file to write)."));
    if (const int bad = requireSavedSessions(context, parser, dataDir))
        return bad;
    const QString folder = parser.value(dataDir);

    // Read-only: a backup on a USB stick exports, and nothing in the folder changes.
    const auto opened = openRecordsForReading(context, folder);
    if (!opened)
        return Failure;
    Records *records = opened->records.get();
    const RetentionPolicy retention;
    const QDateTime now = opened->clock.nowUtc().toUTC();
    const RetentionLimits limits{now.addDays(-retention.imageDays), now.addMonths(-retention.personalMonths)};

    ReadableSessions readable;
    QString error;
    if (!readSessions(*records, opened->clock, parser.isSet(images), "export", &readable, &error)) {
        context.err << "passerelle-cli: " << openProblemText(error, records->database().path()) << Qt::endl;
        return Failure;
    }
    SessionStore &store = *readable.store;

    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly)) {
        context.err << "passerelle-cli: " << ExportCommandText::tr("cannot write \"%1\".").arg(parser.value(out))
                    << Qt::endl;
        return Failure;
    }
    // The archive holds personal data: only its owner may read it.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    int total = 0;
    int withoutPersonal = 0;
    constexpr int kPage = 500;
    QString listingError;
    for (int offset = 0; listingError.isEmpty(); offset += kPage) {
        const auto page = store.page(offset, kPage, &listingError);
        for (const auto &summary : page) {
            bool personal = false;
            file.write(QJsonDocument(exportLine(store, summary, parser.isSet(images), limits, &personal))
                           .toJson(QJsonDocument::Compact));
            file.write("\n");
            ++total;
            withoutPersonal += personal ? 0 : 1;
        }
        // Only an empty page is the end: a short one may be a page that could not be read.
        if (page.isEmpty())
            break;
    }
    if (!file.commit()) {
        context.err << "passerelle-cli: " << ExportCommandText::tr("cannot write \"%1\".").arg(parser.value(out))
                    << Qt::endl;
        return Failure;
    }
    if (!readable.damaged && listingError.isEmpty())
        recordExport(records->database().path(), opened->clock, total);
    context.out << ExportCommandText::tr("%n session(s) exported to %1.", nullptr, total).arg(parser.value(out))
                << '\n';
    if (withoutPersonal > 0)
        context.out << ExportCommandText::tr("%n of them without personal data (purged or not stored).", nullptr,
                                             withoutPersonal)
                    << '\n';
    context.out.flush();
    if (readable.damaged) {
        context.err << "passerelle-cli: "
                    << ExportCommandText::tr("The file of saved sessions is damaged. Every session that could still "
                                             "be read was exported. Sessions that could not be read: %1.")
                           .arg(readable.salvage.sessionsLost());
        if (const int lost = readable.salvage.tables.value(QStringLiteral("session_images")).lost; lost > 0)
            context.err << ' ' << ExportCommandText::tr("Pictures that could not be read: %1.").arg(lost);
        context.err << Qt::endl;
        return Failure;
    }
    if (!listingError.isEmpty()) {
        qWarning("export: the listing stopped: %s", qPrintable(listingError));
        context.err << "passerelle-cli: "
                    << ExportCommandText::tr("The saved sessions could not all be read: the export stopped after %1.")
                           .arg(total)
                    << Qt::endl;
        return Failure;
    }
    return Ok;
}

} // namespace passerelle::cli
