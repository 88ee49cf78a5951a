package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import dev.mistral4j.client.common.Usage;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns what the FIM endpoint answered, plain or streamed, into a LangChain4j {@link Response}. */
public final class FimResponses {

    private FimResponses() {
    }

    /**
     * The completion with its usage, finish reason and metadata ({@code id}, {@code model}, {@code created},
     * {@code finish_reason} as sent; absent values are left out).
     *
     * @throws InternalServerException when the model stopped with {@code finish_reason: error}
     */
    public static Response<String> response(String text, Usage usage, String finishReason, String id, String model,
                                     Long created) {
        dev.mistral4j.client.chat.FinishReason wire = dev.mistral4j.client.chat.FinishReason.fromWire(finishReason);
        if (wire == dev.mistral4j.client.chat.FinishReason.ERROR) {
            throw new InternalServerException("the FIM completion " + id + " stopped with finish_reason error after "
                    + text.length() + " characters; its text is incomplete");
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        putIfPresent(metadata, "id", id);
        putIfPresent(metadata, "model", model);
        putIfPresent(metadata, "created", created);
        putIfPresent(metadata, "finish_reason", finishReason);
        TokenUsage tokens = usage == null ? null
                : new TokenUsage(usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
        return Response.from(text, tokens, finishReason(wire), metadata);
    }

    /** {@code length} and {@code model_length} (context exhausted) are both truncations: LENGTH. */
    public static FinishReason finishReason(dev.mistral4j.client.chat.FinishReason wire) {
        if (wire == null) {
            return null;
        }
        return switch (wire) {
            case STOP -> FinishReason.STOP;
            case LENGTH, MODEL_LENGTH -> FinishReason.LENGTH;
            case TOOL_CALLS -> FinishReason.TOOL_EXECUTION;
            case ERROR, UNKNOWN -> FinishReason.OTHER;
        };
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, Object value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
