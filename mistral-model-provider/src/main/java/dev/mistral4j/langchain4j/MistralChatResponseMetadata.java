package dev.mistral4j.langchain4j;

import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.common.Usage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Mistral tells about a chat answer beyond LangChain4j's common metadata: creation time, Mistral's own usage
 * record (cached tokens, audio seconds), the finish reason as sent, the HTTP headers and the request id, every one of
 * the {@code n} choices with its reference chunks, and, as {@code langchain4j-mistral-ai}'s
 * {@code MistralAiChatResponseMetadata} answers them, {@link #rawHttpResponse()} and {@link #rawServerSentEvents()}.
 * {@code ChatResponse.metadata()} of both Mistral chat models is of this type.
 */
public class MistralChatResponseMetadata extends ChatResponseMetadata {

    private final Long created;
    private final Usage usage;
    private final String rawFinishReason;
    private final Map<String, List<String>> headers;
    private final String requestId;
    private final int statusCode;
    private final byte[] rawBody;
    private final List<ServerSentEvent> rawServerSentEvents;
    private final List<MistralChatChoice> choices;

    protected MistralChatResponseMetadata(Builder builder) {
        super(builder);
        this.created = builder.created;
        this.usage = builder.usage;
        this.rawFinishReason = builder.rawFinishReason;
        this.headers = builder.headers == null ? Map.of()
                : builder.headersImmutable ? builder.headers : Map.copyOf(builder.headers);
        this.requestId = builder.requestId;
        this.statusCode = builder.statusCode;
        this.rawBody = builder.rawBody;
        this.rawServerSentEvents = builder.rawServerSentEvents == null ? List.of()
                : List.copyOf(builder.rawServerSentEvents);
        this.choices = builder.choices == null ? List.of() : List.copyOf(builder.choices);
    }

    /** Creation time of the completion in epoch seconds, or {@code null} when the server sent none. */
    public Long created() {
        return created;
    }

    /** The usage as Mistral sent it, or {@code null}; {@link #tokenUsage()} has the common counts. */
    public Usage usage() {
        return usage;
    }

    /** The finish reason as sent ({@code stop}, {@code model_length}, ...), or {@code null}. */
    public String rawFinishReason() {
        return rawFinishReason;
    }

    /** Every HTTP response header, names lower-cased. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Mistral's correlation id of the call, or {@code null} when the server sent none. */
    public String requestId() {
        return requestId;
    }

    /**
     * Every completion of the answer in index order, one per {@code n}; the first is the response's
     * {@code AiMessage}. Empty only for metadata built without them.
     */
    public List<MistralChatChoice> choices() {
        return choices;
    }

    /** The reference and tool-reference chunks of the first choice (see {@link MistralChatChoice#references()}). */
    public List<ContentChunk> references() {
        return choices.isEmpty() ? List.of() : choices.get(0).references();
    }

    /**
     * The HTTP response the answer came in, as {@code MistralAiChatResponseMetadata.rawHttpResponse()} gives it: status
     * and headers always (for a stream, those it opened with); the body, as sent, only for a plain call of a model
     * built with {@code returnRawResponse(true)}, else {@code null}. Built when asked for.
     */
    public SuccessfulHttpResponse rawHttpResponse() {
        SuccessfulHttpResponse.Builder raw = SuccessfulHttpResponse.builder().statusCode(statusCode).headers(headers);
        if (rawBody != null) {
            raw.body(rawBody);
        }
        return raw.build();
    }

    /**
     * The events of a stream as sent, its {@code [DONE]} included, as
     * {@code MistralAiChatResponseMetadata.rawServerSentEvents()} gives them; kept only by a streaming model built with
     * {@code returnRawResponse(true)}: empty otherwise, and always for a plain call.
     */
    public List<ServerSentEvent> rawServerSentEvents() {
        return rawServerSentEvents;
    }

    @Override
    public Builder toBuilder() {
        return ((Builder) toBuilder(builder())).created(created).usage(usage).rawFinishReason(rawFinishReason)
                .responseHeaders(headers).requestId(requestId).statusCode(statusCode).rawBody(rawBody)
                .rawServerSentEvents(rawServerSentEvents).choices(choices);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MistralChatResponseMetadata that && super.equals(that)
                && Objects.equals(created, that.created) && Objects.equals(usage, that.usage)
                && Objects.equals(rawFinishReason, that.rawFinishReason) && headers.equals(that.headers)
                && Objects.equals(requestId, that.requestId) && statusCode == that.statusCode
                && Arrays.equals(rawBody, that.rawBody) && rawServerSentEvents.equals(that.rawServerSentEvents)
                && choices.equals(that.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), created, usage, rawFinishReason, headers, requestId, statusCode,
                Arrays.hashCode(rawBody), rawServerSentEvents, choices);
    }

    @Override
    public String toString() {
        return "MistralChatResponseMetadata{" + super.toString() + ", created=" + created + ", usage=" + usage
                + ", rawFinishReason=" + rawFinishReason + ", requestId=" + requestId + ", choices=" + choices.size()
                + '}';
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link MistralChatResponseMetadata}. */
    public static class Builder extends ChatResponseMetadata.Builder<Builder> {

        private Long created;
        private Usage usage;
        private String rawFinishReason;
        private Map<String, List<String>> headers;
        private boolean headersImmutable;
        private String requestId;
        private int statusCode = 200;
        private byte[] rawBody;
        private List<ServerSentEvent> rawServerSentEvents;
        private List<MistralChatChoice> choices;

        public Builder created(Long created) {
            this.created = created;
            return this;
        }

        public Builder usage(Usage usage) {
            this.usage = usage;
            return this;
        }

        public Builder rawFinishReason(String rawFinishReason) {
            this.rawFinishReason = rawFinishReason;
            return this;
        }

        public Builder headers(Map<String, List<String>> headers) {
            this.headers = headers;
            this.headersImmutable = false;
            return this;
        }

        /**
         * Headers known to be immutable (an {@code ApiResponse}'s), kept as they are: a copy would make the
         * transport build its map of every header on each call, though few callers ever read them. Pass only a map
         * nobody changes; {@link #headers(Map)} copies.
         */
        public Builder responseHeaders(Map<String, List<String>> headers) {
            this.headers = headers;
            this.headersImmutable = true;
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** The HTTP status of the response; default 200. */
        public Builder statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /** The body as sent, for {@link #rawHttpResponse()}; {@code null} for none. Kept as given, not copied. */
        public Builder rawBody(byte[] rawBody) {
            this.rawBody = rawBody;
            return this;
        }

        /** The stream's events as sent, for {@link #rawServerSentEvents()}; copied. */
        public Builder rawServerSentEvents(List<ServerSentEvent> rawServerSentEvents) {
            this.rawServerSentEvents = rawServerSentEvents;
            return this;
        }

        /** Every completion, in index order; copied. */
        public Builder choices(List<MistralChatChoice> choices) {
            this.choices = choices;
            return this;
        }

        @Override
        public MistralChatResponseMetadata build() {
            return new MistralChatResponseMetadata(this);
        }
    }
}
