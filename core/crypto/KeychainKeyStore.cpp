// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/KeychainKeyStore.h"

#include "core/util/Fail.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace passerelle {

namespace {

void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never fall back to a plaintext settings file: no keychain means no personal data.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service)
    : m_service(std::move(service))
{}

KeyStore::Status KeychainKeyStore::read(const QString &name, QByteArray *secret, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runToEnd(job);
    if (job.error() == QKeychain::NoError) {
        *secret = job.binaryData();
        return Status::Found;
    }
    if (job.error() == QKeychain::EntryNotFound)
        return Status::NotFound;
    return fail(error, job.errorString(), Status::Unavailable);
}

bool KeychainKeyStore::write(const QString &name, const QByteArray &secret, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setBinaryData(secret);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return true;
    return fail(error, job.errorString());
}

bool KeychainKeyStore::remove(const QString &name, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runToEnd(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    return fail(error, job.errorString());
}

} // namespace passerelle
