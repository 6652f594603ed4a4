#include "XmlTokens.h"

#include "exchange/XmlScanner.h"

#include <QXmlStreamReader>

namespace sakra::fuzz {

namespace {

// Joins the pieces of text between two tags; text outside the root is left out.
class Lines
{
public:
    void start(const QString& name, const QStringList& attributes)
    {
        flush();
        m_lines << QLatin1Char('<') + name + (attributes.isEmpty() ? QString() : QStringLiteral(" ")) +
                       attributes.join(QLatin1Char(' '));
        ++m_depth;
    }
    void end(const QString& name)
    {
        flush();
        m_lines << QLatin1Char('/') + name;
        --m_depth;
    }
    void text(const QString& text)
    {
        if (m_depth > 0)
            m_text += text;
    }
    QStringList take()
    {
        flush();
        return m_lines;
    }

private:
    void flush()
    {
        if (!m_text.isEmpty())
            m_lines << QLatin1Char('\'') + m_text;
        m_text.clear();
    }

    QStringList m_lines;
    QString m_text;
    int m_depth = 0;
};

} // namespace

XmlTokens scannedTokens(const QByteArray& xml)
{
    XmlScanner scanner(xml);
    Lines lines;
    while (!scanner.atEnd()) {
        switch (scanner.next()) {
        case XmlScanner::Token::StartElement: {
            QStringList attributes;
            for (const auto& [name, value] : scanner.attributes())
                attributes << XmlScanner::decodeUtf8(name) + QLatin1Char('=') + value;
            lines.start(XmlScanner::decodeUtf8(scanner.name()), attributes);
            break;
        }
        case XmlScanner::Token::EndElement: lines.end(XmlScanner::decodeUtf8(scanner.name())); break;
        case XmlScanner::Token::Characters: {
            QString text;
            scanner.appendText(text);
            lines.text(text);
            break;
        }
        default: break;
        }
    }
    return {lines.take(), !scanner.hasError(), scanner.errorString()};
}

XmlTokens streamTokens(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    Lines lines;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            QStringList attributes;
            for (const QXmlStreamAttribute& a : reader.attributes())
                attributes << a.name().toString() + QLatin1Char('=') + a.value().toString();
            lines.start(reader.name().toString(), attributes);
            break;
        }
        case QXmlStreamReader::EndElement: lines.end(reader.name().toString()); break;
        case QXmlStreamReader::Characters: lines.text(reader.text().toString()); break;
        default: break;
        }
    }
    return {lines.take(), !reader.hasError(), reader.errorString()};
}

} // namespace sakra::fuzz
