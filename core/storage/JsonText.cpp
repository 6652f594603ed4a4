#include "JsonText.h"

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

} // namespace sakra::JsonText
