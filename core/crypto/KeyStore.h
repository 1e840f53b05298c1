// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace passerelle {

/** Where the data key lives: the OS keychain in the app, memory in demo mode and tests. */
class KeyStore
{
public:
    enum class Status { Found, NotFound, Unavailable };

    virtual ~KeyStore() = default;
    /** Reads the secret called @p name. Unavailable means no keychain can be reached at all. */
    virtual Status read(const QString &name, QByteArray *secret, QString *error) = 0;
    virtual bool write(const QString &name, const QByteArray &secret, QString *error) = 0;
    virtual bool remove(const QString &name, QString *error) = 0;
};

/** Secrets kept for the life of the process only: demo mode, where nothing must outlive the run. */
class MemoryKeyStore final : public KeyStore
{
public:
    Status read(const QString &name, QByteArray *secret, QString *error) override;
    bool write(const QString &name, const QByteArray &secret, QString *error) override;
    bool remove(const QString &name, QString *error) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

/** A keychain that is never there: tests and machines without any keychain. */
class UnavailableKeyStore final : public KeyStore
{
public:
    Status read(const QString &name, QByteArray *secret, QString *error) override;
    bool write(const QString &name, const QByteArray &secret, QString *error) override;
    bool remove(const QString &name, QString *error) override;
};

} // namespace passerelle
