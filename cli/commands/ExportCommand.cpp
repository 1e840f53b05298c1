// SPDX-License-Identifier: GPL-3.0-or-later
// passerelle-cli export: the sessions of a data folder as JSON lines, decrypted, for the
// structure's own archive.
#include "cli/CliCommand.h"

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

QJsonObject exportLine(SessionStore &store, const SessionSummary &summary, bool withImages, bool *personal)
{
    QJsonObject line;
    const auto record = store.load(summary.id);
    *personal = record.has_value();
    if (record) {
        line = record->toJson();
    } else {
        // Purged or never stored: what is left is the statistics.
        line = {{QStringLiteral("id"), summary.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("completed_utc"), summary.completedUtc.toString(Qt::ISODateWithMs)},
                {QStringLiteral("status"), summary.status},
                {QStringLiteral("age"), summary.age},
                {QStringLiteral("ruleset"), summary.rulesetId}};
    }
    line.insert(QStringLiteral("personal_data"), record ? QStringLiteral("present") : QStringLiteral("not_available"));
    const auto extras = store.loadExtras(summary.id);
    if (!extras)
        return line;
    if (!extras->firstName.isEmpty())
        line.insert(QStringLiteral("first_name"), extras->firstName);
    if (!extras->lastName.isEmpty())
        line.insert(QStringLiteral("last_name"), extras->lastName);
    line.insert(QStringLiteral("categories"), QJsonArray::fromStringList(extras->categories));
    QJsonObject outcomes;
    for (auto it = extras->captureOutcomes.cbegin(); it != extras->captureOutcomes.cend(); ++it)
        outcomes.insert(it.key(), it.value());
    line.insert(QStringLiteral("capture_outcomes"), outcomes);
    if (withImages) {
        QJsonObject images;
        for (const auto &image : extras->images)
            images.insert(image.capture, QString::fromLatin1(image.data.toBase64()));
        line.insert(QStringLiteral("images"), images);
    }
    return line;
}

} // namespace

int runExport(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the sessions of a data folder as JSON lines, decrypted."));
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("File to write (required)."),
                                 QStringLiteral("FILE.jsonl"));
    const QCommandLineOption images(QStringLiteral("with-images"), QStringLiteral("Include the images (base64)."));
    const QCommandLineOption lang = languageOption();
    parser.addOptions({dataDir, out, images, lang});
    int exitCode = Ok;
    if (!parseOrExplain(parser, context, &exitCode))
        return exitCode;
    if (!applyLanguage(parser.value(lang)))
        return unknownLanguage(context, parser.value(lang));
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(context, parser.positionalArguments().first());
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return badInput(context, ExportCommandText::tr("--out is required (the .jsonl file to write)."));
    if (const int bad = requireSavedSessions(context, parser, dataDir))
        return bad;
    const QString folder = parser.value(dataDir);

    const auto opened = openRecords(context, folder);
    if (!opened)
        return Failure;
    Records *records = opened->records.get();
    for (const auto &notice : records->notices())
        context.err << notice << Qt::endl;

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
    for (int offset = 0;; offset += kPage) {
        const auto page = records->sessions().page(offset, kPage);
        for (const auto &summary : page) {
            bool personal = false;
            file.write(QJsonDocument(exportLine(records->sessions(), summary, parser.isSet(images), &personal))
                           .toJson(QJsonDocument::Compact));
            file.write("\n");
            ++total;
            withoutPersonal += personal ? 0 : 1;
        }
        if (page.size() < kPage)
            break;
    }
    if (!file.commit()) {
        context.err << "passerelle-cli: " << ExportCommandText::tr("cannot write \"%1\".").arg(parser.value(out))
                    << Qt::endl;
        return Failure;
    }
    records->audit().record(AuditEvent::Exported, {}, QStringLiteral("jsonl: %1 sessions").arg(total));
    context.out << ExportCommandText::tr("%n session(s) exported to %1.", nullptr, total).arg(parser.value(out))
                << '\n';
    if (withoutPersonal > 0)
        context.out << ExportCommandText::tr("%n of them without personal data (purged or not stored).", nullptr,
                                             withoutPersonal)
                    << '\n';
    context.out.flush();
    return Ok;
}

} // namespace passerelle::cli
