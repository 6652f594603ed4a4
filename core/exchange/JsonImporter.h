#pragma once

#include <QByteArray>

namespace sakra {

class Register;

// Reads a file written by JsonExporter into a new, empty register (one made by init). All or
// nothing: any error rolls back every row and throws ImportError naming the place in the file.
class JsonImporter
{
public:
    static void importRegister(Register& reg, const QByteArray& json);
};

} // namespace sakra
