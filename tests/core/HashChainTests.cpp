// The change history is a hash chain: an entry edited, deleted or inserted with an SQLite tool is
// found by verify, which names the first entry that does not match.
#include "TestRegister.h"
#include "storage/HashChain.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

// Changes the file the way a curious SQLite tool would: a connection of its own, no Säkra code.
void tamper(const QString& path, const QString& sql)
{
    withRawConnection(path, [&](QSqlQuery& q) { REQUIRE(q.exec(sql)); });
}

} // namespace

TEST_CASE("every history entry is chained to the one before it", "[history][chain]")
{
    TestRegister reg;
    CHECK(HashChain::verify(reg->database()).entries == 0);
    CHECK(HashChain::verify(reg->database()).intact());
    const qint64 root = reg.unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    OrgUnit u = reg->units().get(root);
    u.name = QStringLiteral("Lindvalla kommun");
    u.note = QStringLiteral("Med anteckning");
    reg->units().update(u);
    const HashChain::Verification v = HashChain::verify(reg->database());
    CHECK(v.entries == 3);
    CHECK(v.intact());
    // The hash covers the previous hash: the same content after another entry hashes differently.
    Query q(reg->database(), QStringLiteral("SELECT hash FROM change_log ORDER BY id"));
    q.exec();
    QStringList hashes;
    while (q.next())
        hashes << q.value(0).toString();
    REQUIRE(hashes.size() == 3);
    CHECK(hashes.at(0).size() == 64);
    CHECK(hashes.removeDuplicates() == 0);
}

TEST_CASE("sakra-cli verify passes on the demo and names the entry changed with an SQLite tool",
          "[history][chain][cli]")
{
    TestRegister reg(true);
    const qint64 entries = reg->history().count();
    REQUIRE(entries > 100);
    reg.close();
    const CliRun ok = runCli({QStringLiteral("verify"), reg.path()});
    CHECK(ok.code == 0);
    CHECK(ok.out.trimmed() == QStringLiteral("%1 poster, kedjan är obruten").arg(entries));

    SECTION("an edited value")
    {
        tamper(reg.path(), QStringLiteral("UPDATE change_log SET new_value = 'Något annat' WHERE id = 42"));
        const CliRun run = runCli({QStringLiteral("verify"), reg.path()});
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("post 42 ")));
        CHECK(run.out.isEmpty());
    }
    SECTION("an edited actor or time")
    {
        tamper(reg.path(), QStringLiteral("UPDATE change_log SET actor = 'någon' WHERE id = 7"));
        CHECK(runCli({QStringLiteral("verify"), reg.path()}).err.contains(QStringLiteral("post 7 ")));
    }
    SECTION("a deleted entry is found at the one after it")
    {
        tamper(reg.path(), QStringLiteral("DELETE FROM change_log WHERE id = 50"));
        const CliRun run = runCli({QStringLiteral("verify"), reg.path()});
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("post 51 ")));
    }
    SECTION("an inserted entry")
    {
        tamper(reg.path(), QStringLiteral("INSERT INTO change_log (at, actor, entity, entity_uuid, action) "
                                          "VALUES ('2026-01-01', 'x', 'risk', 'u', 'delete')"));
        const CliRun run = runCli({QStringLiteral("verify"), reg.path()});
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("post %1 ").arg(entries + 1)));
    }
    SECTION("a removed hash")
    {
        tamper(reg.path(), QStringLiteral("UPDATE change_log SET hash = NULL WHERE id = 3"));
        CHECK(runCli({QStringLiteral("verify"), reg.path()}).err.contains(QStringLiteral("post 3 ")));
    }
}

TEST_CASE("verify refuses wrong usage, a missing file and an old register", "[history][chain][cli][refusal]")
{
    TestRegister reg;
    CHECK(runCli({QStringLiteral("verify")}).code == 2);
    CHECK(runCli({QStringLiteral("verify"), reg.path(), reg.path()}).code == 2);
    CHECK(runCli({QStringLiteral("verify"), reg.file(QStringLiteral("saknas.sakra"))}).code == 1);
    const QString old = reg.file(QStringLiteral("gammal.sakra"));
    createOlderRegister(old, Schema::currentVersion() - 1);
    const CliRun run = runCli({QStringLiteral("verify"), old});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("äldre filformat")));
}

TEST_CASE("a migration chains the history a register already has", "[history][chain][migration]")
{
    TestRegister reg;
    const QString old = reg.file(QStringLiteral("gammal.sakra"));
    {
        Database db;
        db.createAtVersion(old, 5); // the version before the history became a hash chain
        for (int i = 0; i < 20; ++i)
            Query(db, QStringLiteral(
                          "INSERT INTO change_log (at, actor, entity, entity_uuid, action, field, old_value, "
                          "new_value) VALUES (?, 'anna', 'risk', ?, 'update', 'title', ?, ?)"))
                .bind(QStringLiteral("2025-03-0%1T10:00:00.000Z").arg(i % 9 + 1))
                .bind(QStringLiteral("uuid-%1").arg(i))
                .bind(i % 3 ? QVariant(QStringLiteral("före %1").arg(i)) : QVariant())
                .bind(i)
                .exec();
    }
    auto upgraded = Register::open(old);
    const HashChain::Verification v = HashChain::verify(upgraded->database());
    CHECK(v.entries == 20);
    CHECK(v.intact());
    // New entries go on from the migrated chain.
    upgraded->units().create([] {
        OrgUnit u;
        u.kind = UnitKind::Municipality;
        u.name = QStringLiteral("Kommunen");
        return u;
    }());
    CHECK(HashChain::verify(upgraded->database()).entries == 21);
    CHECK(HashChain::verify(upgraded->database()).intact());
}

TEST_CASE("an import chains the history it brings", "[history][chain][exchange][cli]")
{
    TestRegister reg(true);
    const QString json = reg.file(QStringLiteral("data.json"));
    // With the restricted rows, so the whole history goes across.
    REQUIRE(runCli({QStringLiteral("export"), reg.path(), QStringLiteral("--out"), json,
                    QStringLiteral("--include-restricted")})
                .code == 0);
    const QString copy = reg.file(QStringLiteral("kopia.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), copy}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), copy, QStringLiteral("--in"), json}).code == 0);
    const CliRun run = runCli({QStringLiteral("verify"), copy});
    CHECK(run.code == 0);
    CHECK(run.out.startsWith(QString::number(reg->history().count()) + QLatin1Char(' ')));
}

TEST_CASE("history values are hashed as SQLite stores them", "[history][chain]")
{
    CHECK(HashChain::storedText(QVariant()).isNull());
    CHECK(HashChain::storedText(QVariant(QString())).isNull());
    CHECK(HashChain::storedText(QVariant(QStringLiteral(""))) == QStringLiteral(""));
    CHECK(HashChain::storedText(QVariant(800000)) == QStringLiteral("800000"));
    CHECK(HashChain::storedText(QVariant(true)) == QStringLiteral("1"));
    CHECK(HashChain::storedText(QVariant(0.1)) == QStringLiteral("0.1"));
    // Field boundaries are part of the hash: moving text from one field to the next changes it.
    const ChangeEntry a{QStringLiteral("t"),
                        QStringLiteral("ab"),
                        QStringLiteral("c"),
                        QStringLiteral("u"),
                        QStringLiteral("update"),
                        QString(),
                        QVariant(),
                        QVariant()};
    ChangeEntry b = a;
    b.actor = QStringLiteral("a");
    b.entity = QStringLiteral("bc");
    CHECK(HashChain::hashOf(QString(), 1, a) != HashChain::hashOf(QString(), 1, b));
    CHECK(HashChain::hashOf(QString(), 1, a) != HashChain::hashOf(QString(), 2, a));
    CHECK(HashChain::hashOf(QString(), 1, a) == HashChain::hashOf(QString(), 1, a));
}

TEST_CASE("a history entry's hash is the SHA-256 of its fields, length-prefixed, as it always was",
          "[history][chain]")
{
    // The hash as registers made by earlier versions hold it, worked out here on its own with
    // Qt's SHA-256: "N;" for NULL, "S<bytes>:<UTF-8>" for text, in the order of the columns.
    const auto expected = [](const QString& previous, qint64 id, const ChangeEntry& e) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const auto add = [&](const QVariant& v) {
            if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())) {
                hash.addData(QByteArrayView("N;"));
                return;
            }
            const QByteArray bytes = v.toString().toUtf8();
            hash.addData(QByteArray("S") + QByteArray::number(bytes.size()) + ':');
            hash.addData(bytes);
        };
        add(previous);
        add(QString::number(id));
        for (const QString& field : {e.at, e.actor, e.entity, e.entityUuid, e.action, e.field})
            add(field.isNull() ? QStringLiteral("") : field);
        add(HashChain::storedText(e.oldValue));
        add(HashChain::storedText(e.newValue));
        return QString::fromLatin1(hash.result().toHex());
    };
    const ChangeEntry entries[] = {
        {QStringLiteral("2026-11-29T10:00:00.000Z"), QStringLiteral("anna"), QStringLiteral("incident"),
         QStringLiteral("6d7e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6"), QStringLiteral("create"), QString(),
         QVariant(),
         QStringLiteral("{\"description\":\"Hot i receptionen – ”åäö” \\\"citat\\\"\",\"severity\":\"2\"}")},
        {QStringLiteral("2026-11-29T10:00:01.000Z"), QStringLiteral("Åsa Öberg"), QStringLiteral("risk"),
         QStringLiteral("u"), QStringLiteral("update"), QStringLiteral("level"), QVariant(2), QVariant(3.5)},
        {QStringLiteral("t"), QString(), QString(), QString(), QStringLiteral("delete"), QString(),
         QVariant(true), QVariant(QString())},
        {QString(), QStringLiteral(""), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("update"),
         QStringLiteral("note"), QVariant(QStringLiteral("")), QVariant(QStringLiteral("😀\n\t"))},
    };
    QString previous;
    qint64 id = 1;
    for (const ChangeEntry& e : entries) {
        INFO(id);
        const QString hash = HashChain::hashOf(previous, id, e);
        CHECK(hash == expected(previous, id, e));
        CHECK(hash.size() == 64);
        previous = hash;
        ++id;
    }
    CHECK(HashChain::hashOf(QStringLiteral(""), 1, entries[0]) !=
          HashChain::hashOf(QString(), 1, entries[0]));
}
