#pragma once

#include "SearchHit.h"
#include "SearchRequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace sakra {

class Database;

// Searches every area of a register at once through the full-text index (TextSearch): risks,
// actions and their notes, incidents, training, routines, alarm equipment, people, units and sites,
// and threat assessments only when the request includes restricted rows. Live rows only; in each
// area the rows added last first (the index is read backwards and stops at the limit), areas in the
// order of areas().
class RegisterSearch
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RegisterSearch)

public:
    explicit RegisterSearch(Database& db) : m_db(db) {}

    // Throws Error when the request asks for fewer than one hit per area.
    std::vector<SearchHit> find(const SearchRequest& request) const;

    // Whether text holds a word to look for (a letter or a digit); text without one finds nothing.
    static bool hasWords(const QString& text);

    // The area keys hits carry, in the order they come.
    static QStringList areas();
    // The area's name for people ("Risker").
    static QString areaLabel(const QString& area);
    // Whether rows of the area are restricted (SearchRequest::includeRestricted).
    static bool isRestricted(const QString& area);

private:
    Database& m_db;
};

} // namespace sakra
