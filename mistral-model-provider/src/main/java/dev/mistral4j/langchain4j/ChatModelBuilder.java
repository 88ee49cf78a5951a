package dev.mistral4j.langchain4j;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.mistral4j.client.chat.GuardrailConfig;
import dev.mistral4j.client.internal.OptionCheck;
import dev.mistral4j.langchain4j.internal.ChatOptions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of both Mistral chat models, under the names {@code langchain4j-mistral-ai}'s chat builders use, plus
 * Mistral's own ({@code parallelToolCalls}, {@code toolChoice}, {@code prediction}, {@code promptMode}, {@code n},
 * ...). Each option set here overrides the same value in {@link #defaultRequestParameters}; together they are the
 * model's defaults, which a single {@code ChatRequest} can override in turn.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ChatModelBuilder<B extends ChatModelBuilder<B>> extends MistralModelBuilder<B> {

    private final MistralChatRequestParameters.Builder options = MistralChatRequestParameters.builder();
    private ChatRequestParameters defaultRequestParameters;
    private List<ChatModelListener> listeners = List.of();
    private Set<Capability> supportedCapabilities = EnumSet.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    private Boolean returnRawResponse;

    protected ChatModelBuilder() {
    }

    /** The model, such as {@code mistral-small-latest}; required here or in the default request parameters. */
    public B modelName(String modelName) {
        options.modelName(modelName == null ? null
                : OptionCheck.modelName(modelName, MistralChatModelName.MISTRAL_SMALL_LATEST.toString()));
        return self();
    }

    /** The model, by constant. */
    public B modelName(MistralChatModelName modelName) {
        return modelName(modelName == null ? null : modelName.toString());
    }

    /** Sampling temperature, 0 to 1.5. */
    public B temperature(Double temperature) {
        options.temperature(OptionCheck.temperature(temperature));
        return self();
    }

    /** Nucleus sampling mass, 0 to 1. */
    public B topP(Double topP) {
        options.topP(OptionCheck.topP(topP));
        return self();
    }

    /** The most tokens to generate, 0 or more. */
    public B maxTokens(Integer maxTokens) {
        options.maxOutputTokens(OptionCheck.maxTokens(maxTokens));
        return self();
    }

    /** Whether the API prepends its safety prompt. */
    public B safePrompt(Boolean safePrompt) {
        options.safePrompt(safePrompt);
        return self();
    }

    /** Seed for deterministic sampling, 0 or more. */
    public B randomSeed(Long randomSeed) {
        options.randomSeed(randomSeed);
        return self();
    }

    /** Seed for deterministic sampling, 0 or more; the {@code int} form the peer builder takes. */
    public B randomSeed(Integer randomSeed) {
        options.randomSeed(randomSeed);
        return self();
    }

    /** Free-form metadata stored with every request; a request's own metadata replaces it whole. */
    public B metadata(Map<String, ?> metadata) {
        options.metadata(metadata);
        return self();
    }

    /** Moderation checks applied to every request; a request's own list replaces it whole. */
    public B guardrails(List<GuardrailConfig> guardrails) {
        options.guardrails(guardrails);
        return self();
    }

    /** Key under which the API caches the prompt's prefix for every request; not blank. */
    public B promptCacheKey(String promptCacheKey) {
        options.promptCacheKey(promptCacheKey);
        return self();
    }

    /** Text, JSON, or JSON following a schema (sent as {@code json_schema}, strict unless turned off). */
    public B responseFormat(ResponseFormat responseFormat) {
        options.responseFormat(responseFormat);
        return self();
    }

    /** Whether a JSON schema response format is strict; default true. */
    public B strictJsonSchema(Boolean strictJsonSchema) {
        options.strictJsonSchema(strictJsonSchema);
        return self();
    }

    /** Sequences that end generation. */
    public B stopSequences(List<String> stopSequences) {
        options.stopSequences(stopSequences);
        return self();
    }

    /** Penalty for repeating any seen token, -2 to 2. */
    public B presencePenalty(Double presencePenalty) {
        options.presencePenalty(OptionCheck.penalty("presencePenalty", presencePenalty));
        return self();
    }

    /** Penalty growing with a token's frequency, -2 to 2. */
    public B frequencyPenalty(Double frequencyPenalty) {
        options.frequencyPenalty(OptionCheck.penalty("frequencyPenalty", frequencyPenalty));
        return self();
    }

    /** Returns the model's thinking in {@code AiMessage.thinking()} and streams it; default false. */
    public B returnThinking(Boolean returnThinking) {
        options.returnThinking(returnThinking);
        return self();
    }

    /** Sends {@code AiMessage.thinking()} of earlier turns back as thinking chunks; default false. */
    public B sendThinking(Boolean sendThinking) {
        options.sendThinking(sendThinking);
        return self();
    }

    /** Whether the model may call several tools in one turn; API default true. */
    public B parallelToolCalls(Boolean parallelToolCalls) {
        options.parallelToolCalls(parallelToolCalls);
        return self();
    }

    /** Whether the model must call a tool; {@code REQUIRED} is sent as Mistral's {@code any}. */
    public B toolChoice(ToolChoice toolChoice) {
        options.toolChoice(toolChoice);
        return self();
    }

    /** The function the model must call whenever tools are offered; it takes precedence over toolChoice. */
    public B toolChoiceName(String functionName) {
        options.toolChoiceName(functionName);
        return self();
    }

    /** The expected answer, to speed up generation when most of it is known. */
    public B prediction(String prediction) {
        options.prediction(prediction);
        return self();
    }

    /** {@code reasoning} to use the reasoning system prompt. */
    public B promptMode(String promptMode) {
        options.promptMode(promptMode);
        return self();
    }

    /** {@code high} or {@code none}, for models that support it. */
    public B reasoningEffort(String reasoningEffort) {
        options.reasoningEffort(reasoningEffort);
        return self();
    }

    /** Completions to generate; the response's message is the first one. */
    public B n(Integer n) {
        options.n(n);
        return self();
    }

    /** What the model declares to LangChain4j; default {@code RESPONSE_FORMAT_JSON_SCHEMA}. */
    public B supportedCapabilities(Capability... capabilities) {
        return supportedCapabilities(Set.copyOf(Arrays.asList(capabilities)));
    }

    /** What the model declares to LangChain4j; default {@code RESPONSE_FORMAT_JSON_SCHEMA}. */
    public B supportedCapabilities(Set<Capability> capabilities) {
        this.supportedCapabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
        return self();
    }

    /** Listeners told about every request, response and error. */
    public B listeners(List<ChatModelListener> listeners) {
        this.listeners = listeners == null ? List.of() : List.copyOf(listeners);
        return self();
    }

    /**
     * Whether each answer keeps what the server sent, as {@code langchain4j-mistral-ai} does: the body's bytes in
     * {@link MistralChatResponseMetadata#rawHttpResponse()} for a plain call, every event in
     * {@link MistralChatResponseMetadata#rawServerSentEvents()} for a stream. Default off, so that an answer costs no
     * more memory than its parsed form (a second copy of the body, or one object per streamed token, held for as
     * long as the caller keeps the response); the status and headers are there either way.
     */
    public B returnRawResponse(Boolean returnRawResponse) {
        this.returnRawResponse = returnRawResponse;
        return self();
    }

    /**
     * Defaults for every request, common or {@link MistralChatRequestParameters}; the options set on this builder
     * override them.
     */
    public B defaultRequestParameters(ChatRequestParameters parameters) {
        if (parameters != null) {
            OptionCheck.temperature(parameters.temperature());
            OptionCheck.topP(parameters.topP());
            OptionCheck.penalty("presencePenalty", parameters.presencePenalty());
            OptionCheck.penalty("frequencyPenalty", parameters.frequencyPenalty());
            OptionCheck.maxTokens(parameters.maxOutputTokens());
        }
        this.defaultRequestParameters = parameters;
        return self();
    }

    /** The options and the client, checked; for the concrete builders' {@code build()}. */
    ChatOptions chatOptions() {
        MistralChatRequestParameters defaults = MistralChatRequestParameters.builder()
                .overrideWith(defaultRequestParameters)
                .overrideWith(options.build())
                .build();
        if (defaults.modelName() == null || defaults.modelName().isBlank()) {
            throw new IllegalArgumentException("modelName is required: set modelName(...) such as "
                    + MistralChatModelName.MISTRAL_SMALL_LATEST + ", or give it in defaultRequestParameters");
        }
        return new ChatOptions(buildClient(), defaults, listeners, supportedCapabilities,
                Boolean.TRUE.equals(returnRawResponse));
    }
}
