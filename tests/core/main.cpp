#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // Qt's SQL drivers are plugins: they need an application object to be found.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
