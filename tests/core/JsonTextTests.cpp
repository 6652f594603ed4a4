#include "storage/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

// {"k":text} as QJsonDocument writes it, and as JsonText does.
QString byQt(const QVariant& value)
{
    QJsonObject object;
    object.insert(QStringLiteral("k"), QJsonValue::fromVariant(value));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString byJsonText(const QString& text)
{
    QString out = QStringLiteral("{\"k\":");
    JsonText::appendString(out, text);
    return out + QLatin1Char('}');
}

} // namespace

TEST_CASE("JsonText writes strings as QJsonDocument does", "[history][json]")
{
    QStringList texts{QString(),
                      QStringLiteral(""),
                      QStringLiteral("plain"),
                      QStringLiteral("quote \" backslash \\ slash /"),
                      QStringLiteral("\b\f\n\r\t"),
                      QStringLiteral("Hot mot personal – ”citat” åäö ÅÄÖ é ü"),
                      QStringLiteral("emoji 😀 and 𝄞"),
                      QStringLiteral("\u2028\u2029\u007f\u0080\ufeff\ufffe\uffff")};
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    texts << controls;
    // Lone surrogates, which UTF-8 cannot hold: QJsonDocument escapes them.
    texts << QString(QChar(0xD800)) << QString(QChar(0xDC00)) + QLatin1Char('x')
          << QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b") << QString(QChar(0xDBFF));
    // And a few thousand random ones across the whole of UTF-16.
    QRandomGenerator random(7);
    for (int i = 0; i < 3000; ++i) {
        QString t;
        const int length = random.bounded(12);
        for (int j = 0; j < length; ++j)
            t += QChar(char16_t(random.bounded(4) == 0 ? random.bounded(0x80) : random.bounded(0x10000)));
        texts << t;
    }
    for (const QString& text : texts) {
        INFO(text.toStdString());
        CHECK(byJsonText(text) == byQt(QVariant(text)));
    }
}
