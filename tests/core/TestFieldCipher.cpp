// SPDX-License-Identifier: GPL-3.0-or-later
// XChaCha20-Poly1305 sealing of personal fields, bound to the record id and field name.
#include "core/crypto/FieldCipher.h"

#include <QTest>

using namespace passerelle;

class TestFieldCipher : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        const FieldCipher cipher(FieldCipher::generateKey());
        QVERIFY(cipher.isValid());
        const QByteArray plain = QStringLiteral("Zéphyrine 2008-07-13").toUtf8();
        const QByteArray sealed = cipher.seal(plain, QStringLiteral("id-1"), QStringLiteral("first_name"));
        QVERIFY(!sealed.contains(plain));
        QVERIFY(!sealed.contains("2008-07-13"));
        QCOMPARE(sealed.size(), plain.size() + 1 + 24 + 16);
        QCOMPARE(cipher.open(sealed, QStringLiteral("id-1"), QStringLiteral("first_name")), plain);
        QCOMPARE(cipher.open(cipher.seal({}, QStringLiteral("id"), QStringLiteral("f")), QStringLiteral("id"),
                             QStringLiteral("f")),
                 QByteArray());
    }

    void noncesAreFresh()
    {
        const FieldCipher cipher(FieldCipher::generateKey());
        const QByteArray a = cipher.seal("same", QStringLiteral("id"), QStringLiteral("f"));
        const QByteArray b = cipher.seal("same", QStringLiteral("id"), QStringLiteral("f"));
        QVERIFY(a != b);
    }

    void refusesAnotherRecordFieldOrKey()
    {
        const FieldCipher cipher(FieldCipher::generateKey());
        const QByteArray sealed = cipher.seal("2008-07-13", QStringLiteral("id-1"), QStringLiteral("birth_date"));
        QVERIFY(!cipher.open(sealed, QStringLiteral("id-2"), QStringLiteral("birth_date")));
        QVERIFY(!cipher.open(sealed, QStringLiteral("id-1"), QStringLiteral("first_name")));
        // The separator keeps the record id and the field name apart.
        QVERIFY(!cipher.open(sealed, QStringLiteral("id-1b"), QStringLiteral("irth_date")));
        const FieldCipher other(FieldCipher::generateKey());
        QVERIFY(!other.open(sealed, QStringLiteral("id-1"), QStringLiteral("birth_date")));
    }

    void refusesTamperedValues()
    {
        const FieldCipher cipher(FieldCipher::generateKey());
        const QByteArray sealed = cipher.seal("2008-07-13", QStringLiteral("id"), QStringLiteral("f"));
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray copy = sealed;
            copy[i] = char(copy.at(i) ^ 0x01);
            QVERIFY2(!cipher.open(copy, QStringLiteral("id"), QStringLiteral("f")), qPrintable(QString::number(i)));
        }
        QVERIFY(!cipher.open(sealed.left(sealed.size() - 1), QStringLiteral("id"), QStringLiteral("f")));
        QVERIFY(!cipher.open(QByteArray(), QStringLiteral("id"), QStringLiteral("f")));
    }

    void aWrongSizedKeySealsNothing()
    {
        const FieldCipher cipher(QByteArray(16, 'k'));
        QVERIFY(!cipher.isValid());
        QVERIFY(cipher.seal("x", QStringLiteral("id"), QStringLiteral("f")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "TestFieldCipher.moc"
