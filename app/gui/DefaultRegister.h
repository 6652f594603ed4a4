#pragma once

#include <QString>
#include <memory>

namespace sakra {
class Register;
}

namespace sakra::gui {

// The register the program opens when it is given no file: one per user, in the application
// data folder. The first time it is made and filled with the demo municipality, so a new user
// sees a working example instead of an empty window.
class DefaultRegister
{
public:
    static QString path();
    // Opens the default register, creating it first when it is missing. Throws sakra::Error.
    static std::unique_ptr<Register> openOrCreate();
};

} // namespace sakra::gui
