#pragma once

#include <QString>

namespace sakra::SqlSnippets {

// " AND <column> IN (<the unit bound to the placeholder and every live unit below it>)".
// Takes one bound value: the scope unit's id.
QString inScope(const char* column);

// A LIKE pattern matching text anywhere, with the wildcards in text escaped; use with ESCAPE '\'.
QString containsPattern(const QString& text);

} // namespace sakra::SqlSnippets
