#pragma once

namespace sakra {

// The register's JSON exchange format; docs/exchange-format.md describes it for people.
namespace ExchangeFormat {
inline constexpr const char* kFormatName = "sakra-register";
// Raised when the meaning of the file changes; readers refuse newer versions.
inline constexpr int kFormatVersion = 1;
} // namespace ExchangeFormat

} // namespace sakra
