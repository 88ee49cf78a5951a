package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses a JSON body for the stages and the endpoint after it; a malformed one is answered 400. */
final class JsonBody implements Stage {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handle(Call call, Runnable next) {
        if (call.carriesJson() && !call.body().isBlank()) {
            try {
                call.json(JSON.readTree(call.body()));
            } catch (JsonProcessingException e) {
                throw ApiError.invalidRequest(null, "Malformed JSON body: " + e.getOriginalMessage());
            }
        }
        next.run();
    }
}
