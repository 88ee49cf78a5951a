package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Finish reasons the emulator never sends (Mistral's {@code model_length}, {@code error}, unknown values). */
class ChatFinishReasonTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String completion(String finishReason) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"mistral-small-latest\",\"created\":1,"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3},"
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},"
                + "\"finish_reason\":\"" + finishReason + "\"}]}";
    }

    private static String chunk(String content, String finishReason) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"mistral-small-latest\","
                + "\"created\":1,\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},"
                + "\"finish_reason\":" + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]}\n\n";
    }

    private MistralChatModel plain() {
        return MistralChatModel.builder().baseUrl(server.url("/v1").toString()).modelName("mistral-small-latest")
                .maxRetries(0).build();
    }

    @ParameterizedTest
    @CsvSource({"stop,STOP", "length,LENGTH", "model_length,LENGTH", "tool_calls,TOOL_EXECUTION",
        "something_new,OTHER"})
    void mapsMistralsFinishReasonsTolerantly(String wire, FinishReason expected) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(completion(wire)).build());

        ChatResponse response = plain().chat(dev.langchain4j.data.message.UserMessage.from("hi"));

        assertThat(response.finishReason()).isEqualTo(expected);
        assertThat(((MistralChatResponseMetadata) response.metadata()).rawFinishReason()).isEqualTo(wire);
    }

    @Test
    void failsAPlainCallThatEndedInError() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .addHeader("mistral-correlation-id", "req-42").body(completion("error")).build());

        assertThatThrownBy(() -> plain().chat("hi"))
                .isInstanceOf(InternalServerException.class)
                .hasMessageContaining("finish_reason 'error'").hasMessageContaining("req-42");
    }

    @Test
    void failsAStreamThatEndedInErrorThroughOnErrorOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(chunk("Hel", null) + chunk("lo", "error") + "data: [DONE]\n\n").build());
        MistralStreamingChatModelTest.Recorder recorder = new MistralStreamingChatModelTest.Recorder();

        MistralStreamingChatModel.builder().baseUrl(server.url("/v1").toString()).modelName("mistral-small-latest")
                .build().chat("hi", recorder);

        assertThat(recorder.done).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .havingRootCause().isInstanceOf(InternalServerException.class);
        assertThat(recorder.events).containsExactly("text:Hel", "text:lo", "error:InternalServerException");
        assertThat(recorder.terminals).hasValue(1);
    }
}
