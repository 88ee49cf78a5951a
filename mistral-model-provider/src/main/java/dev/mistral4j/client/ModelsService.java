package dev.mistral4j.client;

import dev.mistral4j.client.internal.DeprecationWarnings;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.models.DeleteModelResponse;
import dev.mistral4j.client.models.ModelCard;
import dev.mistral4j.client.models.ModelList;
import dev.mistral4j.client.spi.ApiRequest;

/** {@code GET /v1/models}, {@code GET} and {@code DELETE /v1/models/{id}}. Obtain it from {@link MistralClient#models()}. */
public final class ModelsService {

    private final HttpTransport transport;
    private final DeprecationWarnings deprecations;

    ModelsService(HttpTransport transport, DeprecationWarnings deprecations) {
        this.transport = transport;
        this.deprecations = deprecations;
    }

    /** Every model the key may use, base and fine-tuned. */
    public ModelList list() {
        return list(null, null);
    }

    /** The models filtered by {@code provider} and {@code model}; a {@code null} filter is left out. */
    public ModelList list(String provider, String model) {
        return transport.sendJson(ApiRequest.get("/models").withQuery("provider", provider)
                .withQuery("model", model), ModelList.class).body();
    }

    /** One model by id or alias; a model announced for retirement is warned about once. */
    public ModelCard retrieve(String modelId) {
        ApiResponse<ModelCard> response = transport.sendJson(ApiRequest.get("/models/" + requireId(modelId)),
                ModelCard.class);
        deprecations.check(modelId, response);
        return response.body();
    }

    /** Deletes a fine-tuned model; base models cannot be deleted. */
    public DeleteModelResponse delete(String modelId) {
        return transport.sendJson(ApiRequest.delete("/models/" + requireId(modelId)), DeleteModelResponse.class)
                .body();
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a model id is required, got " + (id == null ? "null" : "a blank"));
        }
        return id;
    }
}
