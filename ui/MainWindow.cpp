// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/session/SessionModel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QStatusBar>

namespace passerelle::ui {

MainWindow::MainWindow(SessionModel &model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_wizard(new SessionWizard(model, this))
    , m_newSession(new QAction(this))
    , m_quit(new QAction(this))
    , m_menu(menuBar()->addMenu(QString()))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);
    m_newSession->setObjectName(QStringLiteral("newSessionAction"));
    m_newSession->setShortcut(QKeySequence::New);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_menu->setObjectName(QStringLiteral("sessionMenu"));
    m_menu->addAction(m_newSession);
    m_menu->addSeparator();
    m_menu->addAction(m_quit);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    connect(m_newSession, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_wizard, &SessionWizard::sessionCompleted, this,
            [this] { statusBar()->showMessage(tr("Appointment saved. Ready for the next person."), 10000); });
    // QWizard hides itself when finished; show the next appointment straight away.
    connect(m_wizard, &QWizard::finished, this, &MainWindow::newSession);
    retranslate();
    resize(900, 720);
}

void MainWindow::setCompleter(SessionWizard::Completer completer)
{
    m_wizard->setCompleter(std::move(completer));
}

void MainWindow::newSession()
{
    m_model.start();
    m_wizard->startOver();
    m_wizard->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Passerelle: pass Culture appointment"));
    m_menu->setTitle(tr("&Appointment"));
    m_newSession->setText(tr("&New appointment"));
    m_quit->setText(tr("&Quit"));
}

} // namespace passerelle::ui
