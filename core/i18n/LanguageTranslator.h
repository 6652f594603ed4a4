#pragma once

#include <QTranslator>

namespace sakra {

// The one translator Translation installs. It asks the catalogue of the language current on the
// calling thread: English from sakra_en.qm; Swedish (the source language) from sakra_sv.qm for
// the plural forms, Qt's own Swedish catalogue and qt_extra_sv.qm for Qt's dialogs. All are read
// once, so translating from a worker thread reads only.
class LanguageTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit LanguageTranslator(QObject* parent = nullptr);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    QTranslator m_english;
    QTranslator m_qtSwedish;
    QTranslator m_qtExtraSwedish;
};

} // namespace sakra
