package dev.mistral4j.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.mistral4j.client.chat.GuardrailConfig;
import dev.mistral4j.client.internal.OptionCheck;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * LangChain4j's common chat parameters plus Mistral's own, usable both as a model's defaults and as one request's
 * overrides: a value set on a request replaces the default, a value left {@code null} keeps it.
 *
 * <pre>{@code
 * model.chat(ChatRequest.builder().messages(UserMessage.from("Weather in Paris and Rome?"))
 *         .parameters(MistralChatRequestParameters.builder().toolSpecifications(weather)
 *                 .parallelToolCalls(false).build())
 *         .build());
 * }</pre>
 *
 * <p>To have the model continue an answer already begun, end the conversation with that {@code AiMessage} and set
 * {@link Builder#prefix(Boolean) prefix(true)}: it goes out as an assistant message with {@code prefix: true} and the
 * answer starts with its text. Without it, a conversation ending with an AI message fails before sending.
 *
 * <p>{@code topK} is not part of Mistral's API; a request that sets it fails with an
 * {@code UnsupportedFeatureException}. A list or map set on a request replaces the default whole: maps and lists are
 * not merged.
 */
public class MistralChatRequestParameters extends DefaultChatRequestParameters {

    /** No parameter set. */
    public static final MistralChatRequestParameters EMPTY = builder().build();

    private final Boolean parallelToolCalls;
    private final String toolChoiceName;
    private final String prediction;
    private final String promptMode;
    private final String reasoningEffort;
    private final Integer n;
    private final Boolean safePrompt;
    private final Long randomSeed;
    private final Boolean strictJsonSchema;
    private final Boolean returnThinking;
    private final Boolean sendThinking;
    private final Boolean prefix;
    private final Map<String, Object> metadata;
    private final List<GuardrailConfig> guardrails;
    private final String promptCacheKey;

    protected MistralChatRequestParameters(Builder builder) {
        super(builder);
        this.parallelToolCalls = builder.parallelToolCalls;
        this.toolChoiceName = builder.toolChoiceName;
        this.prediction = builder.prediction;
        this.promptMode = builder.promptMode;
        this.reasoningEffort = builder.reasoningEffort;
        this.n = builder.n;
        this.safePrompt = builder.safePrompt;
        this.randomSeed = builder.randomSeed;
        this.strictJsonSchema = builder.strictJsonSchema;
        this.returnThinking = builder.returnThinking;
        this.sendThinking = builder.sendThinking;
        this.prefix = builder.prefix;
        this.metadata = builder.metadata;
        this.guardrails = builder.guardrails;
        this.promptCacheKey = builder.promptCacheKey;
    }

    /** Whether the model may call several tools in one turn ({@code parallel_tool_calls}); API default true. */
    public Boolean parallelToolCalls() {
        return parallelToolCalls;
    }

    /** The function the model must call (a named {@code tool_choice}); it wins over {@link #toolChoice()}. */
    public String toolChoiceName() {
        return toolChoiceName;
    }

    /** The expected answer text ({@code prediction}), to speed up generation when most of it is known. */
    public String prediction() {
        return prediction;
    }

    /** {@code reasoning} to use the reasoning system prompt ({@code prompt_mode}). */
    public String promptMode() {
        return promptMode;
    }

    /** {@code high} or {@code none} ({@code reasoning_effort}) for models that support it. */
    public String reasoningEffort() {
        return reasoningEffort;
    }

    /** Completions to generate ({@code n}); the response's message is the first one. */
    public Integer n() {
        return n;
    }

    /** Whether the API prepends its safety prompt ({@code safe_prompt}). */
    public Boolean safePrompt() {
        return safePrompt;
    }

    /** Seed for deterministic sampling ({@code random_seed}), 0 or more. */
    public Long randomSeed() {
        return randomSeed;
    }

    /** Whether a JSON schema response format is sent as strict; default true. */
    public Boolean strictJsonSchema() {
        return strictJsonSchema;
    }

    /** Whether the model's thinking is returned in {@code AiMessage.thinking()} and streamed; default false. */
    public Boolean returnThinking() {
        return returnThinking;
    }

    /** Whether {@code AiMessage.thinking()} of earlier turns is sent back as thinking chunks; default false. */
    public Boolean sendThinking() {
        return sendThinking;
    }

    /**
     * Whether the conversation's last message, an AI message, is the start of the answer for the model to continue
     * (sent with {@code prefix: true}); default false, and a conversation may then not end with an AI message.
     */
    public Boolean prefix() {
        return prefix;
    }

    /** Free-form metadata stored with the request ({@code metadata}); unmodifiable, or {@code null}. */
    public Map<String, Object> metadata() {
        return metadata;
    }

    /** Moderation checks applied to the request ({@code guardrails}); unmodifiable, or {@code null}. */
    public List<GuardrailConfig> guardrails() {
        return guardrails;
    }

    /** Key under which the API caches the prompt's prefix ({@code prompt_cache_key}). */
    public String promptCacheKey() {
        return promptCacheKey;
    }

    /**
     * The value set on {@code that}, else the one set here; for every common and Mistral parameter. LangChain4j's
     * {@code EMPTY}, which a request built without parameters holds, sets nothing: this instance is the result.
     */
    @Override
    public MistralChatRequestParameters overrideWith(ChatRequestParameters that) {
        return that == DefaultChatRequestParameters.EMPTY ? this
                : builder().overrideWith(this).overrideWith(that).build();
    }

    /** The value set on {@code that}, else the one set here; for every common and Mistral parameter. */
    @Override
    public MistralChatRequestParameters defaultedBy(ChatRequestParameters that) {
        return builder().overrideWith(that).overrideWith(this).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MistralChatRequestParameters that && super.equals(that)
                && Objects.equals(parallelToolCalls, that.parallelToolCalls)
                && Objects.equals(toolChoiceName, that.toolChoiceName)
                && Objects.equals(prediction, that.prediction)
                && Objects.equals(promptMode, that.promptMode)
                && Objects.equals(reasoningEffort, that.reasoningEffort)
                && Objects.equals(n, that.n)
                && Objects.equals(safePrompt, that.safePrompt)
                && Objects.equals(randomSeed, that.randomSeed)
                && Objects.equals(strictJsonSchema, that.strictJsonSchema)
                && Objects.equals(returnThinking, that.returnThinking)
                && Objects.equals(sendThinking, that.sendThinking)
                && Objects.equals(prefix, that.prefix)
                && Objects.equals(metadata, that.metadata)
                && Objects.equals(guardrails, that.guardrails)
                && Objects.equals(promptCacheKey, that.promptCacheKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), parallelToolCalls, toolChoiceName, prediction, promptMode,
                reasoningEffort, n, safePrompt, randomSeed, strictJsonSchema, returnThinking, sendThinking, prefix,
                metadata, guardrails, promptCacheKey);
    }

    @Override
    public String toString() {
        return "MistralChatRequestParameters{" + super.toString()
                + ", parallelToolCalls=" + parallelToolCalls + ", toolChoiceName=" + toolChoiceName
                + ", prediction=" + prediction + ", promptMode=" + promptMode
                + ", reasoningEffort=" + reasoningEffort + ", n=" + n + ", safePrompt=" + safePrompt
                + ", randomSeed=" + randomSeed + ", strictJsonSchema=" + strictJsonSchema
                + ", returnThinking=" + returnThinking + ", sendThinking=" + sendThinking + ", prefix=" + prefix
                + ", metadata=" + metadata + ", guardrails=" + guardrails + ", promptCacheKey=" + promptCacheKey + '}';
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link MistralChatRequestParameters}; unset values stay {@code null} (keep the default). */
    public static class Builder extends DefaultChatRequestParameters.Builder<Builder> {

        private Boolean parallelToolCalls;
        private String toolChoiceName;
        private String prediction;
        private String promptMode;
        private String reasoningEffort;
        private Integer n;
        private Boolean safePrompt;
        private Long randomSeed;
        private Boolean strictJsonSchema;
        private Boolean returnThinking;
        private Boolean sendThinking;
        private Boolean prefix;
        private Map<String, Object> metadata;
        private List<GuardrailConfig> guardrails;
        private String promptCacheKey;

        /** Copies every value {@code parameters} sets; Mistral's own only when they are Mistral parameters. */
        @Override
        public Builder overrideWith(ChatRequestParameters parameters) {
            if (parameters == null) {
                return this;
            }
            super.overrideWith(parameters);
            if (parameters instanceof MistralChatRequestParameters that) {
                parallelToolCalls = or(that.parallelToolCalls, parallelToolCalls);
                toolChoiceName = or(that.toolChoiceName, toolChoiceName);
                prediction = or(that.prediction, prediction);
                promptMode = or(that.promptMode, promptMode);
                reasoningEffort = or(that.reasoningEffort, reasoningEffort);
                n = or(that.n, n);
                safePrompt = or(that.safePrompt, safePrompt);
                randomSeed = or(that.randomSeed, randomSeed);
                strictJsonSchema = or(that.strictJsonSchema, strictJsonSchema);
                returnThinking = or(that.returnThinking, returnThinking);
                sendThinking = or(that.sendThinking, sendThinking);
                prefix = or(that.prefix, prefix);
                metadata = or(that.metadata, metadata);
                guardrails = or(that.guardrails, guardrails);
                promptCacheKey = or(that.promptCacheKey, promptCacheKey);
            }
            return this;
        }

        private static <T> T or(T value, T fallback) {
            return value != null ? value : fallback;
        }

        public Builder parallelToolCalls(Boolean parallelToolCalls) {
            this.parallelToolCalls = parallelToolCalls;
            return this;
        }

        public Builder toolChoiceName(String toolChoiceName) {
            this.toolChoiceName = toolChoiceName;
            return this;
        }

        public Builder prediction(String prediction) {
            this.prediction = prediction;
            return this;
        }

        /** {@code reasoning}, the only mode the API knows. */
        public Builder promptMode(String promptMode) {
            this.promptMode = OptionCheck.oneOf("promptMode", promptMode, "reasoning");
            return this;
        }

        /** {@code high} or {@code none}. */
        public Builder reasoningEffort(String reasoningEffort) {
            this.reasoningEffort = OptionCheck.oneOf("reasoningEffort", reasoningEffort, "high", "none");
            return this;
        }

        /** Completions to generate, 1 or more. */
        public Builder n(Integer n) {
            if (n != null && n < 1) {
                throw new IllegalArgumentException("n must be 1 or more, got " + n);
            }
            this.n = n;
            return this;
        }

        public Builder safePrompt(Boolean safePrompt) {
            this.safePrompt = safePrompt;
            return this;
        }

        /** Seed for deterministic sampling, 0 or more. */
        public Builder randomSeed(Long randomSeed) {
            this.randomSeed = OptionCheck.randomSeed(randomSeed);
            return this;
        }

        /** Seed for deterministic sampling, 0 or more; the {@code int} form of {@link #randomSeed(Long)}. */
        public Builder randomSeed(Integer randomSeed) {
            return randomSeed(randomSeed == null ? null : randomSeed.longValue());
        }

        public Builder strictJsonSchema(Boolean strictJsonSchema) {
            this.strictJsonSchema = strictJsonSchema;
            return this;
        }

        public Builder returnThinking(Boolean returnThinking) {
            this.returnThinking = returnThinking;
            return this;
        }

        public Builder sendThinking(Boolean sendThinking) {
            this.sendThinking = sendThinking;
            return this;
        }

        /** {@code true} to have the model continue the conversation's last message, an AI message. */
        public Builder prefix(Boolean prefix) {
            this.prefix = prefix;
            return this;
        }

        /** Free-form metadata stored with the request; the map is copied. */
        public Builder metadata(Map<String, ?> metadata) {
            this.metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(metadata));
            return this;
        }

        /** Moderation checks applied to the request; the list is copied. */
        public Builder guardrails(List<GuardrailConfig> guardrails) {
            this.guardrails = guardrails == null ? null : List.copyOf(guardrails);
            return this;
        }

        /** Key under which the API caches the prompt's prefix, such as one per conversation; not blank. */
        public Builder promptCacheKey(String promptCacheKey) {
            this.promptCacheKey = OptionCheck.promptCacheKey(promptCacheKey);
            return this;
        }

        @Override
        public MistralChatRequestParameters build() {
            return new MistralChatRequestParameters(this);
        }
    }
}
