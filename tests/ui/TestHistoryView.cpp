// SPDX-License-Identifier: GPL-3.0-or-later
// The counselor's history: paged, newest first, erasure and "images uploaded", offscreen.
#include "ui/records/DraftResumeDialog.h"
#include "ui/records/HistoryView.h"

#include "core/crypto/KeyStore.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/modes/DemoSessions.h"
#include "core/storage/Outbox.h"
#include "core/storage/Records.h"
#include "core/util/Clock.h"
#include "ui/records/HistoryModel.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace passerelle;

class TestHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
        QString error;
        m_records = Records::open({m_dir.path(), &m_keys, m_clock, {}, true}, &error);
        QVERIFY2(m_records, qPrintable(error));
        DemoSessions demo(*m_engine, 3);
        for (int i = 0; i < 120; ++i) {
            SessionExtras extras = demo.extras();
            extras.firstName = QStringLiteral("Personne%1").arg(i);
            if (i == 119)
                extras.images = {{CaptureCode::IdFront, QByteArray(1000, 'x')}};
            QVERIFY2(m_records->sessions().saveCompleted(
                         demo.record(m_clock.nowUtc().addSecs(-3600 * (120 - i)), m_records->database().deviceId()),
                         extras, &error),
                     qPrintable(error));
        }
    }

    void showsTheNewestPageFirstAndLoadsMore()
    {
        ui::HistoryView view(m_records->sessions(), m_clock);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("historyTable"));
        QVERIFY(table);
        QVERIFY(!table->accessibleName().isEmpty());
        QCOMPARE(view.model().total(), 120);
        QCOMPARE(table->model()->rowCount(), HistoryModel::kPageSize);
        QCOMPARE(table->model()->index(0, HistoryModel::FirstNameColumn).data().toString(),
                 QStringLiteral("Personne119"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("historyCount"))->text().contains(QStringLiteral("120")));
        table->model()->fetchMore({});
        QCOMPARE(table->model()->rowCount(), 2 * HistoryModel::kPageSize);
        QCOMPARE(table->model()->index(99, HistoryModel::FirstNameColumn).data().toString(),
                 QStringLiteral("Personne20"));
        for (const char *name : {"historyErase", "historyUploaded", "historyCount", "historyMessage"})
            QVERIFY2(!view.findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
    }

    void uploadedImagesAreDeleted()
    {
        ui::HistoryView view(m_records->sessions(), m_clock);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("historyTable"));
        auto *uploaded = view.findChild<QPushButton *>(QStringLiteral("historyUploaded"));
        QVERIFY(!uploaded->isEnabled());
        table->selectRow(0);
        QVERIFY(uploaded->isEnabled());
        QTest::mouseClick(uploaded, Qt::LeftButton);
        QCOMPARE(view.model().summary(0).imageCount, 0);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("historyMessage"))->isVisible());
        // A screen reader hears what the line says, not a name left from before.
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("historyMessage"))->accessibleName(),
                 QStringLiteral("The images of this session were deleted from this computer."));
    }

    void erasureAsksAndIsLogged()
    {
        ui::HistoryView view(m_records->sessions(), m_clock);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("historyTable"));
        auto *erase = view.findChild<QPushButton *>(QStringLiteral("historyErase"));
        int asked = 0;
        bool answer = false;
        view.setConfirmation([&](const QString &) {
            ++asked;
            return answer;
        });
        table->selectRow(0);
        const QUuid first = view.model().summary(0).id;
        QTest::mouseClick(erase, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(view.model().total(), 120); // "no" keeps it
        answer = true;
        QTest::mouseClick(erase, Qt::LeftButton);
        QCOMPARE(view.model().total(), 119);
        QVERIFY(view.model().summary(0).id != first);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("historyMessage"))->accessibleName(),
                 QStringLiteral("The session was deleted."));
        QCOMPARE(m_records->audit().entries().last().kind(), AuditEvent::Deleted);
        QVERIFY(m_records->audit().verify().intact);
    }

    void eachRecordShowsItsSyncStateAndARefusedOneCanBeSentAgain()
    {
        ui::HistoryView view(m_records->sessions(), m_clock);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("historyTable"));
        auto *retry = view.findChild<QPushButton *>(QStringLiteral("historyRetry"));
        auto *message = view.findChild<QLabel *>(QStringLiteral("historyMessage"));
        QVERIFY(retry);
        QVERIFY(!retry->isVisible()); // no server enrolled: nothing to send again
        const auto state = [&](int row) {
            return table->model()->index(row, HistoryModel::SyncColumn).data().toString();
        };
        const auto tip = [&](int row) {
            return table->model()->index(row, HistoryModel::SyncColumn).data(Qt::ToolTipRole).toString();
        };
        // Every completed session was queued with it (same transaction).
        QCOMPARE(state(0), HistoryModel::syncStateText(OutboxState::Queued));
        QCOMPARE(state(0), QStringLiteral("Waiting to be sent"));

        Outbox outbox(m_records->database());
        const QUuid sent = view.model().summary(1).id;
        const QUuid refused = view.model().summary(2).id;
        QVERIFY(outbox.markAcknowledged(sent, QStringLiteral("rcpt-42"), m_clock.nowUtc()));
        QVERIFY(outbox.markRejected(refused, QStringLiteral("birth_date: not a date"), m_clock.nowUtc()));
        QList<QUuid> retried;
        view.setRetryHandler([&](const QUuid &id) {
            retried.append(id);
            return outbox.requeue(id, m_clock.nowUtc());
        });
        QVERIFY(retry->isVisible());
        view.reload();
        QCOMPARE(state(1), QStringLiteral("Sent"));
        QVERIFY(tip(1).contains(QStringLiteral("rcpt-42")));
        QCOMPARE(state(2), QStringLiteral("Refused by the server"));
        QVERIFY(tip(2).contains(QStringLiteral("birth_date: not a date")));
        QVERIFY(table->model()
                    ->index(2, HistoryModel::SyncColumn)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("birth_date")));

        // Only a refused record can be sent again; selecting it shows the server's reason.
        table->selectRow(1);
        QVERIFY(!retry->isEnabled());
        table->selectRow(2);
        QVERIFY(retry->isEnabled());
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("birth_date: not a date")));
        table->selectRow(0);
        QVERIFY(!message->isVisible()); // the reason belongs to the refused row only
        table->selectRow(2);
        QTest::keyClick(retry, Qt::Key_Space);
        QCOMPARE(retried, QList<QUuid>{refused});
        QCOMPARE(outbox.entry(refused)->state, OutboxState::Queued);
        QCOMPARE(state(2), QStringLiteral("Waiting to be sent"));
        QVERIFY(message->text().contains(QStringLiteral("queued again")));

        // A reload (a sync pass changing records) keeps the counselor's selection.
        table->selectRow(1);
        view.reload();
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 1);
        QVERIFY(outbox.markAcknowledged(refused, QStringLiteral("rcpt-43"), m_clock.nowUtc()));
        view.scheduleReload();
        QTRY_COMPARE(state(2), QStringLiteral("Sent"));
    }

    void draftPromptShowsAgeAndStep()
    {
        const QDateTime now = m_clock.nowUtc();
        QVERIFY(ui::DraftResumeDialog::ageText(now.addSecs(-25 * 60), now).contains(QStringLiteral("25 minute")));
        QVERIFY(ui::DraftResumeDialog::ageText(now.addSecs(-3 * 3600), now).contains(QStringLiteral("3 hour")));
        QVERIFY(ui::DraftResumeDialog::ageText(now.addDays(-2), now).contains(QStringLiteral("2 day")));
        const DraftInfo info{QUuid::createUuid(), now.addSecs(-25 * 60), now.addSecs(-60), WizardStep::Capture};
        ui::DraftResumeDialog dialog(info, now, QStringLiteral("Photos"));
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("draftResumeText"))->text();
        QVERIFY(text.contains(QStringLiteral("25")));
        QVERIFY(text.contains(QStringLiteral("Photos")));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("draftDiscard")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(ui::DraftResumeDialog::Discard));
        ui::DraftResumeDialog again(info, now, QStringLiteral("Photos"));
        again.show();
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("draftResume")), Qt::LeftButton);
        QCOMPARE(again.result(), int(ui::DraftResumeDialog::Resume));
        for (const char *name : {"draftResumeText", "draftResume", "draftDiscard"})
            QVERIFY2(!again.findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
    }

    void summaryAndPicturesCanBeSavedAgain()
    {
        // A session with a real picture, newest of all.
        QImage card(400, 252, QImage::Format_RGB32);
        card.fill(QColor(200, 210, 230));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(card.save(&buffer, "JPEG"));
        DemoSessions demo(*m_engine, 11);
        SessionExtras extras = demo.extras();
        extras.images = {{CaptureCode::IdFront, jpeg}};
        QString error;
        QVERIFY2(m_records->sessions().saveCompleted(demo.record(m_clock.nowUtc(), m_records->database().deviceId()),
                                                     extras, &error),
                 qPrintable(error));

        QTemporaryDir out;
        ui::HistoryView view(m_records->sessions(), m_clock);
        view.setFolderChooser([&out] { return out.path(); });
        QSignalSpy exported(&view, &ui::HistoryView::exported);
        view.show();
        auto *summary = view.findChild<QPushButton *>(QStringLiteral("historySaveSummary"));
        auto *pictures = view.findChild<QPushButton *>(QStringLiteral("historySaveDocuments"));
        QVERIFY(!summary->isEnabled() && !pictures->isEnabled());
        view.findChild<QTableView *>(QStringLiteral("historyTable"))->selectRow(0);
        QVERIFY(summary->isEnabled() && pictures->isEnabled());

        QTest::mouseClick(summary, Qt::LeftButton);
        const QStringList pdfs = QDir(out.path()).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(pdfs, QStringList{QStringLiteral("pass-culture-2026-11-26.pdf")});
        QFile pdf(QDir(out.path()).filePath(pdfs.first()));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(1).toString(), QStringLiteral("summary_pdf"));

        QTest::mouseClick(pictures, Qt::LeftButton);
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("1-id_front.jpg"))));
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("documents.pdf"))));
        QCOMPARE(exported.count(), 2);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("historyMessage"))->text().contains(out.path()));

        // Once the images are purged, there is nothing left to save: the button says so by being off.
        QVERIFY(m_records->sessions().confirmUploaded(view.model().summary(0).id, &error));
        view.reload();
        view.findChild<QTableView *>(QStringLiteral("historyTable"))->selectRow(0);
        QVERIFY(!pictures->isEnabled());
        QVERIFY(summary->isEnabled());

        // The statistics need no selection and hold no personal data.
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("historyStatistics")), Qt::LeftButton);
        const QStringList csvs = QDir(out.path()).entryList({QStringLiteral("statistiques-passerelle-*.csv")});
        QCOMPARE(csvs.size(), 1);
        QCOMPARE(csvs.first(), QStringLiteral("statistiques-passerelle-2026-11-26.csv")); // the app's clock's day
        QFile csv(QDir(out.path()).filePath(csvs.first()));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray content = csv.readAll();
        QVERIFY(content.startsWith("day,outcome,age,sessions,categories\n"));
        QVERIFY(!content.contains("Personne"));
        QCOMPARE(exported.count(), 3);
    }

private:
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    QTemporaryDir m_dir;
    MemoryKeyStore m_keys;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Records> m_records;
};

QTEST_MAIN(TestHistoryView)
#include "TestHistoryView.moc"
