#include "RiskMatrix.h"

#include "i18n/Translation.h"
#include "storage/Errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::RiskMatrix", text);
}

QJsonObject labelJson(const RiskMatrix::Label& l)
{
    return {{QStringLiteral("sv"), l.sv}, {QStringLiteral("en"), l.en}};
}

RiskMatrix::Label labelFrom(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("sv")).toString(), o.value(QStringLiteral("en")).toString()};
}

std::vector<RiskMatrix::Label> labels(std::initializer_list<std::pair<const char*, const char*>> list)
{
    std::vector<RiskMatrix::Label> out;
    for (const auto& [sv, en] : list)
        out.push_back({QString::fromUtf8(sv), QString::fromUtf8(en)});
    return out;
}

} // namespace

QString RiskMatrix::Label::text() const
{
    return Translation::current() == Language::English && !en.isEmpty() ? en : sv;
}

RiskMatrix RiskMatrix::standard()
{
    RiskMatrix m;
    m.m_likelihood = labels({{"Mycket osannolik", "Very unlikely"},
                             {"Osannolik", "Unlikely"},
                             {"Möjlig", "Possible"},
                             {"Sannolik", "Likely"},
                             {"Mycket sannolik", "Very likely"}});
    m.m_consequence = labels({{"Försumbar", "Negligible"},
                              {"Lindrig", "Minor"},
                              {"Måttlig", "Moderate"},
                              {"Allvarlig", "Serious"},
                              {"Mycket allvarlig", "Very serious"}});
    m.m_levels = {
        {{QStringLiteral("Låg"), QStringLiteral("Low")}, QColor(0x8b, 0xc3, 0x4a), 1},
        {{QStringLiteral("Medel"), QStringLiteral("Medium")}, QColor(0xff, 0xd5, 0x4f), 5},
        {{QStringLiteral("Hög"), QStringLiteral("High")}, QColor(0xff, 0x98, 0x00), 10},
        {{QStringLiteral("Mycket hög"), QStringLiteral("Very high")}, QColor(0xe5, 0x39, 0x35), 17}};
    return m;
}

void RiskMatrix::resize(int likelihoodSize, int consequenceSize)
{
    auto grow = [](std::vector<Label>& scale, int size) {
        scale.resize(std::size_t(std::max(0, size)));
        for (std::size_t i = 0; i < scale.size(); ++i)
            if (scale[i].sv.isEmpty())
                scale[i] = {QString::number(i + 1), QString::number(i + 1)};
    };
    grow(m_likelihood, likelihoodSize);
    grow(m_consequence, consequenceSize);
}

int RiskMatrix::levelOf(int likelihood, int consequence) const
{
    if (likelihood < 1 || likelihood > likelihoodSize() || consequence < 1 || consequence > consequenceSize())
        return -1;
    const int score = likelihood * consequence;
    int level = -1;
    for (int i = 0; i < int(m_levels.size()); ++i)
        if (score >= m_levels[std::size_t(i)].minScore)
            level = i;
    return level;
}

QString RiskMatrix::problem() const
{
    if (likelihoodSize() < kMinSize || likelihoodSize() > kMaxSize || consequenceSize() < kMinSize ||
        consequenceSize() > kMaxSize)
        return tr("Matrisen har mellan %1 och %2 steg åt varje håll.").arg(kMinSize).arg(kMaxSize);
    for (const auto* scale : {&m_likelihood, &m_consequence})
        for (const Label& l : *scale)
            if (l.sv.trimmed().isEmpty())
                return tr("Varje steg på skalorna behöver en svensk benämning.");
    if (m_levels.size() < 2)
        return tr("Matrisen behöver minst två risknivåer.");
    if (m_levels.front().minScore != 1)
        return tr("Den lägsta risknivån ska börja på poäng 1, så att varje ruta får en nivå.");
    const int maxScore = likelihoodSize() * consequenceSize();
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        const Level& l = m_levels[i];
        if (l.name.sv.trimmed().isEmpty())
            return tr("Varje risknivå behöver en svensk benämning.");
        if (!l.colour.isValid())
            return tr("Risknivån %1 saknar färg.").arg(l.name.sv);
        if (i > 0 && l.minScore <= m_levels[i - 1].minScore)
            return tr("Risknivåernas gränser ska stiga: %1 börjar inte över %2.")
                .arg(l.name.sv, m_levels[i - 1].name.sv);
        if (l.minScore > maxScore)
            return tr("Risknivån %1 börjar på %2 poäng, men den högsta rutan ger %3.")
                .arg(l.name.sv)
                .arg(l.minScore)
                .arg(maxScore);
    }
    QStringList keys;
    for (const Dimension& d : m_dimensions) {
        if (d.key.trimmed().isEmpty() || d.name.sv.trimmed().isEmpty())
            return tr("Varje konsekvensdimension behöver en nyckel och en svensk benämning.");
        if (keys.contains(d.key))
            return tr("Konsekvensdimensionen %1 finns två gånger.").arg(d.key);
        keys << d.key;
    }
    return {};
}

int RiskMatrix::rescale(int value, int fromSize, int toSize)
{
    if (value < 1 || fromSize < 1 || toSize < 1)
        return value;
    // The step on the new scale whose span covers the end of the old step's span.
    return std::clamp((value * toSize + fromSize - 1) / fromSize, 1, toSize);
}

QByteArray RiskMatrix::toJson() const
{
    QJsonArray likelihood;
    for (const Label& l : m_likelihood)
        likelihood.append(labelJson(l));
    QJsonArray consequence;
    for (const Label& l : m_consequence)
        consequence.append(labelJson(l));
    QJsonArray levels;
    for (const Level& l : m_levels)
        levels.append(QJsonObject{{QStringLiteral("name"), labelJson(l.name)},
                                  {QStringLiteral("colour"), l.colour.name()},
                                  {QStringLiteral("minScore"), l.minScore}});
    QJsonArray dimensions;
    for (const Dimension& d : m_dimensions)
        dimensions.append(
            QJsonObject{{QStringLiteral("key"), d.key}, {QStringLiteral("name"), labelJson(d.name)}});
    const QJsonObject root{{QStringLiteral("likelihood"), likelihood},
                           {QStringLiteral("consequence"), consequence},
                           {QStringLiteral("levels"), levels},
                           {QStringLiteral("dimensions"), dimensions}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

RiskMatrix RiskMatrix::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw ValidationError(QStringLiteral("config"), tr("Riskmatrisens inställning går inte att läsa."));
    const QJsonObject root = doc.object();
    RiskMatrix m;
    for (const QJsonValue& v : root.value(QStringLiteral("likelihood")).toArray())
        m.m_likelihood.push_back(labelFrom(v));
    for (const QJsonValue& v : root.value(QStringLiteral("consequence")).toArray())
        m.m_consequence.push_back(labelFrom(v));
    for (const QJsonValue& v : root.value(QStringLiteral("levels")).toArray()) {
        const QJsonObject o = v.toObject();
        m.m_levels.push_back({labelFrom(o.value(QStringLiteral("name"))),
                              QColor(o.value(QStringLiteral("colour")).toString()),
                              o.value(QStringLiteral("minScore")).toInt()});
    }
    for (const QJsonValue& v : root.value(QStringLiteral("dimensions")).toArray()) {
        const QJsonObject o = v.toObject();
        m.m_dimensions.push_back(
            {o.value(QStringLiteral("key")).toString(), labelFrom(o.value(QStringLiteral("name")))});
    }
    const QString problem = m.problem();
    if (!problem.isEmpty())
        throw ValidationError(QStringLiteral("config"), problem);
    return m;
}

} // namespace sakra
