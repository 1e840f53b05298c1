// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamagedDatabase.h"

#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace passerelle::test {

namespace {

quint32 bigEndian(const QByteArray &bytes, qint64 offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

int rootPageOf(const QString &databaseFile, const QString &name)
{
    const QString connection = QUuid::createUuid().toString(QUuid::Id128);
    int root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            query.addBindValue(name);
            if (query.exec() && query.next())
                root = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return root;
}

} // namespace

std::optional<DamagedPage> damageBtreePage(const QString &databaseFile, const QString &name, BtreePage which)
{
    const int root = rootPageOf(databaseFile, name);
    QFile file(databaseFile);
    if (root <= 0 || !file.open(QIODevice::ReadWrite))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const quint32 sizeField = bigEndian(bytes, 16, 2);
    const qint64 pageSize = sizeField == 1 ? 65536 : sizeField;
    // The page header: type (0x02/0x05 interior index/table, 0x0a/0x0d leaf), cell count at +3,
    // the right-most child at +8 (interior only), then the cell pointers.
    const auto header = [&](int page) { return (page - 1) * pageSize + (page == 1 ? 100 : 0); };
    const auto isLeaf = [&](int page) {
        const quint8 type = quint8(bytes.at(header(page)));
        return type == 0x0a || type == 0x0d;
    };
    const auto cells = [&](int page) { return int(bigEndian(bytes, header(page) + 3, 2)); };
    int target = root;
    if (which == BtreePage::MiddleLeaf && !isLeaf(root)) {
        QList<int> children;
        const qint64 h = header(root);
        const qint64 pageStart = (root - 1) * pageSize;
        for (int i = 0; i < cells(root); ++i)
            children.append(int(bigEndian(bytes, pageStart + bigEndian(bytes, h + 12 + 2 * i, 2), 4)));
        children.append(int(bigEndian(bytes, h + 8, 4)));
        target = children.at(children.size() / 2);
        if (!isLeaf(target))
            return std::nullopt; // a deeper tree than the tests build
    }
    DamagedPage damaged{target, isLeaf(target), cells(target)};
    QByteArray noise(int(pageSize), Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), int(pageSize / 4));
    noise[0] = char(0x42); // never a valid page type, whatever the noise: the damage is certain
    file.seek((target - 1) * pageSize);
    file.write(noise);
    file.close();
    return damaged;
}

} // namespace passerelle::test
