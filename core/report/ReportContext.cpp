#include "ReportContext.h"

#include "Register.h"
#include "storage/Errors.h"
#include "storage/Query.h"

#include <QCoreApplication>

namespace sakra::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::report::ReportContext", text);
}

constexpr UnitKind kAllKinds[] = {UnitKind::Municipality, UnitKind::Board,      UnitKind::Administration,
                                  UnitKind::Company,      UnitKind::Department, UnitKind::Unit};

} // namespace

ReportContext::ReportContext(Register& r, const ReportRequest& req) : reg(r), request(req), t(req.language)
{
    for (const OrgUnit& u :
         reg.units().ofKinds(QList<UnitKind>(std::begin(kAllKinds), std::end(kAllKinds)))) {
        m_units.insert(u.id, u);
        if (u.kind == UnitKind::Municipality && u.parentId == 0)
            m_rootId = u.id;
    }
    if (req.scopeUnitId > 0) {
        const OrgUnit* s = unit(req.scopeUnitId);
        if (!s)
            throw ValidationError(QStringLiteral("scope_id"),
                                  tr("Det finns ingen enhet med id %1 i registret.").arg(req.scopeUnitId));
        scope = *s;
    } else if (const OrgUnit* root = unit(m_rootId)) {
        scope = *root;
    } else {
        scope.kind = UnitKind::Municipality;
    }
    wholeMunicipality = scope.kind == UnitKind::Municipality;

    documentDate = req.documentDate.isValid() ? req.documentDate : QDate::currentDate();
    to = req.to.isValid() ? req.to : documentDate;
    from = req.from.isValid() ? req.from : QDate(to.year(), 1, 1);
    if (to < from)
        throw ValidationError(QStringLiteral("period_to"), tr("Perioden slutar före den börjar."));

    // Who receives and who writes, from where the scope sits in the organisation.
    const OrgUnit* admin = ancestorOfKind(scope.id, {UnitKind::Administration, UnitKind::Company});
    switch (scope.kind) {
    case UnitKind::Municipality: {
        // The municipal executive board (kommunstyrelsen) receives what concerns the whole municipality.
        const QString executive = QStringLiteral("styrelse");
        for (const OrgUnit& u : m_units) {
            if (u.kind != UnitKind::Board || u.parentId != m_rootId)
                continue;
            const bool isExecutive = u.name.contains(executive, Qt::CaseInsensitive);
            const bool haveExecutive = m_board && m_board->name.contains(executive, Qt::CaseInsensitive);
            if (!m_board || (isExecutive && !haveExecutive) ||
                (isExecutive == haveExecutive && u.name.localeAwareCompare(m_board->name) < 0))
                m_board = u;
        }
        break;
    }
    case UnitKind::Board: m_board = scope; break;
    default:
        if (admin && unit(admin->boardId))
            m_board = *unit(admin->boardId);
        break;
    }
    if (admin) {
        m_issuer = *admin;
    } else if (m_board) {
        // The board's own administration: the one under it, before a company it owns.
        for (const OrgUnit& u : m_units) {
            if (u.boardId != m_board->id || !isAdministrationLike(u.kind))
                continue;
            const bool better = !m_issuer ||
                                (u.kind == UnitKind::Administration && m_issuer->kind == UnitKind::Company) ||
                                (u.kind == m_issuer->kind && u.name.localeAwareCompare(m_issuer->name) < 0);
            if (better)
                m_issuer = u;
        }
    }
}

QString ReportContext::municipalityName() const
{
    const OrgUnit* root = unit(m_rootId);
    return root ? root->name : QString();
}

QString ReportContext::issuerName() const
{
    return m_issuer ? m_issuer->name : m_board ? m_board->name : municipalityName();
}

QString ReportContext::periodText() const
{
    return t.isoDate(from) + QStringLiteral(" – ") + t.isoDate(to);
}

const OrgUnit* ReportContext::unit(qint64 id) const
{
    const auto it = m_units.constFind(id);
    return it == m_units.constEnd() ? nullptr : &*it;
}

const OrgUnit* ReportContext::ancestorOfKind(qint64 id, std::initializer_list<UnitKind> kinds) const
{
    for (const OrgUnit* u = unit(id); u; u = unit(u->parentId)) {
        for (UnitKind k : kinds)
            if (u->kind == k)
                return u;
        if (u->parentId == u->id)
            break;
    }
    return nullptr;
}

QString ReportContext::groupName(qint64 id) const
{
    const OrgUnit* u = unit(id);
    if (!u)
        return QString();
    const OrgUnit* department = ancestorOfKind(id, {UnitKind::Department});
    const OrgUnit* admin = ancestorOfKind(id, {UnitKind::Administration, UnitKind::Company});
    switch (scope.kind) {
    case UnitKind::Department:
    case UnitKind::Unit: return u->name;
    case UnitKind::Administration:
    case UnitKind::Company: return department ? department->name : u->name;
    default:
        if (admin && department)
            return admin->name + QStringLiteral(" – ") + department->name;
        return admin ? admin->name : u->name;
    }
}

ReportDocument ReportContext::start(const QString& documentType, const QString& defaultTitle) const
{
    ReportDocument doc;
    doc.language = request.language;
    doc.documentDate = documentDate;
    doc.classification = request.classification.trimmed();
    doc.title.organisation = municipalityName().isEmpty() ? t("Kommunen") : municipalityName();
    doc.title.issuer = issuerName();
    doc.title.documentType = documentType;
    doc.title.meta.emplace_back(t("Datum"), t.isoDate(documentDate));
    if (!request.registrationNumber.trimmed().isEmpty())
        doc.title.meta.emplace_back(t("Dnr"), request.registrationNumber.trimmed());
    doc.title.meta.emplace_back(t("Period"), periodText());
    doc.title.recipient = m_board ? m_board->name : QString();
    doc.title.title = request.title.trimmed().isEmpty() ? defaultTitle : request.title.trimmed();
    doc.footerText = doc.title.title;
    return doc;
}

std::vector<Signature> ReportContext::signatories() const
{
    std::vector<Signature> out;
    for (const qint64 id : {request.signatoryId, request.secondSignatoryId})
        if (id > 0)
            if (const auto p = reg.people().find(id))
                out.push_back({p->name, p->title});
    if (!out.empty() || !m_issuer)
        return out;
    Query head(
        reg.database(),
        QStringLiteral("SELECT name, title FROM person WHERE unit_id = ? AND deleted_at IS NULL "
                       "AND (title LIKE '%direktör%' OR title LIKE '%director%') ORDER BY id LIMIT 1"));
    head.bind(m_issuer->id).exec();
    if (head.next())
        out.push_back({head.value(0).toString(), head.value(1).toString()});
    for (const AssignmentRow& a : reg.assignments().list(m_issuer->id, documentDate))
        if (a.assignment.unitId == m_issuer->id && a.level == QLatin1String("tactical")) {
            const auto p = reg.people().find(a.assignment.personId);
            out.push_back({a.personName, p ? p->title : a.roleName});
            break;
        }
    return out;
}

} // namespace sakra::report
