package dev.mistral4j.emulator.batch;

import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.HttpCalls;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Batch jobs as the tests drive them over HTTP: create, poll until a state, upload an input file. */
public final class BatchJobs {

    private static final Set<String> TERMINAL = Set.of("SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED");

    private BatchJobs() {
    }

    public static String create(MistralEmulator emulator, Map<String, Object> job) throws IOException {
        Answer created = post(emulator, "/batch/jobs", json(job));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().path("id").asText();
    }

    public static JsonNode awaitEnd(MistralEmulator emulator, String id) throws Exception {
        return await(emulator, id, job -> TERMINAL.contains(job.path("status").asText()));
    }

    /** Polls the job as a client does, until {@code condition} holds; fails after ten seconds. */
    public static JsonNode await(MistralEmulator emulator, String id, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            JsonNode job = get(emulator, "/batch/jobs/" + id).json();
            if (condition.test(job)) {
                return job;
            }
            assertThat(System.nanoTime()).as("batch job " + id + " still " + job).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    public static String upload(MistralEmulator emulator, String content) throws IOException {
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("purpose", "batch")
                .addFormDataPart("file", "requests.jsonl", RequestBody.create(
                        content.getBytes(StandardCharsets.UTF_8), MediaType.get("application/octet-stream")))
                .build();
        Answer answer = HttpCalls.call(emulator, new Request.Builder().url(HttpCalls.url(emulator, "/files"))
                .post(body).build());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("id").asText();
    }
}
