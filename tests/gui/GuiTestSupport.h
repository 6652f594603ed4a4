#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <catch2/catch.hpp>
#include <memory>

namespace sakra {
class Register;
}

namespace sakra::test {

// A register file in a temporary folder that disappears with the object.
class TempRegisterFile
{
public:
    // demo: filled with the demo municipality (see SampleMunicipality::populateDemo).
    explicit TempRegisterFile(bool demo = true);
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// The child widget of that object name; the test stops, naming it, when there is none.
template <typename T> T* find(QWidget& window, const char* name)
{
    T* widget = window.findChild<T*>(QLatin1String(name));
    INFO("widget " << name);
    REQUIRE(widget);
    return widget;
}

// Types text key by key as a keyboard would, including å, ä and ö, which QTest::keyClicks
// cannot send.
void typeText(QWidget* widget, const QString& text);

} // namespace sakra::test
