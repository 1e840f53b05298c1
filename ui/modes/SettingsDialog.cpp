// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modes/SettingsDialog.h"

#include "core/modes/ModeSettings.h"
#include "core/modes/PinHash.h"
#include "core/util/WebLink.h"
#include "ui/SiteSettings.h"
#include "ui/Theme.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/MessageLine.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace passerelle::ui {

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_name(new QLineEdit(this))
    , m_site(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_link(new QLineEdit(this))
    , m_linkError(new MessageLine(this, "siteLinkError"))
    , m_theme(new QComboBox(this))
    , m_scale(new QComboBox(this))
    , m_pin(new QLineEdit(this))
    , m_removePin(new QPushButton(tr("&Remove the lock PIN"), this))
    , m_pinState(new QLabel(this))
    , m_error(new MessageLine(this, "settingsError"))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const CounselorProfile profile = CounselorProfile::load(settings);
    m_name->setText(profile.counselorName);
    m_site->setText(profile.siteName);
    m_contact->setText(profile.siteContact);
    name(m_name, "counselorNameEdit", tr("Your name"));
    name(m_site, "siteNameEdit", tr("Mission Locale site"), tr("Shown on the take-home summary."));
    name(m_contact, "siteContactEdit", tr("Contact of the site"),
         tr("Phone or email, shown on the take-home summary."));
    // Empty means the pass Culture site: the field shows it greyed as a reminder.
    const QUrl link = siteLink(settings);
    m_link->setText(link == weblink::passCultureSite() ? QString() : link.toString());
    m_link->setPlaceholderText(weblink::passCultureSite().toString());
    m_link->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    name(m_link, "siteLinkEdit", tr("Link of the QR code"),
         tr("The web page the QR code opens, on the summary and at the kiosk. Empty: the pass Culture site."));
    connect(m_link, &QLineEdit::editingFinished, this, [this] {
        if (m_link->isModified())
            checkLink();
    });
    connect(m_link, &QLineEdit::textEdited, this, [this] {
        // The error goes as soon as the address is fixed, not before.
        if (!m_linkError->isHidden() && checkedLink(nullptr))
            m_linkError->hideMessage();
    });

    const DisplaySettings display = DisplaySettings::load(settings);
    m_theme->addItem(tr("Standard"), themeCode(ThemeKind::Standard));
    m_theme->addItem(tr("High contrast"), themeCode(ThemeKind::HighContrast));
    m_theme->setCurrentIndex(m_theme->findData(display.theme));
    name(m_theme, "themeCombo", tr("Theme"));
    for (int percent : {100, 125, 150, 200})
        m_scale->addItem(tr("%1 %").arg(percent), percent / 100.0);
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(display.textScale)));
    name(m_scale, "textScaleCombo", tr("Text size"));

    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    name(m_pin, "lockPinEdit", tr("New lock PIN"), tr("4 to 12 digits. Leave empty to keep the current one."));
    name(m_removePin, "removePinButton", tr("Remove the lock PIN"));
    m_pinState->setObjectName(QStringLiteral("pinState"));
    m_pinState->setProperty("role", QStringLiteral("hint"));
    const bool hasPin = !settings.value(QStringLiteral("counselor/pinHash")).toString().isEmpty();
    m_pinState->setText(hasPin ? tr("A lock PIN is set (Ctrl+L locks the window).") : tr("No lock PIN is set."));
    m_removePin->setEnabled(hasPin);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name"), m_name);
    form->addRow(tr("Mission Locale &site"), m_site);
    form->addRow(tr("Site &contact"), m_contact);
    form->addRow(tr("QR code &link"), m_link);
    form->addRow(QString(), m_linkError);
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(tr("Text si&ze"), m_scale);
    form->addRow(tr("New lock &PIN"), m_pin);
    form->addRow(QString(), m_pinState);
    form->addRow(QString(), m_removePin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    name(buttons->button(QDialogButtonBox::Ok), "settingsOkButton", tr("Save the settings"));
    name(buttons->button(QDialogButtonBox::Cancel), "settingsCancelButton", tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removePin, &QPushButton::clicked, this, [this] {
        m_settings.remove(QStringLiteral("counselor/pinHash"));
        m_pinState->setText(tr("No lock PIN is set."));
        m_removePin->setEnabled(false);
    });
}

void SettingsDialog::addSection(QWidget *section)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    // Above the error line and the buttons.
    box->insertWidget(box->count() - 2, section);
}

std::optional<QUrl> SettingsDialog::checkedLink(QString *why) const
{
    if (m_link->text().trimmed().isEmpty())
        return weblink::passCultureSite();
    return weblink::parse(m_link->text(), why);
}

bool SettingsDialog::checkLink()
{
    QString why;
    if (checkedLink(&why)) {
        m_linkError->hideMessage();
        return true;
    }
    m_linkError->showMessage(why, MessageLine::Kind::Error);
    return false;
}

bool SettingsDialog::save()
{
    const std::optional<QUrl> link = checkedLink(nullptr);
    if (!link) {
        checkLink();
        m_link->setFocus();
        return false;
    }
    if (!m_pin->text().isEmpty()) {
        QString why;
        if (!PinHash::isAcceptable(m_pin->text(), 4, &why)) {
            m_error->showMessage(why, MessageLine::Kind::Error);
            m_pin->setFocus();
            return false;
        }
        m_settings.setValue(QStringLiteral("counselor/pinHash"), PinHash::hash(m_pin->text()));
        m_pin->clear();
    }
    CounselorProfile{m_name->text(), m_site->text(), m_contact->text()}.save(m_settings);
    setSiteLink(m_settings, *link);
    m_link->setText(*link == weblink::passCultureSite() ? QString() : link->toString());
    DisplaySettings display;
    display.theme = m_theme->currentData().toString();
    display.textScale = m_scale->currentData().toDouble();
    display.save(m_settings);
    m_settings.sync();
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        applyTheme(*app, {themeFromCode(display.theme).value_or(ThemeKind::Standard), display.textScale});
    return true;
}

} // namespace passerelle::ui
