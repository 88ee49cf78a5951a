package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Answers 401, as the real API does, a request without {@code Authorization: Bearer KEY}. */
final class ApiKeyCheck implements Stage {

    private final String expected;

    ApiKeyCheck(String apiKey) {
        this.expected = "Bearer " + apiKey;
    }

    @Override
    public void handle(Call call, Runnable next) {
        if (expected.equals(call.ctx().header("Authorization"))) {
            next.run();
            return;
        }
        ObjectNode unauthorized = JsonNodeFactory.instance.objectNode().put("message", "Unauthorized")
                .put("request_id", call.requestId());
        call.answer(new Reply.Json(401, unauthorized));
    }
}
