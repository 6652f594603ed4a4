#include "JsonText.h"

#include "Tables.h"

#include <QHash>
#include <algorithm>
#include <cstring>
#include <vector>

namespace sakra::JsonText {

namespace {

QChar hexDigit(uint v)
{
    return QLatin1Char(v < 10 ? char('0' + v) : char('a' + v - 10));
}

void appendEscape(QString& out, char16_t u)
{
    out += QLatin1String("\\u");
    out += hexDigit((u >> 12) & 0xf);
    out += hexDigit((u >> 8) & 0xf);
    out += hexDigit((u >> 4) & 0xf);
    out += hexDigit(u & 0xf);
}

bool isPlain(char16_t u)
{
    return u >= 0x20 && u != '"' && u != '\\' && (u < 0xD800 || u > 0xDFFF);
}

} // namespace

void appendString(QString& out, QStringView text)
{
    out.reserve(out.size() + text.size() + 2);
    out += QLatin1Char('"');
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype run = i;
        while (i < n && isPlain(text[i].unicode()))
            ++i;
        out += text.sliced(run, i - run);
        if (i == n)
            break;
        const char16_t u = text[i].unicode();
        switch (u) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (u >= 0xD800 && u < 0xDC00 && i + 1 < n && text[i + 1].unicode() >= 0xDC00 &&
                text[i + 1].unicode() <= 0xDFFF) {
                // A surrogate pair: one character, written as it is.
                out += text.sliced(i, 2);
                ++i;
            } else {
                appendEscape(out, u); // another control character, or a lone surrogate
            }
        }
        ++i;
    }
    out += QLatin1Char('"');
}

namespace {

// Each table's columns in the order of their names, made once for every table.
const std::vector<std::size_t>& keyOrder(const TableSpec& spec)
{
    static const QHash<const TableSpec*, std::vector<std::size_t>> orders = [] {
        QHash<const TableSpec*, std::vector<std::size_t>> all;
        for (const TableSpec* t : Tables::all()) {
            std::vector<std::size_t> order(t->columns.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return std::strcmp(t->columns[a].name, t->columns[b].name) < 0;
            });
            all.insert(t, order);
        }
        return all;
    }();
    return orders.find(&spec).value();
}

} // namespace

QString createdObject(const TableSpec& spec, const QVariantList& row,
                      const std::function<QString(const Column&, const QVariant&)>& text)
{
    QString json;
    json.reserve(512);
    json += QLatin1Char('{');
    for (const std::size_t i : keyOrder(spec)) {
        const QVariant& v = row.at(qsizetype(i));
        if (v.isNull())
            continue;
        if (json.size() > 1)
            json += QLatin1Char(',');
        const Column& c = spec.columns[i];
        json += QLatin1Char('"');
        json += QLatin1String(c.name);
        json += QLatin1String("\":");
        appendString(json, text(c, v));
    }
    json += QLatin1Char('}');
    return json;
}

} // namespace sakra::JsonText
