package dev.mistral4j.client;

import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.moderation.ChatModerationRequest;
import dev.mistral4j.client.moderation.ModerationRequest;
import dev.mistral4j.client.moderation.ModerationResponse;
import dev.mistral4j.client.spi.ApiRequest;
import java.util.List;
import java.util.function.Function;

/** {@code POST /v1/moderations} and {@code /v1/chat/moderations}. Obtain it from {@link MistralClient#moderations()}. */
public final class ModerationService {

    private final HttpTransport transport;

    ModerationService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Classifies texts: one result per input, in order. */
    public ModerationResponse moderate(ModerationRequest request) {
        return send(ApiRequest.post("/moderations", request), request.input().size());
    }

    /** Classifies conversations, judging the last turn in its context: one result per conversation. */
    public ModerationResponse moderateChat(ChatModerationRequest request) {
        return send(ApiRequest.post("/chat/moderations", request), request.input().size());
    }

    private ModerationResponse send(ApiRequest request, int inputs) {
        return sendCounted(transport, request, ModerationResponse.class, ModerationResponse::results, inputs);
    }

    /** Sends {@code request} and checks that the answer has one result per input (classifiers share it). */
    static <T> T sendCounted(HttpTransport transport, ApiRequest request, Class<T> type,
            Function<T, List<?>> results, int inputs) {
        T response = transport.sendJson(request, type).body();
        int count = results.apply(response).size();
        // a missing result would silently shift every following one onto the wrong input
        if (count != inputs) {
            throw transport.errors().incompleteAnswer(request, count + " result(s) for " + inputs + " input(s)");
        }
        return response;
    }
}
