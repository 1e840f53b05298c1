// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/FieldCipher.h"
#include "core/eligibility/EligibilityEngine.h"
#include "core/eligibility/RuleBook.h"
#include "core/session/SessionModel.h"
#include "core/storage/Database.h"
#include "core/storage/SessionStore.h"
#include "core/util/Clock.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace passerelle::test {

/**
 * The counselor's window over a real SQLite file whose personal data is sealed with a fresh data
 * key, on 26 November 2026, in French. Saves go to the store unless failSaves is set (then they
 * fail as a full disk would). GUI tests derive from it and call openWizard() in init() and
 * closeWizard() in cleanup().
 */
class WizardTestBase : public QObject
{
protected:
    void openWizard()
    {
        installTranslations(QStringLiteral("fr"));
        m_book = RuleBook::builtIn();
        m_engine = std::make_unique<EligibilityEngine>(m_book);
        m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
        QString error;
        QFile::remove(m_dir.filePath(QStringLiteral("p.sqlite")));
        m_db = Database::open(m_dir.filePath(QStringLiteral("p.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        // Personal data is sealed with a data key; the keychain itself is tested in core.
        QVERIFY(FieldCipher::initialize());
        m_db->setCipher(std::make_shared<FieldCipher>(FieldCipher::generateKey()));
        m_store = std::make_unique<SessionStore>(*m_db, m_storeClock);
        m_model = std::make_unique<SessionModel>(*m_engine, *m_clock);
        m_window = std::make_unique<ui::MainWindow>(*m_model);
        m_failSaves = false;
        m_window->setCompleter([this](QString *message) {
            if (m_failSaves) {
                *message = QStringLiteral("disque plein.");
                return false;
            }
            return m_store->saveCompleted(m_model->toRecord({QStringLiteral("test"), m_db->deviceId(), {}, {}}),
                                          message);
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closeWizard()
    {
        m_window.reset();
        m_model.reset();
        m_store.reset();
        m_db.reset();
    }

    QTemporaryDir m_dir;
    RuleBook m_book;
    std::unique_ptr<EligibilityEngine> m_engine;
    std::unique_ptr<FixedClock> m_clock;
    const SystemClock m_storeClock; ///< the store stamps its audit and outbox rows on the real time, as before
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<SessionModel> m_model;
    std::unique_ptr<ui::MainWindow> m_window;
    bool m_failSaves = false;
};

} // namespace passerelle::test
