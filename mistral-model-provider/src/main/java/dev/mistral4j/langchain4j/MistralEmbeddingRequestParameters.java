package dev.mistral4j.langchain4j;

import dev.langchain4j.model.embedding.request.DefaultEmbeddingRequestParameters;
import dev.langchain4j.model.embedding.request.EmbeddingParameter;
import dev.langchain4j.model.embedding.request.EmbeddingRequestParameters;
import dev.mistral4j.client.embeddings.EmbeddingDtype;
import dev.mistral4j.client.embeddings.EncodingFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LangChain4j's embedding parameters plus Mistral's {@code output_dtype}, {@code encoding_format} and
 * {@code metadata}, for one call of {@link MistralEmbeddingModel}'s {@code embed(EmbeddingRequest)}:
 *
 * <pre>{@code
 * EmbeddingResponse response = model.embed(EmbeddingRequest.builder().textSegments(segments)
 *         .parameters(MistralEmbeddingRequestParameters.builder().outputDtype(EmbeddingDtype.INT8)
 *                 .encodingFormat(EncodingFormat.BASE64).metadata(Map.of("job", "nightly")).build())
 *         .build());
 * }</pre>
 *
 * <p>Why this shape: LangChain4j's {@code embedAll(List)} takes no options, but {@code embed(EmbeddingRequest)}
 * carries {@link EmbeddingRequestParameters} whose values are typed {@link EmbeddingParameter} keys. Mistral's
 * options are three more such keys ({@link #OUTPUT_DTYPE}, {@link #ENCODING_FORMAT}, {@link #METADATA}), so they
 * ride on LangChain4j's own per-call mechanism: merged over the model's defaults (a value set here wins, one left
 * out keeps the default), listed in {@code supportedParameters()}, seen by listeners, and settable through
 * {@code DefaultEmbeddingRequestParameters.builder().set(key, value)} by code that knows only LangChain4j. The
 * model's batching, ordering and retries are the same as for {@code embedAll}. The encoding changes only the wire:
 * base64 answers are decoded into the same numbers.
 */
public class MistralEmbeddingRequestParameters extends DefaultEmbeddingRequestParameters {

    /** {@code output_dtype}: the number type of the embeddings. */
    public static final EmbeddingParameter<EmbeddingDtype> OUTPUT_DTYPE =
            new EmbeddingParameter<>("output_dtype", EmbeddingDtype.class);

    /** {@code encoding_format}: how the answer carries the numbers. */
    public static final EmbeddingParameter<EncodingFormat> ENCODING_FORMAT =
            new EmbeddingParameter<>("encoding_format", EncodingFormat.class);

    /** {@code metadata}: free-form values stored with the request. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final EmbeddingParameter<Map<String, Object>> METADATA =
            (EmbeddingParameter) new EmbeddingParameter<>("metadata", Map.class);

    protected MistralEmbeddingRequestParameters(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The number type asked for, or {@code null} to keep the model's. */
    public EmbeddingDtype outputDtype() {
        return parameter(OUTPUT_DTYPE);
    }

    /** The encoding asked for, or {@code null} to keep the model's (float). */
    public EncodingFormat encodingFormat() {
        return parameter(ENCODING_FORMAT);
    }

    /** The metadata to store with the request, or {@code null} for none. */
    public Map<String, Object> metadata() {
        return parameter(METADATA);
    }

    /** Builds {@link MistralEmbeddingRequestParameters}; every value is optional. */
    public static class Builder extends DefaultEmbeddingRequestParameters.Builder<Builder> {

        /** The number type of this call's embeddings; {@code null} keeps the model's. */
        public Builder outputDtype(EmbeddingDtype outputDtype) {
            return set(OUTPUT_DTYPE, outputDtype);
        }

        /** How this call's answer carries the numbers; {@code null} keeps the model's. */
        public Builder encodingFormat(EncodingFormat encodingFormat) {
            return set(ENCODING_FORMAT, encodingFormat);
        }

        /** Metadata stored with this call's requests (each batch carries the same); {@code null} for none. */
        public Builder metadata(Map<String, ?> metadata) {
            return set(METADATA, metadata == null ? null
                    : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(metadata)));
        }

        @Override
        public MistralEmbeddingRequestParameters build() {
            return new MistralEmbeddingRequestParameters(this);
        }
    }
}
