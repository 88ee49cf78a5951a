package dev.mistral4j.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.mistral4j.client.common.Usage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Mistral tells about a chat answer beyond LangChain4j's common metadata: creation time, Mistral's own usage
 * record (cached tokens, audio seconds), the finish reason as sent, the HTTP headers and the request id.
 * {@code ChatResponse.metadata()} of both Mistral chat models is of this type.
 */
public class MistralChatResponseMetadata extends ChatResponseMetadata {

    private final Long created;
    private final Usage usage;
    private final String rawFinishReason;
    private final Map<String, List<String>> headers;
    private final String requestId;

    protected MistralChatResponseMetadata(Builder builder) {
        super(builder);
        this.created = builder.created;
        this.usage = builder.usage;
        this.rawFinishReason = builder.rawFinishReason;
        this.headers = builder.headers == null ? Map.of()
                : builder.headersImmutable ? builder.headers : Map.copyOf(builder.headers);
        this.requestId = builder.requestId;
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

    @Override
    public Builder toBuilder() {
        return ((Builder) toBuilder(builder())).created(created).usage(usage).rawFinishReason(rawFinishReason)
                .responseHeaders(headers).requestId(requestId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MistralChatResponseMetadata that && super.equals(that)
                && Objects.equals(created, that.created) && Objects.equals(usage, that.usage)
                && Objects.equals(rawFinishReason, that.rawFinishReason) && headers.equals(that.headers)
                && Objects.equals(requestId, that.requestId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), created, usage, rawFinishReason, headers, requestId);
    }

    @Override
    public String toString() {
        return "MistralChatResponseMetadata{" + super.toString() + ", created=" + created + ", usage=" + usage
                + ", rawFinishReason=" + rawFinishReason + ", requestId=" + requestId + '}';
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

        @Override
        public MistralChatResponseMetadata build() {
            return new MistralChatResponseMetadata(this);
        }
    }
}
