#pragma once

#include <QList>

#include <functional>
#include <memory>

namespace keyport {

// The requests of one SFTP job, at most `limit` in flight: a folder of
// 20,000 entries is not 20,000 requests at once, yet enough go out to fill
// the round trips. A request is called with `done`, which it calls once its
// reply is handled; `afterEach` then runs (the job sends more and sees
// whether it is over). A `done` that comes after the window is gone does
// nothing, so replies may outlive their job.
class RequestWindow {
public:
    using Request = std::function<void(std::function<void()> done)>;
    RequestWindow(int limit, std::function<void()> afterEach);
    ~RequestWindow();
    RequestWindow(const RequestWindow &) = delete;
    RequestWindow &operator=(const RequestWindow &) = delete;

    void add(Request request) { m_queued.append(std::move(request)); }
    // Sends queued requests while fewer than the limit are out and `may` holds.
    void send(const std::function<bool()> &may);
    bool hasQueued() const { return !m_queued.isEmpty(); }
    // Nothing queued and nothing out.
    bool isIdle() const { return m_inFlight == 0 && m_queued.isEmpty(); }
    // Drops what was not sent (the job is stopping).
    void clear() { m_queued.clear(); }

private:
    int m_limit;
    int m_inFlight = 0;
    QList<Request> m_queued;
    std::function<void()> m_afterEach;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace keyport
