package dev.mistral4j.emulator.server;

import static dev.mistral4j.emulator.HttpCalls.call;
import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.post;
import static dev.mistral4j.emulator.HttpCalls.postRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.io.IOException;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordingAndAuthTest {

    private static final String KEY = "sk-emulator-secret-1234";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private static Request withKey(Request request, String key) {
        return request.newBuilder().header("Authorization", "Bearer " + key).build();
    }

    @Test
    void refusesAMissingOrWrongKeyLikeTheRealApi() throws IOException {
        Answer missing = get(EMULATOR.emulator(), "/models");
        Answer wrong = call(EMULATOR.emulator(),
                withKey(new Request.Builder().url(EMULATOR.baseUrl() + "/models").build(), "sk-wrong"));

        assertThat(missing.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(missing.json().path("message").asText()).isEqualTo("Unauthorized");
        assertThat(missing.json().path("request_id").asText())
                .isEqualTo(missing.headers().get("mistral-correlation-id"));
    }

    @Test
    void acceptsTheConfiguredKey() throws IOException {
        Answer answer = call(EMULATOR.emulator(),
                withKey(new Request.Builder().url(EMULATOR.baseUrl() + "/models").build(), KEY));

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void recordsEachRequestWithItsBodyStatusAndAMaskedKey() throws IOException {
        Request request = withKey(postRequest(EMULATOR.emulator(), "/embeddings",
                "{\"model\":\"mistral-embed\",\"input\":\"recorded\"}"), KEY);
        call(EMULATOR.emulator(), request);
        call(EMULATOR.emulator(), new Request.Builder().url(EMULATOR.baseUrl() + "/models?provider=mistral").build());

        assertThat(EMULATOR.emulator().requestCount()).isEqualTo(2);
        RecordedRequest first = EMULATOR.emulator().takeRequest();
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo("/v1/embeddings");
        assertThat(first.body()).contains("\"recorded\"");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("application/json");
        assertThat(first.header("authorization")).isEqualTo("Bearer sk-e****").doesNotContain("secret");
        assertThat(first.received()).isNotNull();

        RecordedRequest second = EMULATOR.emulator().takeRequest();
        assertThat(second.query()).isEqualTo("provider=mistral");
        assertThat(second.status()).isEqualTo(401);
        assertThat(EMULATOR.emulator().takeRequest()).isNull();
    }

    @Test
    void forgetsRecordedRequestsOnClear() throws IOException {
        get(EMULATOR.emulator(), "/models");
        EMULATOR.emulator().clearRecorded();

        assertThat(EMULATOR.emulator().recordedRequests()).isEmpty();
    }

    @Test
    void startsEachTestWithNoRecordedRequests() {
        // the other tests leave requests behind; the extension clears them after each test
        assertThat(EMULATOR.emulator().requestCount()).isZero();
    }

    @Test
    void neverRecordsTheKeyInClear() throws IOException {
        call(EMULATOR.emulator(), withKey(postRequest(EMULATOR.emulator(), "/moderations", "{}"), KEY));

        assertThat(EMULATOR.emulator().recordedRequests())
                .allSatisfy(recorded -> assertThat(recorded.headers().toString()).doesNotContain(KEY));
        assertThat(post(EMULATOR.emulator(), "/moderations", "{}").status()).isEqualTo(401);
    }
}
