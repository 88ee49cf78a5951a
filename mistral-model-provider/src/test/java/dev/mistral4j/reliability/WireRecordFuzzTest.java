package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.client.json.MistralJson;
import dev.mistral4j.client.models.DeleteModelResponse;
import dev.mistral4j.client.models.ModelCard;
import dev.mistral4j.client.models.ModelList;
import dev.mistral4j.client.moderation.ModerationResponse;
import java.util.Iterator;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Every response record read through {@link MistralJson} from broken JSON: the read either fails with a Jackson
 * exception (which the transport turns into a LangChain4j exception with the route in its message) or returns a value
 * whose every untouched scalar field reads exactly as sent, and whose {@code toString()}, {@code equals} and
 * {@code hashCode} work. Never a NullPointerException, ClassCastException or any other runtime exception.
 *
 * <p>What "silently wrong" means at this layer: a field the mutation did not touch that reads differently. The
 * records are tolerant on purpose (a missing list reads as empty, an unknown enum value stays a string); whether an
 * answer is complete enough to use is judged by the services (see {@code TransportFuzzTest}).
 */
class WireRecordFuzzTest {

    private static final ObjectMapper MAPPER = MistralJson.mapper();
    static final int TRIES = 800;

    @Property(tries = TRIES, seed = "20261125", shrinking = ShrinkingMode.BOUNDED)
    void chatCompletionResponse(@ForAll("chatCompletion") JsonMutation mutation) {
        readsOrFailsCleanly(mutation, ChatCompletionResponse.class, WireSamples.CHAT_COMPLETION);
    }

    @Property(tries = TRIES, seed = "20261126", shrinking = ShrinkingMode.BOUNDED)
    void chatCompletionChunk(@ForAll("chatChunk") JsonMutation mutation) {
        readsOrFailsCleanly(mutation, ChatCompletionChunk.class, WireSamples.CHAT_CHUNK);
    }

    @Property(tries = TRIES, seed = "20261127", shrinking = ShrinkingMode.BOUNDED)
    void embeddingResponse(@ForAll("embeddings") JsonMutation mutation) {
        readsOrFailsCleanly(mutation, EmbeddingResponse.class, WireSamples.EMBEDDINGS);
    }

    @Property(tries = TRIES, seed = "20261128", shrinking = ShrinkingMode.BOUNDED)
    void modelList(@ForAll("modelList") JsonMutation mutation) {
        readsOrFailsCleanly(mutation, ModelList.class, WireSamples.MODEL_LIST);
    }

    @Property(tries = TRIES, seed = "20261129", shrinking = ShrinkingMode.BOUNDED)
    void modelCard(@ForAll("modelCard") JsonMutation mutation) {
        readsOrFailsCleanly(mutation, ModelCard.class, WireSamples.MODEL_CARD);
    }

    @Property(tries = TRIES, seed = "20261130", shrinking = ShrinkingMode.BOUNDED)
    void deleteModelResponse(@ForAll("modelDeleted") JsonMutation mutation) {
        readsOrFailsCleanly(mutation, DeleteModelResponse.class, WireSamples.MODEL_DELETED);
    }

    @Property(tries = TRIES, seed = "20261131", shrinking = ShrinkingMode.BOUNDED)
    void moderationResponse(@ForAll("moderation") JsonMutation mutation) {
        readsOrFailsCleanly(mutation, ModerationResponse.class, WireSamples.MODERATION);
    }

    @Provide
    Arbitrary<JsonMutation> chatCompletion() {
        return JsonMutation.of(WireSamples.CHAT_COMPLETION);
    }

    @Provide
    Arbitrary<JsonMutation> chatChunk() {
        return JsonMutation.of(WireSamples.CHAT_CHUNK);
    }

    @Provide
    Arbitrary<JsonMutation> embeddings() {
        return JsonMutation.of(WireSamples.EMBEDDINGS);
    }

    @Provide
    Arbitrary<JsonMutation> modelList() {
        return JsonMutation.of(WireSamples.MODEL_LIST);
    }

    @Provide
    Arbitrary<JsonMutation> modelCard() {
        return JsonMutation.of(WireSamples.MODEL_CARD);
    }

    @Provide
    Arbitrary<JsonMutation> modelDeleted() {
        return JsonMutation.of(WireSamples.MODEL_DELETED);
    }

    @Provide
    Arbitrary<JsonMutation> moderation() {
        return JsonMutation.of(WireSamples.MODERATION);
    }

    private static <T> void readsOrFailsCleanly(JsonMutation mutation, Class<T> type, String validJson) {
        T value;
        try {
            value = MAPPER.readValue(mutation.json(), type);
        } catch (JacksonException rejected) {
            Statistics.collect("rejected");
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        Statistics.collect(value == null ? "null" : "read");
        if (value == null) {
            // only the JSON literal null (or nothing) reads as no value; the transport reports it
            assertThat(mutation.json().strip()).isIn("null", "");
            return;
        }
        assertThat(value.toString()).isNotNull();
        assertThat(value).isEqualTo(value).hasSameHashCodeAs(value);
        untouchedScalarsReadAsSent(mutation, value, JsonMutation.read(validJson));
    }

    private static void untouchedScalarsReadAsSent(JsonMutation mutation, Object value, JsonNode original) {
        JsonNode written = MAPPER.valueToTree(value);
        for (Iterator<Map.Entry<String, JsonNode>> it = original.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            boolean untouched = !mutation.touched().equals("*") && !mutation.touched().equals(field.getKey());
            if (untouched && field.getValue().isValueNode() && !field.getValue().isNull()) {
                // compared as text: the record may widen a number (int to long) but must keep its value
                assertThat(written.path(field.getKey()).asText(null)).as("field %s", field.getKey())
                        .isEqualTo(field.getValue().asText());
            }
        }
    }
}
