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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

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
    private static final int CASES = 800;

    @TestFactory
    Stream<DynamicTest> chatCompletionResponse(TestInfo test) {
        return brokenAnswers(test, 20261125, ChatCompletionResponse.class, WireSamples.CHAT_COMPLETION);
    }

    @TestFactory
    Stream<DynamicTest> chatCompletionChunk(TestInfo test) {
        return brokenAnswers(test, 20261126, ChatCompletionChunk.class, WireSamples.CHAT_CHUNK);
    }

    @TestFactory
    Stream<DynamicTest> embeddingResponse(TestInfo test) {
        return brokenAnswers(test, 20261127, EmbeddingResponse.class, WireSamples.EMBEDDINGS);
    }

    @TestFactory
    Stream<DynamicTest> modelList(TestInfo test) {
        return brokenAnswers(test, 20261128, ModelList.class, WireSamples.MODEL_LIST);
    }

    @TestFactory
    Stream<DynamicTest> modelCard(TestInfo test) {
        return brokenAnswers(test, 20261129, ModelCard.class, WireSamples.MODEL_CARD);
    }

    @TestFactory
    Stream<DynamicTest> deleteModelResponse(TestInfo test) {
        return brokenAnswers(test, 20261130, DeleteModelResponse.class, WireSamples.MODEL_DELETED);
    }

    @TestFactory
    Stream<DynamicTest> moderationResponse(TestInfo test) {
        return brokenAnswers(test, 20261131, ModerationResponse.class, WireSamples.MODERATION);
    }

    private static <T> Stream<DynamicTest> brokenAnswers(TestInfo test, long seed, Class<T> type, String validJson) {
        return Cases.generate(test, seed, CASES, JsonMutation.of(validJson),
                mutation -> readsOrFailsCleanly(mutation, type, validJson));
    }

    /** Checks the outcome and names it: {@code rejected}, {@code null} or {@code read}. */
    private static <T> String readsOrFailsCleanly(JsonMutation mutation, Class<T> type, String validJson) {
        T value;
        try {
            value = MAPPER.readValue(mutation.json(), type);
        } catch (JacksonException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return "rejected";
        }
        if (value == null) {
            // only the JSON literal null (or nothing) reads as no value; the transport reports it
            assertThat(mutation.json().strip()).isIn("null", "");
            return "null";
        }
        assertThat(value.toString()).isNotNull();
        assertThat(value).isEqualTo(value).hasSameHashCodeAs(value);
        untouchedScalarsReadAsSent(mutation, value, JsonMutation.read(validJson));
        return "read";
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
