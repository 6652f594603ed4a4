#pragma once

namespace sakra {

// The languages Säkra speaks. Swedish is the language of the source strings; English comes from
// translations/sakra_en.ts.
enum class Language
{
    Swedish,
    English
};

} // namespace sakra
