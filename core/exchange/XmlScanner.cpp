#include "XmlScanner.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>
#include <cstring>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::XmlScanner", text);
}

// What a byte is in character data: 0 plain, else something to look at.
enum : uchar
{
    kPlain = 0,
    kSpecial = 1, // < & ] CR
    kHigh = 2,    // part of a multi-byte UTF-8 character
    kControl = 3  // not an XML character
};

struct ByteClasses
{
    uchar text[256];
    bool nameStart[256];
    bool nameChar[256];
    bool plainName[256]; // a name character that is ASCII and not a colon
    constexpr ByteClasses() : text(), nameStart(), nameChar(), plainName()
    {
        for (int c = 0; c < 256; ++c) {
            text[c] = c >= 0x80                                           ? kHigh
                      : (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? kControl
                                                                          : kPlain;
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            nameStart[c] = letter || c == '_' || c == ':' || c >= 0x80;
            nameChar[c] = nameStart[c] || (c >= '0' && c <= '9') || c == '-' || c == '.';
            plainName[c] = nameChar[c] && c != ':' && c < 0x80;
        }
        for (const uchar c : {uchar('<'), uchar('&'), uchar(']'), uchar('\r')})
            text[c] = kSpecial;
    }
};
constexpr ByteClasses kClasses;

bool isSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A code point XML allows in a document.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

bool startsWith(const uchar* p, const uchar* end, const char* text)
{
    const std::size_t n = std::strlen(text);
    return std::size_t(end - p) >= n && std::memcmp(p, text, n) == 0;
}

void appendUtf8(QByteArray& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The character an entity or character reference stands for; raw starts after '&' and ends
// before ';'. The scanner has checked it; 0 for anything else.
char32_t referenced(QByteArrayView raw)
{
    if (raw == "lt")
        return '<';
    if (raw == "gt")
        return '>';
    if (raw == "amp")
        return '&';
    if (raw == "apos")
        return '\'';
    if (raw == "quot")
        return '"';
    if (raw.size() < 2 || raw[0] != '#')
        return 0;
    const bool hex = raw[1] == 'x';
    char32_t c = 0;
    for (qsizetype i = hex ? 2 : 1; i < raw.size(); ++i) {
        const char d = raw[i];
        int v = -1;
        if (d >= '0' && d <= '9')
            v = d - '0';
        else if (hex && d >= 'a' && d <= 'f')
            v = d - 'a' + 10;
        else if (hex && d >= 'A' && d <= 'F')
            v = d - 'A' + 10;
        if (v < 0 || c > 0x10FFFF)
            return 0;
        c = c * (hex ? 16 : 10) + char32_t(v);
    }
    return (hex ? raw.size() > 2 : true) && isXmlChar(c) ? c : 0;
}

enum class Decode
{
    Text,      // entities resolved, CR LF and CR as LF
    Cdata,     // CR LF and CR as LF
    Attribute, // entities resolved, every literal line end and tab as a space
};

void decodeInto(QString& out, QByteArrayView raw, Decode mode)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
            bytes += mode == Decode::Attribute ? ' ' : '\n';
        } else if (mode == Decode::Attribute && (c == '\n' || c == '\t')) {
            bytes += ' ';
        } else if (c == '&' && mode != Decode::Cdata) {
            const qsizetype semicolon = raw.indexOf(';', i);
            if (semicolon < 0)
                break; // checked while scanning; never here
            appendUtf8(bytes, referenced(raw.sliced(i + 1, semicolon - i - 1)));
            i = semicolon;
        } else {
            bytes += c;
        }
    }
    out += XmlScanner::decodeUtf8(bytes);
}

} // namespace

XmlScanner::XmlScanner(const QByteArray& data)
{
    decodeEncoding(data);
    m_begin = reinterpret_cast<const uchar*>(m_data.constData());
    m_pos = m_begin;
    m_end = m_begin + m_data.size();
}

void XmlScanner::decodeEncoding(const QByteArray& data)
{
    m_data = data;
    if (data.startsWith("\xEF\xBB\xBF")) {
        m_data = data.sliced(3);
        return;
    }
    const bool utf16 = data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
    QByteArray encoding;
    if (!utf16 && data.startsWith("<?xml")) {
        // The encoding named in the declaration, if any and not UTF-8.
        const qsizetype close = data.indexOf("?>");
        const QByteArray declaration = data.left(close < 0 ? 0 : close);
        const qsizetype at = declaration.indexOf("encoding");
        if (at >= 0) {
            qsizetype i = at + 8;
            while (i < declaration.size() && (isSpace(uchar(declaration[i])) || declaration[i] == '='))
                ++i;
            if (i < declaration.size() && (declaration[i] == '"' || declaration[i] == '\'')) {
                const qsizetype end = declaration.indexOf(declaration[i], i + 1);
                if (end > i)
                    encoding = declaration.mid(i + 1, end - i - 1).toLower();
            }
        }
        if (encoding.isEmpty() || encoding == "utf-8" || encoding == "utf8")
            return;
    } else if (!utf16) {
        return;
    }
    QStringDecoder decoder =
        utf16 ? QStringDecoder(QStringDecoder::Utf16) : QStringDecoder(encoding.constData());
    if (!decoder.isValid()) {
        m_data.clear();
        m_error = tr("teckenkodningen %1 kan inte läsas").arg(QString::fromLatin1(encoding));
        m_token = Token::Invalid;
        return;
    }
    const QString text = decoder(data);
    if (decoder.hasError()) {
        m_data.clear();
        m_error = tr("texten är inte kodad som den säger");
        m_token = Token::Invalid;
        return;
    }
    m_data = text.toUtf8();
}

qint64 XmlScanner::lineNumber() const
{
    const uchar* to = m_errorAt ? m_errorAt : m_pos;
    return 1 + std::count(m_begin, std::max(m_begin, std::min(to, m_end)), uchar('\n'));
}

XmlScanner::Token XmlScanner::fail(const char* message, const uchar* at)
{
    return fail(tr(message), at);
}

XmlScanner::Token XmlScanner::fail(const QString& message, const uchar* at)
{
    m_error = message;
    m_errorAt = at;
    m_pos = m_end;
    m_token = Token::Invalid;
    return m_token;
}

void XmlScanner::skipSpace(const uchar*& p) const
{
    while (p < m_end && isSpace(*p))
        ++p;
}

XmlScanner::Token XmlScanner::next()
{
    if (atEnd())
        return m_token;
    if (!m_started) {
        m_started = true;
        if (!prolog())
            return m_token;
    }
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.pop_back();
        m_rootSeen = true;
        return m_token = Token::EndElement;
    }
    for (;;) {
        if (m_pos >= m_end) {
            if (!m_open.empty() || !m_rootSeen)
                return fail("dokumentet tar slut för tidigt", m_end);
            return m_token = Token::EndDocument;
        }
        if (*m_pos != '<') {
            const Token t = text();
            if (t == Token::Characters && m_open.empty())
                continue; // white space outside the root
            return t;
        }
        const Token t = markup();
        if (t != Token::Characters || !m_text.isEmpty() || m_cdata)
            return t;
        // a comment or a processing instruction: nothing to give
    }
}

bool XmlScanner::prolog()
{
    if (m_token == Token::Invalid)
        return false;
    if (!startsWith(m_pos, m_end, "<?xml") || (m_end - m_pos > 5 && !isSpace(m_pos[5])))
        return true;
    const uchar* p = m_pos + 5;
    while (p + 1 < m_end && !(p[0] == '?' && p[1] == '>')) {
        if (kClasses.text[*p] == kControl) {
            fail("ogiltigt tecken i XML-deklarationen", p);
            return false;
        }
        ++p;
    }
    if (p + 1 >= m_end) {
        fail("dokumentet tar slut för tidigt", m_end);
        return false;
    }
    m_pos = p + 2;
    return true;
}

XmlScanner::Token XmlScanner::text()
{
    const uchar* p = m_pos;
    bool plain = true;
    for (;;) {
        while (p < m_end && kClasses.text[*p] == kPlain)
            ++p;
        if (p >= m_end || *p == '<')
            break;
        switch (kClasses.text[*p]) {
        case kHigh:
            if (!utf8(p))
                return m_token;
            break;
        case kControl: return fail("ogiltigt tecken i texten", p);
        default:
            if (*p == '&') {
                if (!entity(p))
                    return m_token;
                plain = false;
            } else if (*p == ']') {
                if (startsWith(p, m_end, "]]>"))
                    return fail("”]]>” får inte stå i text", p);
                ++p;
            } else { // CR
                plain = false;
                ++p;
            }
        }
    }
    m_text = QByteArrayView(m_pos, p - m_pos);
    if (m_open.empty()) {
        for (const uchar* q = m_pos; q < p; ++q)
            if (!isSpace(*q))
                return fail(m_rootSeen ? "text efter dokumentets slut" : "text före dokumentets början", q);
    }
    m_plainText = plain;
    m_cdata = false;
    m_pos = p;
    return m_token = Token::Characters;
}

XmlScanner::Token XmlScanner::markup()
{
    const uchar* p = m_pos + 1;
    if (p >= m_end)
        return fail("dokumentet tar slut för tidigt", m_end);
    if (*p == '/')
        return endTag();
    if (*p == '?') {
        if (!processingInstruction())
            return m_token;
    } else if (*p == '!') {
        if (startsWith(p, m_end, "!--")) {
            if (!comment())
                return m_token;
        } else if (startsWith(p, m_end, "![CDATA[")) {
            return cdata();
        } else if (startsWith(p, m_end, "!DOCTYPE")) {
            return fail("dokumenttypdeklarationer (DTD) läses inte", m_pos);
        } else {
            return fail("okänd markering efter ”<!”", m_pos);
        }
    } else {
        return startTag();
    }
    // Nothing to give: an empty text token tells next() to go on.
    m_text = QByteArrayView();
    m_cdata = false;
    return m_token = Token::Characters;
}

bool XmlScanner::name(const uchar*& p, QByteArrayView& qualified, QByteArrayView& local)
{
    const uchar* start = p;
    if (p >= m_end || !kClasses.nameStart[*p]) {
        fail(p >= m_end ? "dokumentet tar slut för tidigt" : "ett namn väntades", p);
        return false;
    }
    const uchar* colon = nullptr;
    // Most names are ASCII without a prefix: the plain characters first, the rest one by one.
    while (p < m_end && kClasses.plainName[*p])
        ++p;
    while (p < m_end && kClasses.nameChar[*p]) {
        if (*p >= 0x80) {
            if (!utf8(p))
                return false;
            continue;
        }
        if (*p == ':') {
            if (colon) {
                fail("ett namn har fler än ett kolon", p);
                return false;
            }
            colon = p;
        }
        ++p;
    }
    qualified = QByteArrayView(start, p - start);
    if (colon && (colon == start || colon + 1 == p)) {
        fail("ett namn har ett kolon i början eller slutet", colon);
        return false;
    }
    local = colon ? QByteArrayView(colon + 1, p - colon - 1) : qualified;
    return true;
}

XmlScanner::Token XmlScanner::startTag()
{
    if (m_rootSeen && m_open.empty())
        return fail("mer än ett rotelement", m_pos);
    if (int(m_open.size()) >= kMaxDepth)
        return fail("elementen är för djupt nästlade", m_pos);
    const uchar* p = m_pos + 1;
    QByteArrayView qualified;
    if (!name(p, qualified, m_name))
        return m_token;
    m_attributes.clear();
    bool selfClosing = false;
    for (;;) {
        const uchar* before = p;
        skipSpace(p);
        if (p >= m_end)
            return fail("dokumentet tar slut för tidigt", m_end);
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (p + 1 >= m_end)
                return fail("dokumentet tar slut för tidigt", m_end);
            if (p[1] != '>')
                return fail("”>” väntades efter ”/”", p + 1);
            p += 2;
            selfClosing = true;
            break;
        }
        if (p == before)
            return fail("attribut ska skiljas åt av mellanslag", p);
        Attribute a;
        if (!name(p, a.qualifiedName, a.localName))
            return m_token;
        skipSpace(p);
        if (p >= m_end || *p != '=')
            return fail(p >= m_end ? "dokumentet tar slut för tidigt" : "”=” väntades efter attributets namn",
                        p);
        ++p;
        skipSpace(p);
        if (!attributeValue(p, a))
            return m_token;
        a.declaration = a.qualifiedName == "xmlns" || a.qualifiedName.startsWith("xmlns:");
        for (const Attribute& other : m_attributes)
            if (other.qualifiedName == a.qualifiedName)
                return fail(tr("attributet %1 står två gånger").arg(XmlScanner::decodeUtf8(a.qualifiedName)),
                            p);
        m_attributes.push_back(a);
    }
    m_open.push_back(qualified);
    m_pendingEnd = selfClosing;
    m_pos = p;
    return m_token = Token::StartElement;
}

bool XmlScanner::attributeValue(const uchar*& p, Attribute& a)
{
    if (p >= m_end || (*p != '"' && *p != '\'')) {
        fail(p >= m_end ? "dokumentet tar slut för tidigt" : "attributets värde ska stå inom citattecken", p);
        return false;
    }
    const uchar quote = *p++;
    const uchar* start = p;
    for (;;) {
        while (p < m_end && kClasses.text[*p] == kPlain && *p != quote && *p != '\t' && *p != '\n')
            ++p;
        if (p >= m_end) {
            fail("dokumentet tar slut för tidigt", m_end);
            return false;
        }
        const uchar c = *p;
        if (c == quote)
            break;
        if (c == '<') {
            fail("”<” får inte stå i ett attributs värde", p);
            return false;
        }
        if (c == '&') {
            if (!entity(p))
                return false;
            a.plain = false;
        } else if (c >= 0x80) {
            if (!utf8(p))
                return false;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            a.plain = false;
            ++p;
        } else if (c == ']') {
            ++p;
        } else {
            fail("ogiltigt tecken i ett attributs värde", p);
            return false;
        }
    }
    a.value = QByteArrayView(start, p - start);
    ++p;
    return true;
}

XmlScanner::Token XmlScanner::endTag()
{
    const uchar* p = m_pos + 2;
    QByteArrayView qualified;
    if (!name(p, qualified, m_name))
        return m_token;
    skipSpace(p);
    if (p >= m_end)
        return fail("dokumentet tar slut för tidigt", m_end);
    if (*p != '>')
        return fail("”>” väntades i sluttaggen", p);
    if (m_open.empty())
        return fail("en sluttagg utan början", m_pos);
    if (m_open.back() != qualified)
        return fail(tr("sluttaggen </%1> passar inte till <%2>")
                        .arg(XmlScanner::decodeUtf8(qualified), XmlScanner::decodeUtf8(m_open.back())),
                    m_pos);
    m_open.pop_back();
    m_rootSeen = true;
    m_pos = p + 1;
    return m_token = Token::EndElement;
}

XmlScanner::Token XmlScanner::cdata()
{
    if (m_open.empty())
        return fail("CDATA utanför rotelementet", m_pos);
    const uchar* start = m_pos + 9;
    const uchar* p = start;
    bool plain = true;
    for (;;) {
        while (p < m_end && kClasses.text[*p] == kPlain)
            ++p;
        if (p >= m_end)
            return fail("dokumentet tar slut för tidigt", m_end);
        switch (kClasses.text[*p]) {
        case kHigh:
            if (!utf8(p))
                return m_token;
            continue;
        case kControl: return fail("ogiltigt tecken i CDATA", p);
        default: break;
        }
        if (*p == ']' && startsWith(p, m_end, "]]>"))
            break;
        if (*p == '\r')
            plain = false;
        ++p;
    }
    m_text = QByteArrayView(start, p - start);
    m_plainText = plain;
    m_cdata = true;
    m_pos = p + 3;
    return m_token = Token::Characters;
}

bool XmlScanner::comment()
{
    const uchar* p = m_pos + 4;
    for (;;) {
        while (p < m_end && kClasses.text[*p] == kPlain && *p != '-')
            ++p;
        if (p >= m_end) {
            fail("dokumentet tar slut för tidigt", m_end);
            return false;
        }
        if (*p == '-') {
            if (startsWith(p, m_end, "-->"))
                break;
            if (startsWith(p, m_end, "--")) {
                fail("”--” får inte stå i en kommentar", p);
                return false;
            }
            ++p;
        } else if (kClasses.text[*p] == kHigh) {
            if (!utf8(p))
                return false;
        } else if (kClasses.text[*p] == kControl) {
            fail("ogiltigt tecken i en kommentar", p);
            return false;
        } else {
            ++p;
        }
    }
    m_pos = p + 3;
    return true;
}

bool XmlScanner::processingInstruction()
{
    const uchar* p = m_pos + 2;
    QByteArrayView target;
    QByteArrayView local;
    if (!name(p, target, local))
        return false;
    if (target.compare("xml", Qt::CaseInsensitive) == 0) {
        fail("XML-deklarationen får bara stå först", m_pos);
        return false;
    }
    for (;;) {
        while (p < m_end && kClasses.text[*p] == kPlain && *p != '?')
            ++p;
        if (p >= m_end) {
            fail("dokumentet tar slut för tidigt", m_end);
            return false;
        }
        if (*p == '?') {
            if (startsWith(p, m_end, "?>"))
                break;
            ++p;
        } else if (kClasses.text[*p] == kHigh) {
            if (!utf8(p))
                return false;
        } else if (kClasses.text[*p] == kControl) {
            fail("ogiltigt tecken i en bearbetningsinstruktion", p);
            return false;
        } else {
            ++p;
        }
    }
    m_pos = p + 2;
    return true;
}

bool XmlScanner::entity(const uchar*& p)
{
    const uchar* start = p + 1;
    const uchar* q = start;
    while (q < m_end && q - start < 32 && (kClasses.nameChar[*q] || *q == '#'))
        ++q;
    if (q >= m_end || *q != ';') {
        fail(q >= m_end ? "dokumentet tar slut för tidigt" : "en entitet utan avslutande ”;”", p);
        return false;
    }
    const QByteArrayView raw(start, q - start);
    if (referenced(raw) == 0) {
        fail(tr("okänd entitet eller ogiltig teckenreferens &%1;").arg(QString::fromLatin1(raw)), p);
        return false;
    }
    p = q + 1;
    return true;
}

bool XmlScanner::utf8(const uchar*& p)
{
    const uchar c = *p;
    int length = 0;
    char32_t code = 0;
    char32_t least = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2, code = c & 0x1F, least = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3, code = c & 0x0F, least = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4, code = c & 0x07, least = 0x10000;
    } else {
        fail("texten är inte giltig UTF-8", p);
        return false;
    }
    if (m_end - p < length) {
        fail("texten är inte giltig UTF-8", p);
        return false;
    }
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80) {
            fail("texten är inte giltig UTF-8", p);
            return false;
        }
        code = (code << 6) | (p[i] & 0x3F);
    }
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    if (code < least || surrogate || !isXmlChar(code)) {
        fail(code < least || surrogate ? "texten är inte giltig UTF-8" : "ogiltigt tecken i texten", p);
        return false;
    }
    p += length;
    return true;
}

bool XmlScanner::rawAttribute(QByteArrayView localName, QByteArrayView& raw, bool& plain) const
{
    for (const Attribute& a : m_attributes) {
        if (!a.declaration && a.localName == localName) {
            raw = a.value;
            plain = a.plain;
            return true;
        }
    }
    return false;
}

QString XmlScanner::attribute(QByteArrayView localName) const
{
    QByteArrayView raw;
    bool plain = true;
    if (!rawAttribute(localName, raw, plain))
        return QString();
    if (plain)
        return raw.isEmpty() ? QStringLiteral("") : XmlScanner::decodeUtf8(raw);
    QString out = QStringLiteral("");
    decodeInto(out, raw, Decode::Attribute);
    return out;
}

QString XmlScanner::decodeUtf8(QByteArrayView utf8)
{
    // QString::fromUtf8 drops a byte order mark at the start: put back each one it would drop.
    qsizetype marks = 0;
    while (utf8.sliced(3 * marks).startsWith("\xEF\xBB\xBF"))
        ++marks;
    if (marks == 0)
        return QString::fromUtf8(utf8);
    return QString(marks, QChar(0xFEFF)) + QString::fromUtf8(utf8.sliced(3 * marks));
}

std::vector<std::pair<QByteArrayView, QString>> XmlScanner::attributes() const
{
    std::vector<std::pair<QByteArrayView, QString>> out;
    for (const Attribute& a : m_attributes) {
        if (a.declaration)
            continue;
        QString value = QStringLiteral("");
        if (a.plain)
            value = XmlScanner::decodeUtf8(a.value);
        else
            decodeInto(value, a.value, Decode::Attribute);
        out.emplace_back(a.localName, value);
    }
    return out;
}

void XmlScanner::appendText(QString& out) const
{
    if (m_plainText)
        out += XmlScanner::decodeUtf8(m_text);
    else
        decodeInto(out, m_text, m_cdata ? Decode::Cdata : Decode::Text);
}

} // namespace sakra
