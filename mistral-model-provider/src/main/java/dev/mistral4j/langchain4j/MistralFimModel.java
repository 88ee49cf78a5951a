package dev.mistral4j.langchain4j;

import dev.langchain4j.model.language.LanguageModel;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.chat.ChatCompletionChoice;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.langchain4j.internal.CompletionFacts;
import dev.mistral4j.langchain4j.internal.CompletionRules;
import dev.mistral4j.langchain4j.internal.FimOptions;

/**
 * A LangChain4j {@link LanguageModel} over {@code POST /v1/fim/completions}: Codestral fills the gap between the code
 * before the cursor ({@code prompt}) and the code after it ({@code suffix}).
 *
 * <p>{@link #generate(String)} completes after the prompt with nothing following; {@link #generate(String, String)}
 * passes the suffix too, so the completion fits between them. The response's text is the inserted code only; its
 * finish reason is LENGTH when {@code max_tokens} or the model's context ended it; its metadata holds {@code id},
 * {@code model}, {@code created}, the raw {@code finish_reason}, the HTTP {@code headers} (a map of lists, names
 * lower-cased) and Mistral's {@code request_id}. {@link #generate(String, String, MistralFimRequestParameters)}
 * overrides the builder's options for one call. The finish reason {@code error} and an answer without any choice
 * are exceptions, as for {@link MistralStreamingFimModel}. Thread-safe.
 */
public final class MistralFimModel implements LanguageModel {

    private final MistralClient client;
    private final FimOptions options;

    private MistralFimModel(Builder builder) {
        this.client = builder.buildClient();
        this.options = builder.options();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The completion after {@code prompt}, with nothing after the gap. */
    @Override
    public Response<String> generate(String prompt) {
        return generate(prompt, null);
    }

    /** The code between {@code prompt} (before the cursor) and {@code suffix} (after it; {@code null} for none). */
    public Response<String> generate(String prompt, String suffix) {
        return generate(prompt, suffix, options);
    }

    /**
     * The code between {@code prompt} and {@code suffix} ({@code null} for none), with {@code parameters} overriding
     * the builder's options for this call ({@code null}: none).
     */
    public Response<String> generate(String prompt, String suffix, MistralFimRequestParameters parameters) {
        return generate(prompt, suffix, options.withOverrides(parameters));
    }

    Response<String> generate(String prompt, String suffix, FimOptions callOptions) {
        ApiResponse<ChatCompletionResponse> response = client.fim().completeWithResponse(
                callOptions.request(prompt, suffix));
        // the client refuses an answer without a choice or a message
        ChatCompletionChoice choice = response.body().choices().get(0);
        String text = choice.message().content() == null ? "" : choice.message().content().asText();
        return CompletionRules.fimResponse(text, choice.finishReason(), CompletionFacts.of(response, null));
    }

    FimOptions options() {
        return options;
    }

    @Override
    public String toString() {
        return "MistralFimModel{modelName=" + options.modelName() + '}';
    }

    /** Configures a {@link MistralFimModel}: the options of {@code langchain4j-mistral-ai}'s builder, same names. */
    public static final class Builder extends FimBuilder<Builder> {

        private Builder() {
        }

        public MistralFimModel build() {
            return new MistralFimModel(this);
        }
    }
}
