#include "storage/CodeTable.h"
#include "storage/Fields.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {
enum class Colour
{
    Red,
    Green,
    Blue
};
constexpr const char* kColourCodes[] = {"red", "green", "blue"};
constexpr const char* kColourLabels[] = {"Röd", "Grön", "Blå"};
constexpr CodeTable<Colour, 3> kColours{"sakra::Test", kColourCodes, kColourLabels};

QString colourCode(Colour colour)
{
    return kColours.code(colour);
}

std::optional<Colour> colourFromCode(const QString& code)
{
    return kColours.fromCode(code);
}

// One member for every kind of binder.
struct Sample : StoredEntity<Sample>
{
    QString note;
    QString name;
    qint64 ownerId = 0;
    qint64 amountKr = 0;
    int count = 0;
    qint64 scopeId = 0;
    int months = 0;
    int level = -1;
    bool done = false;
    QDate on;
    QDate until;
    Colour colour = Colour::Green;
    Colour shade = Colour::Green;
    std::optional<Colour> accent;
    QString tag;

    static const Fields<Sample>& fields();
};

const Fields<Sample>& Sample::fields()
{
    static const Fields<Sample> kFields(
        {bind::text("note", &Sample::note), bind::trimmed("name", &Sample::name),
         bind::id("owner_id", &Sample::ownerId), bind::integer("amount_kr", &Sample::amountKr),
         bind::integer("count", &Sample::count), bind::reference("scope_id", &Sample::scopeId),
         bind::optionalInt("months", &Sample::months), bind::optionalInt("level", &Sample::level, -1),
         bind::flag("done", &Sample::done), bind::date("on", &Sample::on),
         bind::nullableDate("until", &Sample::until),
         bind::code("colour", &Sample::colour, kColours, Colour::Green),
         bind::code("shade", &Sample::shade, colourCode, colourFromCode, Colour::Green),
         bind::optionalCode("accent", &Sample::accent, colourCode, colourFromCode),
         bind::custom(
             "tag", &Sample::tag, [](const QString& s) { return s.toUpper(); },
             [](const QVariant& v) { return v.toString().toLower(); })});
    return kFields;
}

const TableSpec& pairTable()
{
    static const TableSpec spec{
        "pair",
        "Par",
        "left_id",
        {{"left_id", ColumnType::Ref, "left", true}, {"right_id", ColumnType::Ref, "right", true}}};
    return spec;
}

using Pair = LinkRow<pairTable>;

Sample filled()
{
    Sample s;
    s.id = 7;
    s.uuid = QStringLiteral("u-7");
    s.rowVersion = 3;
    s.note = QStringLiteral("  free text  ");
    s.name = QStringLiteral("  Namn  ");
    s.ownerId = 42;
    s.amountKr = 5'000'000'000;
    s.count = 12;
    s.scopeId = 9;
    s.months = 6;
    s.level = 2;
    s.done = true;
    s.on = QDate(2025, 3, 14);
    s.until = QDate(2026, 1, 2);
    s.colour = Colour::Blue;
    s.shade = Colour::Red;
    s.accent = Colour::Blue;
    s.tag = QStringLiteral("abc");
    return s;
}
} // namespace

TEST_CASE("each binder stores its member as the table holds it", "[storage][fields]")
{
    const QVariantMap v = filled().toValues();
    CHECK(v.size() == int(Sample::fields().size()));
    CHECK(v.value(QStringLiteral("note")) == QVariant(QStringLiteral("  free text  ")));
    CHECK(v.value(QStringLiteral("name")) == QVariant(QStringLiteral("Namn")));
    CHECK(v.value(QStringLiteral("owner_id")) == QVariant(qint64(42)));
    CHECK(v.value(QStringLiteral("amount_kr")) == QVariant(qint64(5'000'000'000)));
    CHECK(v.value(QStringLiteral("count")) == QVariant(12));
    CHECK(v.value(QStringLiteral("scope_id")) == QVariant(qint64(9)));
    CHECK(v.value(QStringLiteral("months")) == QVariant(6));
    CHECK(v.value(QStringLiteral("level")) == QVariant(2));
    CHECK(v.value(QStringLiteral("done")) == QVariant(1));
    CHECK(v.value(QStringLiteral("on")) == QVariant(QStringLiteral("2025-03-14")));
    CHECK(v.value(QStringLiteral("until")) == QVariant(QStringLiteral("2026-01-02")));
    CHECK(v.value(QStringLiteral("colour")) == QVariant(QStringLiteral("blue")));
    CHECK(v.value(QStringLiteral("shade")) == QVariant(QStringLiteral("red")));
    CHECK(v.value(QStringLiteral("accent")) == QVariant(QStringLiteral("blue")));
    CHECK(v.value(QStringLiteral("tag")) == QVariant(QStringLiteral("ABC")));
}

TEST_CASE("each binder reads back what it stored", "[storage][fields]")
{
    QVariantMap v = filled().toValues();
    v.insert(QStringLiteral("id"), 7);
    v.insert(QStringLiteral("uuid"), QStringLiteral("u-7"));
    v.insert(QStringLiteral("row_version"), 3);
    const Sample s = Sample::fromValues(v);
    const Sample expected = filled();
    CHECK(s.id == 7);
    CHECK(s.uuid == QStringLiteral("u-7"));
    CHECK(s.rowVersion == 3);
    // Each member comes back as it went in, seen through its own binder.
    for (const Field<Sample>& f : Sample::fields()) {
        INFO(f.column.toStdString());
        CHECK(f.write(s) == f.write(expected));
    }
    CHECK(s.name == QStringLiteral("Namn")); // trimmed on the way in
    CHECK(s.amountKr == expected.amountKr);
    CHECK(s.on == expected.on);
    CHECK(s.until == expected.until);
    CHECK(s.colour == Colour::Blue);
    CHECK(s.accent == expected.accent);
}

TEST_CASE("empty values are stored as empty text or NULL and read back as empty", "[storage][fields]")
{
    Sample empty;
    empty.level = -1;
    empty.done = false;
    const QVariantMap v = empty.toValues();
    CHECK(v.value(QStringLiteral("on")) == QVariant(QString()));
    CHECK(v.value(QStringLiteral("on")).typeId() == QMetaType::QString);
    CHECK(v.value(QStringLiteral("until")).isNull());
    CHECK(v.value(QStringLiteral("scope_id")).isNull());
    CHECK(v.value(QStringLiteral("months")).isNull());
    CHECK(v.value(QStringLiteral("months")).typeId() == QMetaType::LongLong);
    CHECK(v.value(QStringLiteral("level")).isNull());
    CHECK(v.value(QStringLiteral("done")) == QVariant(0));
    CHECK(v.value(QStringLiteral("owner_id")) == QVariant(qint64(0)));
    CHECK(v.value(QStringLiteral("accent")) == QVariant(QString()));

    const Sample s = Sample::fromValues(v);
    CHECK_FALSE(s.on.isValid());
    CHECK_FALSE(s.until.isValid());
    CHECK(s.scopeId == 0);
    CHECK(s.months == 0);
    CHECK(s.level == -1);
    CHECK_FALSE(s.done);
    CHECK_FALSE(s.accent.has_value());

    // A row without the column at all reads as the empty value too.
    const Sample missing = Sample::fromValues({});
    CHECK_FALSE(missing.on.isValid());
    CHECK(missing.level == -1);
    CHECK(missing.colour == Colour::Green);
}

TEST_CASE("a code the enum does not know reads as the fallback, or as none when optional",
          "[storage][fields]")
{
    const QVariantMap v{{QStringLiteral("colour"), QStringLiteral("purple")},
                        {QStringLiteral("shade"), QStringLiteral("")},
                        {QStringLiteral("accent"), QStringLiteral("purple")},
                        {QStringLiteral("on"), QStringLiteral("2025-13-40")}};
    const Sample s = Sample::fromValues(v);
    CHECK(s.colour == Colour::Green);
    CHECK(s.shade == Colour::Green);
    CHECK_FALSE(s.accent.has_value());
    CHECK_FALSE(s.on.isValid());
}

TEST_CASE("a link row stores its two ids under their columns", "[storage][fields]")
{
    Pair p;
    p.firstId = 3;
    p.secondId = 4;
    const QVariantMap v = p.toValues();
    CHECK(v == QVariantMap{{QStringLiteral("left_id"), qint64(3)}, {QStringLiteral("right_id"), qint64(4)}});
    const Pair back = Pair::fromValues(v);
    CHECK(back.firstId == 3);
    CHECK(back.secondId == 4);
}
