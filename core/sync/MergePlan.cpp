#include "MergePlan.h"

namespace sakra {

namespace {
const char* const kKinds[] = {"field", "removed_at_site", "removed_centrally", "refers_to_removed", "unique",
                              "cycle"};
const char* const kChoices[] = {"central", "site", "value"};
} // namespace

QString MergeConflict::kindName(Kind kind)
{
    return QLatin1String(kKinds[int(kind)]);
}

QString MergeConflict::key() const
{
    return QStringLiteral("%1/%2/%3/%4").arg(kindName(kind), table, uuid, field);
}

QString MergeDecision::choiceName(Choice choice)
{
    return QLatin1String(kChoices[int(choice)]);
}

bool MergeDecision::choiceFromName(const QString& name, Choice& choice)
{
    for (int i = 0; i < int(std::size(kChoices)); ++i)
        if (name == QLatin1String(kChoices[i])) {
            choice = Choice(i);
            return true;
        }
    return false;
}

} // namespace sakra
