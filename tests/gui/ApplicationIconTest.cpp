#include "ApplicationSetup.h"

#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <catch2/catch.hpp>

using namespace sakra::gui;

TEST_CASE("The application icon is built into the program in every size the packages install", "[gui]")
{
    const QIcon icon = ApplicationSetup::applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    for (int size : {16, 32, 48, 64, 128, 256}) {
        INFO("size " << size);
        CHECK(icon.availableSizes().contains(QSize(size, size)));
        // Drawn, not empty: the centre of the shield is opaque.
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        CHECK(image.size() == QSize(size, size));
        CHECK(qAlpha(image.pixel(size / 2, size / 2)) == 255);
    }
}

TEST_CASE("Windows carry the application's icon and name its desktop entry", "[gui]")
{
    // main.cpp of the tests applies ApplicationSetup as the program does.
    CHECK(QGuiApplication::windowIcon().availableSizes().contains(QSize(256, 256)));
    CHECK(QGuiApplication::desktopFileName() == QLatin1String("sakra"));
}
