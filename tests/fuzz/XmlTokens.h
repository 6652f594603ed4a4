#pragma once

#include <QByteArray>
#include <QStringList>

namespace sakra::fuzz {

// What a reader makes of an XML document, to compare two readers: one line per start tag with its
// attributes ("<c r=A1 t=s"), per end tag ("/c") and per run of text inside the root ("'text",
// neighbouring pieces and CDATA joined). ok is false when the reader refused the document.
struct XmlTokens
{
    QStringList lines;
    bool ok = false;
    QString error;
};

// As XmlScanner reads it.
XmlTokens scannedTokens(const QByteArray& xml);
// As QXmlStreamReader reads it (namespace processing on, as XlsxReader used it).
XmlTokens streamTokens(const QByteArray& xml);

} // namespace sakra::fuzz
