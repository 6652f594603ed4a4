#pragma once

namespace sakra {

// The two engines a register lives in: a file of its own (SQLite) or a shared register on a
// server (PostgreSQL). SqlDialect is the one place that knows how they differ.
enum class Engine
{
    Sqlite,
    Postgres
};

} // namespace sakra
