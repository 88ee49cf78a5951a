package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/chat/completions} (spec: {@code ChatCompletionRequest}); build it with {@link
 * #builder()}.
 * Lists and maps are copied: the request is immutable.
 *
 * @param model the model's id, never {@code null}
 * @param temperature sampling temperature, 0 to 1.5; {@code null} to leave it out
 * @param topP nucleus sampling mass, 0 to 1; {@code null} to leave it out
 * @param maxTokens the most tokens to generate; {@code null} to leave it out
 * @param stream whether the answer comes as server-sent events; set by the transport; {@code null} to leave it out
 * @param stop sequences that end generation (the API also accepts one string; always written as a list); {@code null}
 *     to leave it out
 * @param randomSeed seed for deterministic sampling; {@code null} to leave it out
 * @param metadata free-form metadata stored with the request; {@code null} to leave it out
 * @param messages the conversation, never empty
 * @param responseFormat text, JSON object or JSON schema; {@code null} to leave it out
 * @param tools tools the model may call; {@code null} to leave it out
 * @param toolChoice which tool the model must call; {@code null} to leave it out
 * @param presencePenalty penalty for repeating any seen token, -2 to 2; {@code null} to leave it out
 * @param frequencyPenalty penalty growing with a token's frequency, -2 to 2; {@code null} to leave it out
 * @param n number of completions to return; {@code null} to leave it out
 * @param prediction the expected answer, to speed up generation; {@code null} to leave it out
 * @param parallelToolCalls whether the model may call several tools at once; {@code null} to leave it out
 * @param promptMode {@code reasoning} to use the reasoning system prompt (deprecated by the API in favour of {@code
 *     reasoning_effort}); {@code null} to leave it out
 * @param reasoningEffort {@code high} or {@code none}; {@code null} to leave it out
 * @param guardrails moderation checks applied to the request; {@code null} to leave it out
 * @param promptCacheKey key under which the prompt prefix is cached; {@code null} to leave it out
 * @param safePrompt whether the API prepends its safety prompt; {@code null} to leave it out
 */
public record ChatCompletionRequest(
        @JsonProperty("model") String model,
        @JsonProperty("temperature") Double temperature,
        @JsonProperty("top_p") Double topP,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("stream") Boolean stream,
        @JsonProperty("stop") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> stop,
        @JsonProperty("random_seed") Long randomSeed,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("messages") List<ChatMessage> messages,
        @JsonProperty("response_format") ResponseFormat responseFormat,
        @JsonProperty("tools") List<Tool> tools,
        @JsonProperty("tool_choice") ToolChoice toolChoice,
        @JsonProperty("presence_penalty") Double presencePenalty,
        @JsonProperty("frequency_penalty") Double frequencyPenalty,
        @JsonProperty("n") Integer n,
        @JsonProperty("prediction") Prediction prediction,
        @JsonProperty("parallel_tool_calls") Boolean parallelToolCalls,
        @JsonProperty("prompt_mode") String promptMode,
        @JsonProperty("reasoning_effort") String reasoningEffort,
        @JsonProperty("guardrails") List<GuardrailConfig> guardrails,
        @JsonProperty("prompt_cache_key") String promptCacheKey,
        @JsonProperty("safe_prompt") Boolean safePrompt) {

    public ChatCompletionRequest {
        Objects.requireNonNull(model, "chat completion request requires model");
        if (messages == null || messages.isEmpty()) {
            throw new IllegalArgumentException("chat completion request requires at least one message");
        }
        stop = stop == null ? null : List.copyOf(stop);
        messages = List.copyOf(messages);
        tools = tools == null ? null : List.copyOf(tools);
        guardrails = guardrails == null ? null : List.copyOf(guardrails);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A builder for a request; {@code model} and {@code messages} must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every component of this request, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.model = model;
        builder.temperature = temperature;
        builder.topP = topP;
        builder.maxTokens = maxTokens;
        builder.stream = stream;
        builder.stop = stop;
        builder.randomSeed = randomSeed;
        builder.metadata = metadata;
        builder.messages = messages;
        builder.responseFormat = responseFormat;
        builder.tools = tools;
        builder.toolChoice = toolChoice;
        builder.presencePenalty = presencePenalty;
        builder.frequencyPenalty = frequencyPenalty;
        builder.n = n;
        builder.prediction = prediction;
        builder.parallelToolCalls = parallelToolCalls;
        builder.promptMode = promptMode;
        builder.reasoningEffort = reasoningEffort;
        builder.guardrails = guardrails;
        builder.promptCacheKey = promptCacheKey;
        builder.safePrompt = safePrompt;
        return builder;
    }

    /** A copy of this request with {@code stream} set, for the transport to choose plain or SSE. */
    public ChatCompletionRequest withStream(boolean stream) {
        return Objects.equals(this.stream, stream) ? this : toBuilder().stream(stream).build();
    }

    /** Builds a {@link ChatCompletionRequest}; every setter returns this builder, lists are copied on build. */
    public static final class Builder {

        private String model;
        private Double temperature;
        private Double topP;
        private Integer maxTokens;
        private Boolean stream;
        private List<String> stop;
        private Long randomSeed;
        private Map<String, Object> metadata;
        private List<ChatMessage> messages;
        private ResponseFormat responseFormat;
        private List<Tool> tools;
        private ToolChoice toolChoice;
        private Double presencePenalty;
        private Double frequencyPenalty;
        private Integer n;
        private Prediction prediction;
        private Boolean parallelToolCalls;
        private String promptMode;
        private String reasoningEffort;
        private List<GuardrailConfig> guardrails;
        private String promptCacheKey;
        private Boolean safePrompt;

        private Builder() {
        }

        /** Sets {@code model}: the model's id, never {@code null}. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Sets {@code temperature}: sampling temperature, 0 to 1.5. */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /** Sets {@code top_p}: nucleus sampling mass, 0 to 1. */
        public Builder topP(Double topP) {
            this.topP = topP;
            return this;
        }

        /** Sets {@code max_tokens}: the most tokens to generate. */
        public Builder maxTokens(Integer maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        /** Sets {@code stream}: whether the answer comes as server-sent events; set by the transport. */
        public Builder stream(Boolean stream) {
            this.stream = stream;
            return this;
        }

        /**
         * Sets {@code stop}: sequences that end generation (the API also accepts one string; always written as a list).
         */
        public Builder stop(List<String> stop) {
            this.stop = stop;
            return this;
        }

        /** Sets {@code random_seed}: seed for deterministic sampling. */
        public Builder randomSeed(Long randomSeed) {
            this.randomSeed = randomSeed;
            return this;
        }

        /** Sets {@code metadata}: free-form metadata stored with the request. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Sets {@code messages}: the conversation, never empty. */
        public Builder messages(List<ChatMessage> messages) {
            this.messages = messages;
            return this;
        }

        /** Sets {@code response_format}: text, JSON object or JSON schema. */
        public Builder responseFormat(ResponseFormat responseFormat) {
            this.responseFormat = responseFormat;
            return this;
        }

        /** Sets {@code tools}: tools the model may call. */
        public Builder tools(List<Tool> tools) {
            this.tools = tools;
            return this;
        }

        /** Sets {@code tool_choice}: which tool the model must call. */
        public Builder toolChoice(ToolChoice toolChoice) {
            this.toolChoice = toolChoice;
            return this;
        }

        /** Sets {@code presence_penalty}: penalty for repeating any seen token, -2 to 2. */
        public Builder presencePenalty(Double presencePenalty) {
            this.presencePenalty = presencePenalty;
            return this;
        }

        /** Sets {@code frequency_penalty}: penalty growing with a token's frequency, -2 to 2. */
        public Builder frequencyPenalty(Double frequencyPenalty) {
            this.frequencyPenalty = frequencyPenalty;
            return this;
        }

        /** Sets {@code n}: number of completions to return. */
        public Builder n(Integer n) {
            this.n = n;
            return this;
        }

        /** Sets {@code prediction}: the expected answer, to speed up generation. */
        public Builder prediction(Prediction prediction) {
            this.prediction = prediction;
            return this;
        }

        /** Sets {@code parallel_tool_calls}: whether the model may call several tools at once. */
        public Builder parallelToolCalls(Boolean parallelToolCalls) {
            this.parallelToolCalls = parallelToolCalls;
            return this;
        }

        /**
         * Sets {@code prompt_mode}: {@code reasoning} to use the reasoning system prompt (deprecated by the API in
         * favour of {@code reasoning_effort}).
         */
        public Builder promptMode(String promptMode) {
            this.promptMode = promptMode;
            return this;
        }

        /** Sets {@code reasoning_effort}: {@code high} or {@code none}. */
        public Builder reasoningEffort(String reasoningEffort) {
            this.reasoningEffort = reasoningEffort;
            return this;
        }

        /** Sets {@code guardrails}: moderation checks applied to the request. */
        public Builder guardrails(List<GuardrailConfig> guardrails) {
            this.guardrails = guardrails;
            return this;
        }

        /** Sets {@code prompt_cache_key}: key under which the prompt prefix is cached. */
        public Builder promptCacheKey(String promptCacheKey) {
            this.promptCacheKey = promptCacheKey;
            return this;
        }

        /** Sets {@code safe_prompt}: whether the API prepends its safety prompt. */
        public Builder safePrompt(Boolean safePrompt) {
            this.safePrompt = safePrompt;
            return this;
        }

        /** Sets {@code stop} to the given sequences. */
        public Builder stop(String... stop) {
            return stop(List.of(stop));
        }

        /** Sets {@code messages} to the given conversation. */
        public Builder messages(ChatMessage... messages) {
            return messages(List.of(messages));
        }

        /** Sets {@code tools} to the given tools. */
        public Builder tools(Tool... tools) {
            return tools(List.of(tools));
        }

        /** The request; fails with a message naming the missing field. */
        public ChatCompletionRequest build() {
            return new ChatCompletionRequest(
                    model, temperature, topP, maxTokens, stream, stop, randomSeed, metadata, messages, responseFormat,
                    tools, toolChoice, presencePenalty, frequencyPenalty, n, prediction, parallelToolCalls, promptMode,
                    reasoningEffort, guardrails, promptCacheKey, safePrompt);
        }
    }
}
