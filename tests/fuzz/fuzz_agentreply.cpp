// Replies of an ssh-agent (any program listening on SSH_AUTH_SOCK).

#include "fuzzsupport.h"

#include "identity/agentclient.h"

using namespace keyport;

KEYPORT_FUZZ_TARGET(agentreply)
{
    const QByteArray reply = data.toByteArray();
    if (auto ids = AgentClient::parseIdentities(reply)) {
        // Each identity took at least two length fields and a key.
        KEYPORT_FUZZ_CHECK(ids->size() <= reply.size() / 8);
        for (const AgentIdentity &id : *ids)
            KEYPORT_FUZZ_CHECK(!id.key.blob().isEmpty());
    }
    const Error refused(ErrorCode::Agent, QStringLiteral("refused"));
    auto status = AgentClient::parseStatus(reply, refused);
    KEYPORT_FUZZ_CHECK(status.ok() == (!reply.isEmpty() && reply.at(0) == 6)); // SSH_AGENT_SUCCESS
}
