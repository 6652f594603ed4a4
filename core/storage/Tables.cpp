#include "Tables.h"

#include <QtGlobal>

namespace sakra::Tables {

using T = ColumnType;

const TableSpec& orgUnit()
{
    static const TableSpec spec{"org_unit", QT_TRANSLATE_NOOP("sakra::Entity", "Organisational unit"), "name",
                                {{"parent_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Part of")},
                                 {"kind", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Kind")},
                                 {"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Name")},
                                 {"board_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Reports to board")},
                                 {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Note")}}};
    return spec;
}

const TableSpec& site()
{
    static const TableSpec spec{"site", QT_TRANSLATE_NOOP("sakra::Entity", "Site"), "name",
                                {{"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Name")},
                                 {"street", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Street address")},
                                 {"postal_code", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Postal code")},
                                 {"city", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "City")},
                                 {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Note")}}};
    return spec;
}

const TableSpec& unitSite()
{
    static const TableSpec spec{"unit_site", QT_TRANSLATE_NOOP("sakra::Entity", "Unit at site"), "site_id",
                                {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Unit")},
                                 {"site_id", T::Ref, "site", true, QT_TRANSLATE_NOOP("sakra::Field", "Site")}}};
    return spec;
}

const TableSpec& person()
{
    static const TableSpec spec{"person", QT_TRANSLATE_NOOP("sakra::Entity", "Person"), "name",
                                {{"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Name")},
                                 {"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Title")},
                                 {"phone", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Phone")},
                                 {"email", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "E-mail")},
                                 {"unit_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Unit")}}};
    return spec;
}

const TableSpec& securityRole()
{
    static const TableSpec spec{"security_role", QT_TRANSLATE_NOOP("sakra::Entity", "Security role"), "name_sv",
                                {{"code", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Code")},
                                 {"name_sv", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Name (Swedish)")},
                                 {"name_en", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Name (English)")},
                                 {"level", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Level")}}};
    return spec;
}

const TableSpec& assignment()
{
    static const TableSpec spec{"assignment", QT_TRANSLATE_NOOP("sakra::Entity", "Assignment"), "person_id",
                                {{"person_id", T::Ref, "person", true, QT_TRANSLATE_NOOP("sakra::Field", "Person")},
                                 {"role_id", T::Ref, "security_role", true, QT_TRANSLATE_NOOP("sakra::Field", "Role")},
                                 {"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Unit")},
                                 {"start_date", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "From")},
                                 {"end_date", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "To")},
                                 {"fte_percent", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Share of full time (%)")}}};
    return spec;
}

const TableSpec& plannedPost()
{
    static const TableSpec spec{"planned_post", QT_TRANSLATE_NOOP("sakra::Entity", "Planned posts"), "level",
                                {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Administration or company")},
                                 {"level", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Level")},
                                 {"posts", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Planned posts")}}};
    return spec;
}

const TableSpec& focusArea()
{
    static const TableSpec spec{"focus_area", QT_TRANSLATE_NOOP("sakra::Entity", "Focus area"), "name",
                                {{"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Name")},
                                 {"description", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Description")},
                                 {"sort_order", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Order")}}};
    return spec;
}

const TableSpec& profileArea()
{
    static const TableSpec spec{"profile_area", QT_TRANSLATE_NOOP("sakra::Entity", "Requirement profile area"), "focus_area_id",
                                {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Administration or company")},
                                 {"focus_area_id", T::Ref, "focus_area", true, QT_TRANSLATE_NOOP("sakra::Field", "Focus area")}}};
    return spec;
}

const TableSpec& milestone()
{
    static const TableSpec spec{"milestone", QT_TRANSLATE_NOOP("sakra::Entity", "Milestone"), "title",
                                {{"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Title")},
                                 {"level", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Level")},
                                 {"target_date", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Target date")},
                                 {"status", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Status")},
                                 {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Note")}}};
    return spec;
}

const TableSpec& budgetLine()
{
    static const TableSpec spec{"budget_line", QT_TRANSLATE_NOOP("sakra::Entity", "Budget allocation"), "year",
                                {{"board_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Board")},
                                 {"year", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Year")},
                                 {"amount_kr", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Amount (kr)")},
                                 {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Note")}}};
    return spec;
}

const std::vector<const TableSpec*>& all()
{
    static const std::vector<const TableSpec*> tables = {
        &orgUnit(),      &site(),      &unitSite(),    &person(),    &securityRole(), &assignment(),
        &plannedPost(),  &focusArea(), &profileArea(), &milestone(), &budgetLine(),
    };
    return tables;
}

const TableSpec* byName(const QString& table)
{
    for (const TableSpec* spec : all())
        if (table == QLatin1String(spec->table))
            return spec;
    return nullptr;
}

} // namespace sakra::Tables
