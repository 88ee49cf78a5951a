package dev.mistral4j.emulator.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.HttpCalls;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FineTuningEndpointsTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .jobStep(Duration.ofMillis(20)));

    private static final String DATASET = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},"
            + "{\"role\":\"assistant\",\"content\":\"Hello\"}]}\n";

    private static String upload(MistralEmulator emulator, String content) throws IOException {
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("purpose", "fine-tune")
                .addFormDataPart("file", "train.jsonl", RequestBody.create(content.getBytes(StandardCharsets.UTF_8),
                        MediaType.get("application/octet-stream")))
                .build();
        HttpCalls.Answer answer = HttpCalls.call(emulator, new Request.Builder()
                .url(HttpCalls.url(emulator, "/files")).post(body).build());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("id").asText();
    }

    @Test
    void storesAnUploadAndServesItBackByteForByte(MistralEmulator emulator) throws IOException {
        String id = upload(emulator, DATASET);

        HttpCalls.Answer content = HttpCalls.get(emulator, "/files/" + id + "/content");
        JsonNode listed = HttpCalls.get(emulator, "/files?purpose=fine-tune").json();

        assertThat(content.body()).isEqualTo(DATASET);
        assertThat(content.contentType()).startsWith("application/octet-stream");
        assertThat(listed.path("data").get(0).path("num_lines").asInt()).isEqualTo(1);
        assertThat(emulator.recordedRequests().get(0).body()).as("uploads are not recorded in memory").isEmpty();
    }

    @Test
    void aJobSucceedsAndItsModelIsListedAndAnswersChat(MistralEmulator emulator) throws Exception {
        String file = upload(emulator, DATASET);
        String job = HttpCalls.post(emulator, "/fine_tuning/jobs", "{\"model\":\"mistral-small-latest\","
                + "\"training_files\":[{\"file_id\":\"" + file + "\"}],\"hyperparameters\":{}}").json()
                .path("id").asText();

        JsonNode detailed = HttpCalls.get(emulator, "/fine_tuning/jobs/" + job).json();
        for (int polls = 0; polls < 200 && !detailed.path("status").asText().equals("SUCCESS"); polls++) {
            Thread.sleep(20);
            detailed = HttpCalls.get(emulator, "/fine_tuning/jobs/" + job).json();
        }
        String model = detailed.path("fine_tuned_model").asText();

        assertThat(detailed.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(model).isEqualTo("ft:mistral-small-2506:" + job.substring(0, 8));
        assertThat(HttpCalls.get(emulator, "/models/" + model).json().path("job").asText()).isEqualTo(job);
        assertThat(HttpCalls.post(emulator, "/chat/completions", "{\"model\":\"" + model
                + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}").status()).isEqualTo(200);
    }

    @Test
    void theJobRoutesAnswerGoneWhenRetired() throws IOException {
        try (MistralEmulator gone = MistralEmulator.builder().jobRoutesGone(true).build().start()) {
            assertThat(HttpCalls.get(gone, "/fine_tuning/jobs").status()).isEqualTo(410);
            assertThat(HttpCalls.get(gone, "/files").status()).isEqualTo(200);
        }
    }
}
