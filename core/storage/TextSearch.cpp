#include "TextSearch.h"

#include "SearchSchema.h"

#include <QStringList>

namespace sakra {

namespace {

// The characters SQLite's unicode61 tokenizer keeps in a word (its default categories L*, N*
// and Co); everything else separates words.
bool inWord(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse: return true;
    default: return false;
    }
}

} // namespace

QStringList TextSearch::words(const QString& text)
{
    QStringList out;
    QString word;
    for (const char32_t c : text.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (inWord(c)) {
            word += QString::fromUcs4(&c, 1);
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

QString TextSearch::matchExpression(const QString& text)
{
    QStringList terms;
    // A word holds no quote (words() splits at it), so quoting makes every word a plain string
    // to the index, never an operator (AND, OR, NOT, NEAR) or a column filter.
    for (const QString& w : words(text))
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString TextSearch::matchingIds(const char* table)
{
    const QString index = SearchSchema::indexOf(table);
    return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(index);
}

} // namespace sakra
