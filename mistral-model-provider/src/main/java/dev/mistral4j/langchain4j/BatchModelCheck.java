package dev.mistral4j.langchain4j;

import dev.mistral4j.client.batch.BatchEndpoint;
import java.util.Arrays;

/**
 * Refuses, before anything is sent, a batch whose model is known from {@link MistralChatModelName},
 * {@link MistralFimModelName} and {@link MistralEmbeddingModelName} not to serve its endpoint: an embedding model for
 * completions, a chat model for embeddings. Any other model id is left for the server to judge.
 */
public final class BatchModelCheck {

    private BatchModelCheck() {
    }

    /**
     * @param endpoint the batch endpoint, such as {@code /v1/embeddings}
     * @param model    the model id, or {@code null} when each request names its own
     * @throws IllegalArgumentException naming the model, the endpoint and a model that would serve it
     */
    public static void requireServes(BatchEndpoint endpoint, String model) {
        if (model == null) {
            return;
        }
        boolean embedding = MistralEmbeddingModelName.of(model).isPresent();
        boolean generation = Arrays.stream(MistralChatModelName.values()).anyMatch(name -> name.toString().equals(model))
                || Arrays.stream(MistralFimModelName.values()).anyMatch(name -> name.toString().equals(model));
        if (endpoint == BatchEndpoint.EMBEDDINGS && generation && !embedding) {
            throw new IllegalArgumentException("model " + model + " cannot serve " + endpoint.path()
                    + ": it is a chat model; use an embedding model such as " + MistralEmbeddingModelName.MISTRAL_EMBED);
        }
        boolean completion = endpoint == BatchEndpoint.CHAT_COMPLETIONS || endpoint == BatchEndpoint.FIM_COMPLETIONS;
        if (completion && embedding && !generation) {
            throw new IllegalArgumentException("model " + model + " cannot serve " + endpoint.path()
                    + ": it is an embedding model; use a chat model such as "
                    + MistralChatModelName.MISTRAL_SMALL_LATEST);
        }
    }
}
