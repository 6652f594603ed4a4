#pragma once

namespace sakra {

class Database;

// Schema step 12: the organisation and budget as seed 003 has them, and elected officials.
// An administration or company may report to boards besides its own (unit_board); a planned post
// may carry a yearly cost, the board that pays for it and, for a related role outside the three
// levels, its title; a routine may be meant for elected officials.
class SchemaStep12
{
public:
    static void create(Database& db);
};

} // namespace sakra
