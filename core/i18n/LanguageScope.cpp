#include "LanguageScope.h"

namespace sakra {

namespace {

thread_local std::optional<Language> scoped;

} // namespace

LanguageScope::LanguageScope(Language language) : m_previous(scoped)
{
    scoped = language;
}

LanguageScope::~LanguageScope()
{
    scoped = m_previous;
}

std::optional<Language> LanguageScope::active()
{
    return scoped;
}

} // namespace sakra
