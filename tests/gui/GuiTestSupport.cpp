#include "GuiTestSupport.h"

#include "Register.h"
#include "SampleMunicipality.h"

#include <QTest>

namespace sakra::test {

TempRegisterFile::TempRegisterFile(bool demo) : m_path(m_dir.filePath(QStringLiteral("register.sakra")))
{
    auto reg = Register::create(m_path);
    if (demo)
        SampleMunicipality::populateDemo(*reg);
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClicks(widget, QString(c));
        } else {
            // Latin-1 letters have key codes equal to their upper-case code point.
            const auto key = Qt::Key(c.toUpper().unicode());
            QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
        }
    }
}

} // namespace sakra::test
