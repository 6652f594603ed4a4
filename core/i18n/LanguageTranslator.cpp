#include "LanguageTranslator.h"

#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace sakra {

LanguageTranslator::LanguageTranslator(QObject* parent) : QTranslator(parent)
{
    // Built into the library (core/CMakeLists.txt) and the window's program (app/gui), so neither
    // program needs a file beside it.
    (void)m_english.load(QStringLiteral(":/i18n/sakra_en.qm"));
    (void)m_qtExtraSwedish.load(QStringLiteral(":/i18n/qt_extra_sv.qm"));
    // Qt's own dialogs (files, printing, the standard buttons): Qt's Swedish catalogue where it is
    // installed, beside the program on Windows and macOS, in Qt's folder elsewhere. Qt's source
    // language is English, so English needs none. Only a program with a window has such dialogs.
    if (!QCoreApplication::instance() || !QCoreApplication::instance()->inherits("QApplication"))
        return;
    const QString folders[] = {QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    for (const QString& folder : folders)
        if (m_qtSwedish.load(swedish, QStringLiteral("qt"), QStringLiteral("_"), folder) ||
            m_qtSwedish.load(swedish, QStringLiteral("qtbase"), QStringLiteral("_"), folder))
            break;
}

QString LanguageTranslator::translate(const char* context, const char* sourceText, const char* disambiguation,
                                      int n) const
{
    if (Translation::current() == Language::English)
        return m_english.translate(context, sourceText, disambiguation, n);
    QString text = m_qtExtraSwedish.translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = m_qtSwedish.translate(context, sourceText, disambiguation, n);
    return text;
}

} // namespace sakra
