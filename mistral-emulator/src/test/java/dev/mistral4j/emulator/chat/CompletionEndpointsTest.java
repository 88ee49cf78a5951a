package dev.mistral4j.emulator.chat;

import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.HttpCalls;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.contract.ContractValidator;
import dev.mistral4j.emulator.MistralEmulator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side of chat and FIM: model checks, streaming. */
class CompletionEndpointsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    @Test
    void answersAChatCompletionAsTheContractDescribes() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/chat/completions", HttpCalls.chatRequest(false));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.headers().get("mistral-correlation-id")).matches("[0-9a-f-]{36}");
        assertThat(answer.json().path("choices").get(0).path("message").path("content").asText())
                .contains("hello there");
    }

    @Test
    void streamsEventByEventAndEndsWithDone() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/chat/completions", HttpCalls.chatRequest(true));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/event-stream");
        assertThat(answer.body()).startsWith("data: {").endsWith("data: [DONE]\n\n");
        assertThat(answer.body().split("\n\n")).hasSizeGreaterThan(2);
    }

    @Test
    void padsStreamedAnswersToTheConfiguredNumberOfWords() throws IOException {
        EMULATOR.emulator().answerWords(50);

        Answer answer = post(EMULATOR.emulator(), "/chat/completions", HttpCalls.chatRequest(true));

        StringBuilder text = new StringBuilder();
        for (String event : answer.body().split("\n\n")) {
            String data = event.substring("data: ".length());
            if (!data.equals("[DONE]")) {
                text.append(MAPPER.readTree(data).path("choices").path(0).path("delta").path("content").asText(""));
            }
        }
        assertThat(text.toString().trim().split("\\s+")).hasSize(50);
    }

    @Test
    void answersFillInTheMiddleWithACodeModelOnly() throws IOException {
        String request = json(Map.of("model", "codestral-latest", "prompt", "def add(a, b):", "suffix", "\n"));
        Answer answer = post(EMULATOR.emulator(), "/fim/completions", request);
        Answer refused = post(EMULATOR.emulator(), "/fim/completions",
                request.replace("codestral-latest", "mistral-small-latest"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("fill-in-the-middle");
    }

    @Test
    void pacesPlainAnswersAndStreamsLikeTheModelWhenAskedForARealisticLatency() throws IOException {
        try (MistralEmulator emulator = MistralEmulator.builder().realisticLatency(7).build().start()) {
            long start = System.nanoTime();
            Answer plain = post(emulator, "/chat/completions", HttpCalls.chatRequest(false));
            Duration plainTook = Duration.ofNanos(System.nanoTime() - start);
            start = System.nanoTime();
            Answer stream = post(emulator, "/chat/completions", HttpCalls.chatRequest(true));
            Duration streamTook = Duration.ofNanos(System.nanoTime() - start);

            assertThat(plain.status()).isEqualTo(200);
            assertThat(stream.body()).endsWith("data: [DONE]\n\n");
            // mistral-small's first token comes after 200 ms at the earliest, then at most 160 tokens per second
            int tokens = plain.json().at("/usage/completion_tokens").asInt();
            Duration atLeast = Duration.ofMillis(200).plusMillis(tokens * 1000L / 160);
            assertThat(plainTook).isGreaterThanOrEqualTo(atLeast);
            assertThat(streamTook).isGreaterThanOrEqualTo(atLeast);
            assertThat(emulator.contractViolations()).isEmpty();
        }
    }
}
