package dev.mistral4j.emulator.embeddings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.common.Tokens;
import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/embeddings}, with the real API's batch limits. {@code encoding_format: base64} is accepted and
 * answered with arrays of numbers, as the API has been seen to answer it and as the spec's
 * {@code EmbeddingResponseData} declares them (a base64 string there would break the contract).
 */
public final class EmbeddingEndpoint implements Routes {

    static final int MAX_INPUTS = 512;
    static final int MAX_TOTAL_TOKENS = 16384;
    static final int MAX_INPUT_TOKENS = 8192;
    private static final String TOO_MANY = "3210";

    private final EmbeddingVectors vectors;
    private final ModelRegistry models;

    /** Embeddings seeded with {@code seed}, by the embedding models of {@code models}. */
    public EmbeddingEndpoint(long seed, ModelRegistry models) {
        this.vectors = new EmbeddingVectors(seed);
        this.models = models;
    }

    @Override
    public void addTo(Router router) {
        router.post("/v1/embeddings", this::embed);
    }

    Reply embed(Exchange exchange) {
        JsonNode request = exchange.body();
        ModelCard model = models.requested(exchange);
        if (!model.embeds()) {
            throw ApiError.invalidRequest(null, "Model " + model.id()
                    + " does not produce embeddings; use an embedding model such as mistral-embed or codestral-embed");
        }
        List<String> inputs = inputs(request.path("input"));
        int totalTokens = checkLimits(inputs);
        int dimension = dimension(model, request.path("output_dimension"));
        OutputDtype dtype = OutputDtype.of(request.path("output_dtype").asText("float"), dimension);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("id", exchange.responseId("embd-"));
        response.put("object", "list");
        ArrayNode data = response.putArray("data");
        for (int i = 0; i < inputs.size(); i++) {
            ObjectNode item = data.addObject().put("object", "embedding");
            dtype.write(vectors.embed(inputs.get(i), dimension), item.putArray("embedding"));
            item.put("index", i);
        }
        response.put("model", request.path("model").asText());
        response.putObject("usage").put("prompt_tokens", totalTokens).put("completion_tokens", 0)
                .put("total_tokens", totalTokens);
        return Reply.json(response);
    }

    private static List<String> inputs(JsonNode input) {
        List<String> inputs = new ArrayList<>();
        if (input.isTextual()) {
            inputs.add(input.asText());
        } else {
            input.forEach(item -> inputs.add(item.asText()));
        }
        if (inputs.isEmpty()) {
            throw ApiError.invalidRequest(null, "input must hold at least one text");
        }
        return inputs;
    }

    /** Returns the total token count of the batch. */
    private static int checkLimits(List<String> inputs) {
        if (inputs.size() > MAX_INPUTS) {
            throw ApiError.invalidRequest(TOO_MANY, "Too many inputs in request, split into more batches.");
        }
        int total = 0;
        for (int i = 0; i < inputs.size(); i++) {
            int tokens = Tokens.count(inputs.get(i));
            if (tokens > MAX_INPUT_TOKENS) {
                throw ApiError.invalidRequest(TOO_MANY, "Input at index " + i + " has " + tokens
                        + " tokens, more than the " + MAX_INPUT_TOKENS + " allowed for one input.");
            }
            total += tokens;
        }
        if (total > MAX_TOTAL_TOKENS) {
            throw ApiError.invalidRequest(TOO_MANY, "Too many tokens overall, split into more batches.");
        }
        return total;
    }

    private static int dimension(ModelCard model, JsonNode requested) {
        if (requested.isMissingNode() || requested.isNull()) {
            return model.embeddingDimension();
        }
        int dimension = requested.asInt();
        if (dimension == model.embeddingDimension()) {
            return dimension;
        }
        if (model.maxOutputDimension() <= model.embeddingDimension()) {
            throw ApiError.invalidRequest(null, "Model " + model.id() + " does not support output_dimension: its "
                    + "embeddings always have " + model.embeddingDimension() + " dimensions");
        }
        if (dimension > model.maxOutputDimension()) {
            throw ApiError.invalidRequest(null, "output_dimension " + dimension + " is above the maximum of "
                    + model.maxOutputDimension() + " for model " + model.id());
        }
        return dimension;
    }

    /** The spec's {@code EmbeddingDtype}: how each vector is written. */
    enum OutputDtype {
        FLOAT, INT8, UINT8, BINARY, UBINARY;

        static OutputDtype of(String wire, int dimension) {
            OutputDtype dtype;
            try {
                dtype = valueOf(wire.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.invalidRequest(null, "output_dtype must be one of float, int8, uint8, binary, ubinary;"
                        + " got " + wire);
            }
            if ((dtype == BINARY || dtype == UBINARY) && dimension % 8 != 0) {
                throw ApiError.invalidRequest(null, "output_dtype " + wire + " packs 8 dimensions per integer: "
                        + "output_dimension must be a multiple of 8, got " + dimension);
            }
            return dtype;
        }

        void write(float[] vector, ArrayNode out) {
            if (this == FLOAT) {
                for (float component : vector) {
                    out.add(component);
                }
            } else {
                for (int number : integers(vector)) {
                    out.add(number);
                }
            }
        }

        /** The integer dtypes' numbers: int8 -127 to 127, uint8 1 to 255, binary and ubinary 8 bits packed. */
        private int[] integers(float[] vector) {
            if (this == INT8 || this == UINT8) {
                // scale by the largest component so the quantized vector uses the full range
                float max = 0;
                for (float component : vector) {
                    max = Math.max(max, Math.abs(component));
                }
                int[] numbers = new int[vector.length];
                for (int i = 0; i < vector.length; i++) {
                    int quantized = max == 0 ? 0 : Math.round(vector[i] / max * 127);
                    numbers[i] = this == INT8 ? quantized : quantized + 128;
                }
                return numbers;
            }
            int[] numbers = new int[vector.length / 8];
            for (int i = 0; i < vector.length; i += 8) {
                int packed = 0;
                for (int bit = 0; bit < 8; bit++) {
                    packed = (packed << 1) | (vector[i + bit] > 0 ? 1 : 0);
                }
                numbers[i / 8] = this == BINARY ? (int) (byte) packed : packed;
            }
            return numbers;
        }
    }
}
