package dev.mistral4j.client;

import dev.mistral4j.client.moderation.ChatModerationRequest;
import dev.mistral4j.client.moderation.ModerationRequest;
import dev.mistral4j.client.moderation.ModerationResponse;

/** {@code POST /v1/moderations} and {@code /v1/chat/moderations}. Obtain it from {@link MistralClient#moderations()}. */
public final class ModerationService {

    private final MistralTransport transport;

    ModerationService(MistralTransport transport) {
        this.transport = transport;
    }

    /** Classifies texts: one result per input, in order. */
    public ModerationResponse moderate(ModerationRequest request) {
        return transport.sendJson(ApiRequest.post("/moderations", request), ModerationResponse.class).body();
    }

    /** Classifies conversations, judging the last turn in its context: one result per conversation. */
    public ModerationResponse moderateChat(ChatModerationRequest request) {
        return transport.sendJson(ApiRequest.post("/chat/moderations", request), ModerationResponse.class).body();
    }
}
