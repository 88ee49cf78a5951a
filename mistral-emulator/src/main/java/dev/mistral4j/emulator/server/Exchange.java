package dev.mistral4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;

/** One request as an endpoint sees it: the parsed body, path parameters, and model lookup. */
final class Exchange {

    static final String DEPRECATION_HEADER = "x-model-deprecation-timestamp";

    private final Context context;
    private final JsonNode body;
    private final ModelRegistry models;
    private final String requestId;

    Exchange(Context context, JsonNode body, ModelRegistry models, String requestId) {
        this.context = context;
        this.body = body;
        this.models = models;
        this.requestId = requestId;
    }

    /** The JSON body; a missing node when the request had none. */
    JsonNode body() {
        return body;
    }

    String pathParam(String name) {
        return context.pathParam(name);
    }

    /** A query parameter, or {@code null} when absent. */
    String queryParam(String name) {
        return context.queryParam(name);
    }

    /** Every value of a repeated query parameter; empty when absent. */
    List<String> queryParams(String name) {
        return context.queryParams(name);
    }

    /** The request itself, for multipart uploads that endpoints read as they need. */
    Context context() {
        return context;
    }

    ModelRegistry models() {
        return models;
    }

    /** The model named by the body's {@code model} field; see {@link #model(String)}. */
    ModelCard requestedModel() {
        return model(body.path("model").asText(""));
    }

    /**
     * The model with this id or alias, announcing its deprecation in a response header when it has one.
     *
     * @throws ApiError 404 {@code invalid_model} when there is no such model
     */
    ModelCard model(String idOrAlias) {
        ModelCard card = models.find(idOrAlias).orElseThrow(() -> invalidModel(idOrAlias));
        if (card.deprecated()) {
            context.header(DEPRECATION_HEADER, card.deprecation());
        }
        return card;
    }

    /** An id for a response object, unique within this emulator's run: {@code prefix} then 32 hex digits. */
    String responseId(String prefix) {
        return prefix + requestId.replace("-", "");
    }

    static ApiError invalidModel(String idOrAlias) {
        return new ApiError(404, "invalid_model", "1500", "Invalid model: " + idOrAlias);
    }
}
