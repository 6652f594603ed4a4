#pragma once

#include "Language.h"

#include <optional>

namespace sakra {

// While it lives, translations on this thread are in the given language, whatever the interface
// speaks: a report or an exported document in the language asked for. Scopes nest.
class LanguageScope
{
public:
    explicit LanguageScope(Language language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

    // The language of the innermost scope on this thread, if there is one.
    static std::optional<Language> active();

private:
    std::optional<Language> m_previous;
};

} // namespace sakra
