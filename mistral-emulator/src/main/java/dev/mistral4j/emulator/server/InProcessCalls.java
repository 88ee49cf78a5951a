package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a JSON {@code POST} to one of the emulator's own operations without HTTP, as a batch job runs its requests:
 * the request body is checked against the contract (the API's 422 when it breaks it), the endpoint answers, and the
 * answer is checked against the contract like any response served. No API key, fault, latency or recording applies:
 * those belong to HTTP requests. Only operations on literal paths (no path parameters) can be called. Thread-safe.
 */
public final class InProcessCalls {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessCalls.class);

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final Pipeline pipeline;
    private final ContractCheck contract;

    InProcessCalls(Pipeline pipeline, ContractCheck contract) {
        this.pipeline = pipeline;
        this.contract = contract;
    }

    void register(String path, Endpoint endpoint) {
        if (!path.contains("{")) {
            endpoints.put(path, endpoint);
        }
    }

    /** Whether a family serves {@code POST path}, e.g. {@code /v1/embeddings}. */
    public boolean serves(String path) {
        return endpoints.containsKey(path);
    }

    /**
     * The answer to {@code POST path} with {@code body}: status and JSON body as an HTTP client would see them, the
     * API's error envelope included. An endpoint answering with an event stream is refused with a 400, since an
     * in-process call has no stream to write to.
     *
     * @throws IllegalArgumentException when no family serves {@code POST path}
     */
    public Reply.Json post(String path, JsonNode body) {
        Endpoint endpoint = endpoints.get(path);
        if (endpoint == null) {
            throw new IllegalArgumentException("no operation serves POST " + path);
        }
        Reply.Json refused = contract.checkRequest("POST", path, body.toString());
        if (refused != null) {
            return refused;
        }
        Reply.Json answer;
        try {
            Reply reply = endpoint.handle(new Exchange(null, body, pipeline.nextRequestId()));
            if (!(reply instanceof Reply.Json json)) {
                throw ApiError.invalidRequest(null, "A batch request cannot stream: remove \"stream\": true from "
                        + "its body");
            }
            answer = json;
        } catch (ApiError e) {
            answer = new Reply.Json(e.status(), e.envelope());
        } catch (RuntimeException e) {
            LOG.error("in-process POST {} failed inside the emulator", path, e);
            answer = new Reply.Json(500, new ApiError(500, "internal_server_error", null,
                    "the emulator failed: " + e).envelope());
        }
        contract.checkResponse("POST", path, answer.status(), "application/json", answer.body().toString());
        return answer;
    }
}
