// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modes/PinHash.h"

#include <QCoreApplication>

#include <algorithm>

#include <sodium.h>

namespace passerelle {

namespace {
struct PinHashText
{
    Q_DECLARE_TR_FUNCTIONS(PinHash)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

bool PinHash::isAcceptable(const QString &pin, int minDigits, QString *why)
{
    const bool digitsOnly = !pin.isEmpty() && std::all_of(pin.begin(), pin.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!digitsOnly || pin.size() < minDigits || pin.size() > 12) {
        if (why)
            *why = PinHashText::tr("The PIN must have %1 to 12 digits, and digits only.").arg(minDigits);
        return false;
    }
    if (pin.count(pin.front()) == pin.size()) {
        if (why)
            *why = PinHashText::tr("The PIN must not repeat one digit only.");
        return false;
    }
    return true;
}

QString PinHash::hash(const QString &pin)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PinHash::verify(const QString &hash, const QString &pin)
{
    if (!sodiumReady() || hash.isEmpty() || !hash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace passerelle
