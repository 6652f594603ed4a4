#include "SearchLoader.h"

#include "Register.h"
#include "search/RegisterSearch.h"

namespace sakra::gui {

SearchLoader::SearchLoader() = default;

SearchLoader::~SearchLoader() = default;

void SearchLoader::search(quint64 generation, const RegisterSource& source, const SearchRequest& request)
{
    try {
        if (!m_register || m_register->source() != source) {
            m_register.reset();
            m_register = Register::openForReading(source);
        }
        Q_EMIT found(generation, RegisterSearch(m_register->database()).find(request));
    } catch (const Error& e) {
        // The next search opens the file afresh.
        m_register.reset();
        Q_EMIT failed(generation, e.message());
    }
}

void SearchLoader::close()
{
    m_register.reset();
}

} // namespace sakra::gui
