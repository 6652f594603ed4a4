#pragma once

#include <QString>

namespace sakra {

// Free text as the register searches it: every word of the text must begin a word of the row
// (case folded, å, ä and ö letters of their own). What SQLite's full-text index (SearchSchema)
// needs to know lives here, so a server engine can answer the same questions its own way.
class TextSearch
{
public:
    // The words of text as the index splits them: runs of letters and digits, in NFC.
    static QStringList words(const QString& text);
    // The index query for text: each word quoted and searched as a prefix, all of them required;
    // empty when text has no word. Always bound as a value, never pasted into SQL.
    static QString matchExpression(const QString& text);
    // A subquery of the ids of table's rows (tombstones too) whose indexed columns match the one
    // bound match expression.
    static QString matchingIds(const char* table);
};

} // namespace sakra
