#include "requestwindow.h"

namespace keyport {

RequestWindow::RequestWindow(int limit, std::function<void()> afterEach)
    : m_limit(limit)
    , m_afterEach(std::move(afterEach))
{
}

RequestWindow::~RequestWindow()
{
    *m_alive = false;
}

void RequestWindow::send(const std::function<bool()> &may)
{
    // A request may answer at once, and its job may end (and go) inside it.
    const std::shared_ptr<bool> alive = m_alive;
    while (*alive && m_inFlight < m_limit && !m_queued.isEmpty() && may()) {
        ++m_inFlight;
        m_queued.takeFirst()([this, alive] {
            if (!*alive)
                return;
            --m_inFlight;
            m_afterEach();
        });
    }
}

} // namespace keyport
