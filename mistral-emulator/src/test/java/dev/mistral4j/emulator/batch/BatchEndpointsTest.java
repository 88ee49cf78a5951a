package dev.mistral4j.emulator.batch;

import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.HttpCalls;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchEndpointsTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .batchStartDelay(Duration.ofMillis(5)));

    private static final Set<String> TERMINAL = Set.of("SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED");

    @Test
    void runsInlineChatRequestsThroughTheChatEndpointAndReturnsTheirOutputsInline(MistralEmulator emulator)
            throws Exception {
        Map<String, Object> body = Map.of("messages", List.of(Map.of("role", "user", "content", "Name a cheese")));
        String online = post(emulator, "/chat/completions", json(Map.of("model", "mistral-small-latest",
                "messages", body.get("messages")))).json().path("choices").get(0).path("message").path("content")
                .asText();

        Answer created = post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/chat/completions",
                "model", "mistral-small-latest", "metadata", Map.of("team", "search"),
                "requests", List.of(Map.of("custom_id", "a", "body", body), Map.of("custom_id", "b", "body", body)))));
        JsonNode done = awaitEnd(emulator, created.json().path("id").asText());

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().path("status").asText()).isEqualTo("QUEUED");
        assertThat(created.json().path("total_requests").asInt()).isEqualTo(2);
        assertThat(done.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(done.path("completed_requests").asInt()).isEqualTo(2);
        assertThat(done.path("succeeded_requests").asInt()).isEqualTo(2);
        assertThat(done.path("failed_requests").asInt()).isZero();
        assertThat(done.path("error_file").isNull()).isTrue();
        assertThat(done.path("started_at").isIntegralNumber()).isTrue();
        assertThat(done.path("completed_at").isIntegralNumber()).isTrue();
        JsonNode first = done.path("outputs").get(0);
        assertThat(done.path("outputs")).hasSize(2);
        assertThat(first.path("custom_id").asText()).isEqualTo("a");
        assertThat(first.path("response").path("status_code").asInt()).isEqualTo(200);
        assertThat(first.path("error").isNull()).isTrue();
        assertThat(first.path("response").path("body").path("choices").get(0).path("message").path("content")
                .asText()).isEqualTo(online);
        assertThat(ContractValidator.mistralApi().validateSchema("ChatCompletionResponse",
                first.path("response").path("body").toString())).isEmpty();
    }

    @Test
    void writesTheOutputAndErrorFilesOfAFileJobInInputOrder(MistralEmulator emulator) throws Exception {
        String input = upload(emulator, "{\"custom_id\":\"one\",\"body\":{\"input\":\"red apples\"}}\n"
                + "{\"custom_id\":\"two\",\"body\":{\"input\":\"green pears\",\"output_dtype\":\"float\","
                + "\"unknown_option\":1}}\n"
                + "\n"
                + "{\"custom_id\":\"three\",\"body\":{\"input\":[\"blue plums\"]}}\n");

        JsonNode done = awaitEnd(emulator, create(emulator, Map.of("endpoint", "/v1/embeddings",
                "model", "mistral-embed", "input_files", List.of(input))));
        List<JsonNode> output = lines(get(emulator, "/files/" + done.path("output_file").asText() + "/content"));
        List<JsonNode> errors = lines(get(emulator, "/files/" + done.path("error_file").asText() + "/content"));
        JsonNode online = post(emulator, "/embeddings", json(Map.of("model", "mistral-embed",
                "input", "red apples"))).json();

        assertThat(done.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(done.path("total_requests").asInt()).isEqualTo(3);
        assertThat(done.path("succeeded_requests").asInt()).isEqualTo(2);
        assertThat(done.path("failed_requests").asInt()).isEqualTo(1);
        assertThat(done.path("outputs").isMissingNode()).as("a file job answers no outputs unless asked").isTrue();
        assertThat(output).extracting(line -> line.path("custom_id").asText()).containsExactly("one", "three");
        assertThat(output.get(0).path("id").asText()).isEqualTo("batch-" + done.path("id").asText() + "-0");
        assertThat(output.get(0).path("response").path("body").path("data").get(0).path("embedding"))
                .isEqualTo(online.path("data").get(0).path("embedding"));
        JsonNode failure = errors.get(0);
        assertThat(failure.path("custom_id").asText()).isEqualTo("two");
        assertThat(failure.path("response").path("status_code").asInt()).isEqualTo(422);
        assertThat(failure.path("error").path("message").asText()).isEqualTo(
                "body.unknown_option: Extra inputs are not permitted");
        assertThat(failure.path("error").path("code").asText()).isEqualTo("extra_forbidden");
        assertThat(done.path("errors").get(0).path("message").asText())
                .isEqualTo("body.unknown_option: Extra inputs are not permitted");
        JsonNode outputFile = get(emulator, "/files/" + done.path("output_file").asText()).json();
        assertThat(outputFile.path("purpose").asText()).isEqualTo("batch");
        assertThat(outputFile.path("sample_type").asText()).isEqualTo("batch_result");
        assertThat(outputFile.path("source").asText()).isEqualTo("mistral");
        JsonNode inline = get(emulator, "/batch/jobs/" + done.path("id").asText() + "?inline=true").json();
        assertThat(inline.path("outputs")).extracting(line -> line.path("custom_id").asText())
                .containsExactly("one", "two", "three");
    }

    @Test
    void failsAFileJobWhoseLinesAreNotRequestsNamingEachLine(MistralEmulator emulator) throws Exception {
        String input = upload(emulator, "{\"custom_id\":\"x\",\"body\":{\"input\":\"a\"}}\n"
                + "not json\n"
                + "{\"custom_id\":\"x\",\"body\":{\"input\":\"b\"}}\n"
                + "{\"custom_id\":\"y\"}\n");

        JsonNode done = awaitEnd(emulator, create(emulator, Map.of("endpoint", "/v1/embeddings",
                "model", "mistral-embed", "input_files", List.of(input))));

        assertThat(done.path("status").asText()).isEqualTo("FAILED");
        assertThat(done.path("output_file").isNull()).isTrue();
        assertThat(done.path("errors")).extracting(error -> error.path("message").asText()).containsExactly(
                "Input file " + input + ", line 2: not valid JSON: Unrecognized token 'not': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "Input file " + input + ", line 3: duplicate custom_id 'x'",
                "Input file " + input + ", line 4: \"body\" must be a JSON object holding the request for the endpoint");
    }

    @Test
    void refusesBadJobsBeforeRunningAnything(MistralEmulator emulator) throws IOException {
        Map<String, Object> request = Map.of("custom_id", "same", "body", Map.of("input", "x"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= BatchEndpoints.MAX_INLINE_REQUESTS; i++) {
            tooMany.add(Map.of("body", Map.of("input", "x")));
        }

        Answer overLimit = post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/embeddings",
                "model", "mistral-embed", "requests", tooMany)));
        Answer unknownEndpoint = post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/nothing",
                "model", "mistral-embed", "requests", List.of(request))));
        Answer duplicate = post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/embeddings",
                "model", "mistral-embed", "requests", List.of(request, request))));
        Answer wrongModel = post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/embeddings",
                "model", "mistral-small-latest", "requests", List.of(request))));
        Answer wrongBodyModel = post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/chat/completions",
                "requests", List.of(Map.of("body", Map.of("model", "mistral-embed", "messages", List.of()))))));
        Answer notEmulated = post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/conversations",
                "model", "mistral-small-latest", "requests", List.of(request))));
        Answer missingFile = post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/embeddings",
                "model", "mistral-embed", "input_files", List.of("00000000-0000-0000-0000-000000000000"))));

        assertThat(overLimit.status()).isEqualTo(422);
        assertThat(overLimit.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"requests\"]");
        assertThat(unknownEndpoint.status()).isEqualTo(422);
        assertThat(unknownEndpoint.json().path("detail").get(0).path("loc").toString())
                .isEqualTo("[\"body\",\"endpoint\"]");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("message").asText()).isEqualTo("Duplicate custom_id 'same' in requests 0 and 1");
        assertThat(wrongModel.status()).isEqualTo(400);
        assertThat(wrongModel.json().path("message").asText())
                .isEqualTo("Model mistral-small-latest cannot serve embeddings (/v1/embeddings)");
        assertThat(wrongBodyModel.json().path("message").asText())
                .isEqualTo("requests[0]: Model mistral-embed cannot serve chat completions (/v1/chat/completions)");
        assertThat(notEmulated.status()).isEqualTo(400);
        assertThat(missingFile.status()).isEqualTo(404);
        assertThat(get(emulator, "/batch/jobs").json().path("total").asInt())
                .as("no refused job was created").isEqualTo(jobsBefore(emulator));
    }

    @Test
    void cancelsARunningJobKeepingTheResultsSoFarAndCancelsIdempotently() throws Exception {
        try (MistralEmulator slow = MistralEmulator.builder().batchStartDelay(Duration.ZERO)
                .batchRequestTime(Duration.ofMillis(100)).build().start()) {
            String id = create(slow, Map.of("endpoint", "/v1/moderations", "model", "mistral-moderation-latest",
                    "requests", requests(100)));
            await(slow, id, job -> job.path("completed_requests").asInt() >= 1);

            JsonNode cancelling = post(slow, "/batch/jobs/" + id + "/cancel", "").json();
            JsonNode done = awaitEnd(slow, id);
            Answer again = post(slow, "/batch/jobs/" + id + "/cancel", "");

            assertThat(cancelling.path("status").asText()).isEqualTo("CANCELLATION_REQUESTED");
            assertThat(done.path("status").asText()).isEqualTo("CANCELLED");
            assertThat(done.path("completed_requests").asInt()).isBetween(1, 99);
            assertThat(done.path("outputs")).hasSize(done.path("completed_requests").asInt());
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().path("status").asText()).isEqualTo("CANCELLED");
            assertThat(slow.contractViolations()).isEmpty();
        }
    }

    @Test
    void cancelsAQueuedJobAtOnce() throws Exception {
        try (MistralEmulator queued = MistralEmulator.builder().batchStartDelay(Duration.ofHours(1)).build().start()) {
            String id = create(queued, Map.of("endpoint", "/v1/moderations", "model", "mistral-moderation-latest",
                    "requests", requests(3)));

            JsonNode cancelled = post(queued, "/batch/jobs/" + id + "/cancel", "").json();

            assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
            assertThat(cancelled.path("completed_requests").asInt()).isZero();
            assertThat(cancelled.path("completed_at").isIntegralNumber()).isTrue();
            assertThat(get(queued, "/batch/jobs/" + id).json().path("outputs")).isEmpty();
        }
    }

    @Test
    void stopsAJobThatOutlivesItsTimeoutHours() throws Exception {
        try (MistralEmulator slow = MistralEmulator.builder().batchStartDelay(Duration.ZERO)
                .batchRequestTime(Duration.ofMillis(30)).batchHour(Duration.ofMillis(200)).build().start()) {
            String id = create(slow, Map.of("endpoint", "/v1/moderations", "model", "mistral-moderation-latest",
                    "timeout_hours", 1, "requests", requests(100)));

            JsonNode done = awaitEnd(slow, id);

            assertThat(done.path("status").asText()).isEqualTo("TIMEOUT_EXCEEDED");
            assertThat(done.path("completed_requests").asInt()).isBetween(1, 99);
            assertThat(done.path("total_requests").asInt()).isEqualTo(100);
            assertThat(done.path("output_file").isTextual()).isTrue();
        }
    }

    @Test
    void listsJobsByEveryFilterOfTheSpecNewestFirst() throws Exception {
        try (MistralEmulator own = MistralEmulator.builder().batchStartDelay(Duration.ZERO).build().start()) {
            String before = Instant.now().minusSeconds(5).toString();
            String first = create(own, Map.of("endpoint", "/v1/moderations", "model", "mistral-moderation-latest",
                    "metadata", Map.of("team", "search", "run", "1"), "requests", requests(1)));
            String second = create(own, Map.of("endpoint", "/v1/embeddings", "model", "mistral-embed",
                    "metadata", Map.of("team", "ads"), "requests", List.of(Map.of("body", Map.of("input", "x")))));
            awaitEnd(own, first);
            awaitEnd(own, second);
            String failed = create(own, Map.of("endpoint", "/v1/embeddings", "model", "mistral-embed",
                    "input_files", List.of(upload(own, "not json\n"))));
            awaitEnd(own, failed);

            assertThat(ids(own, "")).containsExactly(failed, second, first);
            assertThat(ids(own, "?order_by=created")).containsExactly(first, second, failed);
            assertThat(ids(own, "?model=mistral-embed")).containsExactly(failed, second);
            assertThat(ids(own, "?status=CANCELLED&status=FAILED")).containsExactly(failed);
            assertThat(ids(own, "?metadata=%7B%22team%22%3A%22search%22%7D")).containsExactly(first);
            assertThat(ids(own, "?created_after=" + before + "&created_by_me=true")).hasSize(3);
            assertThat(ids(own, "?created_after=2999-01-01T00:00:00Z")).isEmpty();
            assertThat(ids(own, "?agent_id=ag-1")).isEmpty();
            JsonNode page = get(own, "/batch/jobs?page=1&page_size=2").json();
            assertThat(page.path("total").asInt()).isEqualTo(3);
            assertThat(page.path("data")).extracting(job -> job.path("id").asText()).containsExactly(first);
            assertThat(get(own, "/batch/jobs?status=DONE").status()).isEqualTo(422);
            assertThat(own.contractViolations()).isEmpty();
        }
    }

    @Test
    void injectsFaultsIntoTheBatchRoutesLikeAnyOther(MistralEmulator emulator) throws IOException {
        emulator.faults().next("/v1/batch/jobs", Fault.status(503));

        assertThat(get(emulator, "/batch/jobs").status()).isEqualTo(503);
        assertThat(get(emulator, "/batch/jobs").status()).isEqualTo(200);
        assertThat(get(emulator, "/batch/jobs/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    private static int jobsBefore(MistralEmulator emulator) throws IOException {
        return get(emulator, "/batch/jobs").json().path("total").asInt();
    }

    private static List<Map<String, Object>> requests(int count) {
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(Map.of("custom_id", "r" + i, "body", Map.of("input", "text number " + i)));
        }
        return requests;
    }

    private static List<String> ids(MistralEmulator emulator, String query) throws IOException {
        List<String> ids = new ArrayList<>();
        get(emulator, "/batch/jobs" + query).json().path("data").forEach(job -> ids.add(job.path("id").asText()));
        return ids;
    }

    static String create(MistralEmulator emulator, Map<String, Object> job) throws IOException {
        Answer created = post(emulator, "/batch/jobs", json(job));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().path("id").asText();
    }

    static JsonNode awaitEnd(MistralEmulator emulator, String id) throws Exception {
        return await(emulator, id, job -> TERMINAL.contains(job.path("status").asText()));
    }

    /** Polls the job as a client does, until {@code condition} holds; fails after ten seconds. */
    static JsonNode await(MistralEmulator emulator, String id, Predicate<JsonNode> condition) throws Exception {
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

    static String upload(MistralEmulator emulator, String content) throws IOException {
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

    private static List<JsonNode> lines(Answer content) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : content.body().split("\n")) {
            lines.add(HttpCalls.JSON.readTree(line));
        }
        return lines;
    }
}
