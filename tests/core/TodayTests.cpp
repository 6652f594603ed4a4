#include "storage/Today.h"

#include <catch2/catch.hpp>

using namespace sakra;

TEST_CASE("Today::date is the local date QDate::currentDate gives, asked again or not", "[storage]")
{
    for (int i = 0; i < 3; ++i) {
        const QDate before = QDate::currentDate();
        const QDate today = Today::date();
        const QDate after = QDate::currentDate();
        CHECK((today == before || today == after)); // midnight may pass in between
    }
}
