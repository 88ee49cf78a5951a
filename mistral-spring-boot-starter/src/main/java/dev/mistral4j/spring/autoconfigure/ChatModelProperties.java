package dev.mistral4j.spring.autoconfigure;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.mistral4j.client.chat.GuardrailConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chat group ({@code chat-model} or {@code streaming-chat-model}): the peer starter's properties and every option
 * of the chat builders.
 */
public class ChatModelProperties extends ConnectionProperties {

    /** Model id, such as mistral-small-latest; required. */
    private String modelName;

    /** Sampling temperature, 0 to 1.5. */
    private Double temperature;

    /** Nucleus sampling mass, 0 to 1. */
    private Double topP;

    /** Most tokens to generate. */
    private Integer maxTokens;

    /** Whether the API prepends its safety prompt. */
    private Boolean safePrompt;

    /** Seed for deterministic sampling. */
    private Long randomSeed;

    /** Response format: text or json (JSON schemas come with each request, as AiServices send them). */
    private ResponseFormatType responseFormat;

    /** Sequences that end generation. */
    private List<String> stopSequences;

    /** Penalty growing with a token's frequency, -2 to 2. */
    private Double frequencyPenalty;

    /** Penalty for repeating any seen token, -2 to 2. */
    private Double presencePenalty;

    /** Capabilities the model declares to LangChain4j; default RESPONSE_FORMAT_JSON_SCHEMA. */
    private Set<Capability> supportedCapabilities;

    /** Whether a JSON schema response format is sent as strict; default true. */
    private Boolean strictJsonSchema;

    /** Whether the model's thinking is returned in AiMessage.thinking() and streamed; default false. */
    private Boolean returnThinking;

    /**
     * Whether each answer keeps what the server sent (the body, or every streamed event) in the metadata's
     * rawHttpResponse() and rawServerSentEvents(), as langchain4j-mistral-ai does; default false.
     */
    private Boolean returnRawResponse;

    /** Whether the thinking of earlier turns is sent back to the model; default false. */
    private Boolean sendThinking;

    /** Whether the model may call several tools in one turn; API default true. */
    private Boolean parallelToolCalls;

    /** Whether the model must call a tool: auto, required (sent as any) or none. */
    private ToolChoice toolChoice;

    /** Function the model must call whenever tools are offered; takes precedence over tool-choice. */
    private String toolChoiceName;

    /** Expected answer, to speed up generation when most of it is known. */
    private String prediction;

    /** Prompt mode: reasoning to use the reasoning system prompt. */
    private String promptMode;

    /** Reasoning effort, high or none, for models that support it. */
    private String reasoningEffort;

    /** Completions to generate; the answer is the first one. */
    private Integer n;

    /** Key under which the API caches the prompt's prefix, for every request. */
    private String promptCacheKey;

    /** Free-form metadata stored with every request. */
    private Map<String, String> metadata;

    /**
     * Moderation checks applied to every request, such as {@code guardrails[0].moderation-llm-v2.action=block};
     * category names in brackets: {@code custom-category-thresholds[hate_and_discrimination]=0.5}.
     */
    private List<GuardrailConfig> guardrails;

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public Double getTemperature() {
        return temperature;
    }

    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public Double getTopP() {
        return topP;
    }

    public void setTopP(Double topP) {
        this.topP = topP;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public Boolean getSafePrompt() {
        return safePrompt;
    }

    public void setSafePrompt(Boolean safePrompt) {
        this.safePrompt = safePrompt;
    }

    public Long getRandomSeed() {
        return randomSeed;
    }

    public void setRandomSeed(Long randomSeed) {
        this.randomSeed = randomSeed;
    }

    public ResponseFormatType getResponseFormat() {
        return responseFormat;
    }

    public void setResponseFormat(ResponseFormatType responseFormat) {
        this.responseFormat = responseFormat;
    }

    public List<String> getStopSequences() {
        return stopSequences;
    }

    public void setStopSequences(List<String> stopSequences) {
        this.stopSequences = stopSequences;
    }

    public Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    public void setFrequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
    }

    public Double getPresencePenalty() {
        return presencePenalty;
    }

    public void setPresencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
    }

    public Set<Capability> getSupportedCapabilities() {
        return supportedCapabilities;
    }

    public void setSupportedCapabilities(Set<Capability> supportedCapabilities) {
        this.supportedCapabilities = supportedCapabilities;
    }

    public Boolean getStrictJsonSchema() {
        return strictJsonSchema;
    }

    public void setStrictJsonSchema(Boolean strictJsonSchema) {
        this.strictJsonSchema = strictJsonSchema;
    }

    public Boolean getReturnThinking() {
        return returnThinking;
    }

    public void setReturnThinking(Boolean returnThinking) {
        this.returnThinking = returnThinking;
    }

    public Boolean getReturnRawResponse() {
        return returnRawResponse;
    }

    public void setReturnRawResponse(Boolean returnRawResponse) {
        this.returnRawResponse = returnRawResponse;
    }

    public Boolean getSendThinking() {
        return sendThinking;
    }

    public void setSendThinking(Boolean sendThinking) {
        this.sendThinking = sendThinking;
    }

    public Boolean getParallelToolCalls() {
        return parallelToolCalls;
    }

    public void setParallelToolCalls(Boolean parallelToolCalls) {
        this.parallelToolCalls = parallelToolCalls;
    }

    public ToolChoice getToolChoice() {
        return toolChoice;
    }

    public void setToolChoice(ToolChoice toolChoice) {
        this.toolChoice = toolChoice;
    }

    public String getToolChoiceName() {
        return toolChoiceName;
    }

    public void setToolChoiceName(String toolChoiceName) {
        this.toolChoiceName = toolChoiceName;
    }

    public String getPrediction() {
        return prediction;
    }

    public void setPrediction(String prediction) {
        this.prediction = prediction;
    }

    public String getPromptMode() {
        return promptMode;
    }

    public void setPromptMode(String promptMode) {
        this.promptMode = promptMode;
    }

    public String getReasoningEffort() {
        return reasoningEffort;
    }

    public void setReasoningEffort(String reasoningEffort) {
        this.reasoningEffort = reasoningEffort;
    }

    public Integer getN() {
        return n;
    }

    public void setN(Integer n) {
        this.n = n;
    }

    public String getPromptCacheKey() {
        return promptCacheKey;
    }

    public void setPromptCacheKey(String promptCacheKey) {
        this.promptCacheKey = promptCacheKey;
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
    }

    public List<GuardrailConfig> getGuardrails() {
        return guardrails;
    }

    public void setGuardrails(List<GuardrailConfig> guardrails) {
        this.guardrails = guardrails;
    }
}
