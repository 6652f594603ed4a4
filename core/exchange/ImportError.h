#pragma once

#include "storage/Errors.h"

namespace sakra {

// An exchange file was refused. The message names the place in the file (a JSON path such as
// tables.person[12].email, or a line and column for syntax errors); nothing was written.
class ImportError : public Error
{
public:
    using Error::Error;
};

} // namespace sakra
