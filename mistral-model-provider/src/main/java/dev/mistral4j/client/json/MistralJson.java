package dev.mistral4j.client.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for every Mistral wire type.
 *
 * <p>Callers may rely on: unknown properties are ignored on read (the API adds fields over time); null components
 * are omitted on write (the API rejects {@code null} for several fields); records with no properties serialize as
 * {@code {}}; decimals inside free-form JSON ({@code metadata}, tool parameters, JSON schemas) keep their exact
 * digits. The returned mappers are safe to share between threads.
 */
public final class MistralJson {

    private static final ObjectMapper SHARED = newMapper();

    private MistralJson() {
    }

    /** A new, independently configurable mapper with the wire configuration applied. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // a response message is read as AssistantMessage directly, and the API does not always send its role
                .disable(MapperFeature.REQUIRE_TYPE_ID_FOR_SUBTYPES)
                // free-form JSON keeps 0.1 as 0.1 instead of the nearest double, and 1.0 as 1.0
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // embeddings are thousands of decimals per input: the JDK's float parsing was most of their cost
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS))
                .build();
    }

    /** The shared mapper; do not reconfigure it (use {@link #newMapper()} for a variant). */
    public static ObjectMapper mapper() {
        return SHARED;
    }
}
