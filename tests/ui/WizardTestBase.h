// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AppContext.h"
#include "app/ModeWindows.h"
#include "core/crypto/FieldCipher.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionModel.h"
#include "core/storage/Database.h"
#include "core/storage/SessionStore.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"

#include "Profiles.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace passerelle::test {

/**
 * Answers the profile questions other than the dates on the page under @p root, as a person does
 * with the keyboard: French, metropolitan France, a French identity card, a smartphone, and no
 * ÉduConnect codes when the question is asked (nothing is chosen in advance since issue 15);
 * an answer already given is kept.
 */
inline void answerProfileQuestions(QWidget *root)
{
    const auto press = [root](const char *name) {
        auto *button = root->findChild<QAbstractButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        if (!button->isVisible())
            return;
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY2(button->isChecked(), name);
    };
    const auto choose = [root](const char *name, const char *code) {
        auto *combo = root->findChild<QComboBox *>(QString::fromLatin1(name));
        QVERIFY2(combo, name);
        combo->setFocus();
        // The list starts on its placeholder; Down goes through the items in order.
        for (int guard = 0; guard <= combo->count() && combo->currentData().toString() != QLatin1String(code); ++guard)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), QString::fromLatin1(code));
    };
    if (!root->findChild<QAbstractButton *>(QStringLiteral("nationalityOther"))->isChecked() &&
        !root->findChild<QAbstractButton *>(QStringLiteral("nationalityEu"))->isChecked())
        press("nationalityFrench");
    choose("territoryCombo", "metro");
    choose("documentCombo", "fr_id_card");
    // A yes/no question already answered keeps its answer.
    const auto answered = [root](const char *yes, const char *no) {
        return root->findChild<QAbstractButton *>(QString::fromLatin1(yes))->isChecked() ||
               root->findChild<QAbstractButton *>(QString::fromLatin1(no))->isChecked();
    };
    if (!answered("smartphoneYes", "smartphoneNo"))
        press("smartphoneYes");
    if (!answered("schoolYes", "schoolNo"))
        press("schoolNo");
}

/**
 * The counselor's window as the app builds it (AppContext, createModeWindow), over a real SQLite
 * file in a fresh data folder whose personal data is sealed with a fresh data key kept in memory
 * (the keychain is tested in core and in TestCounselorRecords), on 26 November 2026, in French.
 * Saves go to the store unless failSaves is set (then they fail as a full disk would). GUI tests
 * derive from it and call openWizard() in init() and closeWizard() in cleanup().
 */
class WizardTestBase : public QObject
{
protected:
    void openWizard()
    {
        installTranslations(QStringLiteral("fr"));
        // What the saved records carry as the app's version.
        QCoreApplication::setApplicationVersion(QStringLiteral("test"));
        const QString dataDir = m_dir.filePath(QStringLiteral("data"));
        QDir(dataDir).removeRecursively();
        app::AppOptions options;
        options.dataDir = dataDir;
        options.mode = AppMode::Counselor;
        options.throwAwayKey = true;
        options.fixedNowUtc = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
        QString error;
        m_context = app::AppContext::create(options, &error);
        QVERIFY2(m_context, qPrintable(error));
        QVERIFY(m_context->records().personalDataEnabled());
        m_clock = &m_context->clock();
        m_db = &m_context->records().database();
        m_store = &m_context->sessionStore();
        m_model = std::make_unique<SessionModel>(m_context->engine(), *m_clock);
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("wizard-settings.ini")), QSettings::IniFormat);
        m_failSaves = false;
        m_modeWindow = app::createModeWindow(
            AppMode::Counselor, *m_model, *m_clock, *m_settings,
            [this](QString *message) {
                if (m_failSaves) {
                    *message = QStringLiteral("disque plein.");
                    return false;
                }
                return m_context->saveCompleted(*m_model, message);
            },
            m_settings->fileName());
        m_window = m_modeWindow.mainWindow;
        QVERIFY(m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void closeWizard()
    {
        m_window = nullptr;
        m_modeWindow = {};
        m_model.reset();
        m_store = nullptr;
        m_db = nullptr;
        m_clock = nullptr;
        m_context.reset();
        m_settings.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<app::AppContext> m_context;
    const Clock *m_clock = nullptr;
    Database *m_db = nullptr;
    SessionStore *m_store = nullptr;
    std::unique_ptr<SessionModel> m_model;
    std::unique_ptr<QSettings> m_settings;
    app::ModeWindow m_modeWindow;
    ui::MainWindow *m_window = nullptr;
    bool m_failSaves = false;
};

} // namespace passerelle::test
