#pragma once

namespace sakra {

class Database;

// Schema step 13 (it comes after step 12, the organisation's elected officials): retention
// (gallring). A register-wide rule per kind of record (retention_rule: how many months a record is
// kept), a date on each incident, threat assessment and person saying when its free text and
// personal references were cleared (cleared_on), and the history action 'retention' that records a
// run. See docs/retention.md.
class SchemaStep13
{
public:
    static void create(Database& db);
};

} // namespace sakra
