#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <utility>
#include <vector>

namespace sakra {

// A pull parser for the large parts of a workbook (worksheets, shared strings). It hands out
// views into the bytes and decodes only the text that is asked for, which makes it several times
// faster than QXmlStreamReader on a sheet of tens of megabytes.
//
// It reads UTF-8 (a part declared in another encoding, or with a UTF-16 byte order mark, is
// converted first) and refuses what is not well-formed XML, as QXmlStreamReader does: unbalanced
// or crossed tags, attributes without quotes or given twice, unknown entities, character
// references to what is not an XML character, invalid UTF-8, control characters, "]]>" in text,
// text or a second element outside the root, a document that ends early. A document type
// declaration (DTD) is refused too: a workbook has none, and its entities could expand without
// end. Names lose their namespace prefix (<x:c> is "c"); namespace declarations (xmlns) are not
// attributes. CDATA sections, comments and processing instructions are read; the text of CDATA
// is given as it stands. Line ends are read as XML says (CR LF and CR as LF; in attribute values
// as spaces). Nesting deeper than kMaxDepth is refused.
class XmlScanner
{
public:
    enum class Token
    {
        StartElement,
        EndElement,
        Characters,
        EndDocument,
        Invalid
    };

    static constexpr int kMaxDepth = 256;

    explicit XmlScanner(const QByteArray& data);

    Token next();
    Token token() const { return m_token; }
    bool atEnd() const { return m_token == Token::EndDocument || m_token == Token::Invalid; }
    bool hasError() const { return m_token == Token::Invalid; }
    // What is wrong, in Swedish; empty without an error.
    QString errorString() const { return m_error; }
    // The line (from 1) of the error, or of where the scanner stands.
    qint64 lineNumber() const;
    // Stops with this error (what the reader made of the document is wrong).
    void raiseError(const QString& message) { fail(message, m_pos); }

    // StartElement and EndElement: the element's name without its prefix.
    QByteArrayView name() const { return m_name; }

    // StartElement: the value of the first attribute with this name (without prefix) as it is
    // written, and whether that is its value (plain: no entity, no line end to normalise).
    bool rawAttribute(QByteArrayView localName, QByteArrayView& raw, bool& plain) const;
    // The same decoded; a null string when the element has no such attribute.
    QString attribute(QByteArrayView localName) const;
    // Every attribute (names without prefix, namespace declarations left out) in the order
    // written, decoded.
    std::vector<std::pair<QByteArrayView, QString>> attributes() const;

    // Characters: the text as written, whether that is the text itself (plain: no entity or
    // carriage return), and the text decoded.
    QByteArrayView rawText() const { return m_text; }
    bool plainText() const { return m_plainText; }
    void appendText(QString& out) const;

    // UTF-8 the scanner has checked, as a QString. Unlike QString::fromUtf8 it keeps a leading
    // U+FEFF: inside a document that is a character of the text, not a byte order mark.
    static QString decodeUtf8(QByteArrayView utf8);

private:
    struct Attribute
    {
        QByteArrayView qualifiedName;
        QByteArrayView localName;
        QByteArrayView value;
        bool plain = true;
        bool declaration = false; // xmlns or xmlns:prefix
    };

    Token fail(const char* message, const uchar* at);
    Token fail(const QString& message, const uchar* at);
    void decodeEncoding(const QByteArray& data);
    bool prolog();
    Token text();
    Token markup();
    Token startTag();
    Token endTag();
    Token cdata();
    bool comment();
    bool processingInstruction();
    bool name(const uchar*& p, QByteArrayView& qualified, QByteArrayView& local);
    bool attributeValue(const uchar*& p, Attribute& attribute);
    bool entity(const uchar*& p);
    bool utf8(const uchar*& p);
    void skipSpace(const uchar*& p) const;

    QByteArray m_data; // the document as UTF-8
    const uchar* m_begin = nullptr;
    const uchar* m_pos = nullptr;
    const uchar* m_end = nullptr;
    const uchar* m_errorAt = nullptr;
    Token m_token = Token::Characters;
    QString m_error;
    QByteArrayView m_name;
    QByteArrayView m_text;
    bool m_plainText = true;
    bool m_cdata = false;
    bool m_pendingEnd = false; // a self-closing tag: its EndElement comes next
    bool m_rootSeen = false;
    bool m_started = false;
    std::vector<QByteArrayView> m_open; // qualified names of the open elements
    std::vector<Attribute> m_attributes;
};

} // namespace sakra
