#pragma once

#include <QByteArray>

namespace sakra {

class Register;

// Writes the whole register, tombstones and change history included, as JSON. Rows are written in
// the order they were stored and objects with sorted keys, so exporting a register, importing it
// into a new one and exporting again gives identical bytes.
class JsonExporter
{
public:
    // Restricted tables (threat assessments) and their history are left out unless asked for.
    static QByteArray exportRegister(Register& reg, bool includeRestricted = false);
};

} // namespace sakra
