#include "ActionOverviewLoader.h"

#include "ActionOverviewData.h"
#include "Register.h"

namespace sakra::gui {

ActionOverviewLoader::ActionOverviewLoader() = default;

ActionOverviewLoader::~ActionOverviewLoader() = default;

void ActionOverviewLoader::load(quint64 generation, const RegisterSource& source, qint64 scopeUnitId,
                                const QDate& today)
{
    try {
        if (!m_register || m_register->source() != source) {
            m_register.reset();
            m_register = Register::open(source, Database::WhenNotWritable::OpenReadOnly);
        }
        auto data =
            std::make_shared<ActionOverviewData>(ActionOverviewData::read(*m_register, scopeUnitId, today));
        Q_EMIT loaded(generation, std::move(data));
    } catch (const Error& e) {
        // The next request opens the file afresh.
        m_register.reset();
        Q_EMIT failed(generation, e.message());
    }
}

void ActionOverviewLoader::close()
{
    m_register.reset();
}

} // namespace sakra::gui
