package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.model.batch.BatchItemResult;
import dev.langchain4j.model.batch.BatchPagination;
import dev.langchain4j.model.batch.BatchRequest;
import dev.langchain4j.model.batch.BatchResponse;
import dev.langchain4j.model.batch.BatchState;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The batch chat model against the emulator, which runs each request through its own chat endpoint. */
class MistralBatchChatModelTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .batchStartDelay(Duration.ofMillis(5)));

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private MistralClient client;

    @BeforeEach
    void connect() {
        client = MistralClient.builder().apiKey("key").baseUrl(EMULATOR.baseUrl()).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private MistralBatchChatModel.Builder model() {
        return MistralBatchChatModel.builder().client(client).modelName(MistralChatModelName.MISTRAL_SMALL_LATEST)
                .batchOptions(MistralBatchOptions.defaults().withTempDirectory(temp)
                        .withPollIntervals(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    private static ChatRequest ask(String text) {
        return ChatRequest.builder().messages(UserMessage.from(text)).build();
    }

    private static ChatRequest weatherTool() {
        return ChatRequest.builder().messages(UserMessage.from("What is the weather in Paris?"))
                .toolSpecifications(ToolSpecification.builder().name("weather").description("the weather of a city")
                        .parameters(JsonObjectSchema.builder().addStringProperty("city").required("city").build())
                        .build())
                .build();
    }

    private BatchResponse<ChatResponse> awaitDone(MistralBatchChatModel model, String id) {
        return model.await(id, job -> { }, Duration.ofSeconds(30));
    }

    @Test
    void answersInInputOrderWhatTheOnlineModelAnswersWithTheSameRequestBodies() throws Exception {
        MistralBatchChatModel batch = model().temperature(0.2).build();
        List<ChatRequest> requests = List.of(ask("Name a French cheese"), weatherTool(), ask("Say hello"));

        BatchResponse<ChatResponse> submitted = batch.submit(new BatchRequest<>(requests));
        assertThat(submitted.state()).isEqualTo(BatchState.PENDING);
        assertThat(submitted.results()).isEmpty();
        BatchResponse<ChatResponse> done = awaitDone(batch, submitted.batchId());

        JsonNode created = createBody(submitted.batchId());
        MistralChatModel online = MistralChatModel.builder().client(client)
                .modelName(MistralChatModelName.MISTRAL_SMALL_LATEST).temperature(0.2).build();
        EMULATOR.emulator().clearRecorded();
        List<ChatResponse> onlineAnswers = requests.stream().map(online::chat).toList();
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(done.results()).allMatch(BatchItemResult::isSuccess);
        assertThat(done.responses()).extracting(response -> response.aiMessage().text())
                .containsExactlyElementsOf(onlineAnswers.stream().map(answer -> answer.aiMessage().text()).toList());
        assertThat(done.responses().get(1).aiMessage().toolExecutionRequests()).extracting("name")
                .containsExactly("weather");

        List<RecordedRequest> onlineBodies = EMULATOR.emulator().recordedRequests();
        for (int i = 0; i < requests.size(); i++) {
            assertThat(created.path("requests").get(i).path("custom_id").asText()).isEqualTo("000000000" + i);
            assertThat(created.path("requests").get(i).path("body")).isEqualTo(JSON.readTree(onlineBodies.get(i)
                    .body()));
        }
        assertThat(created.path("endpoint").asText()).isEqualTo("/v1/chat/completions");
        assertThat(created.path("model").asText()).isEqualTo("mistral-small-latest");
        assertThat(created.path("metadata").path("mistral4j_inputs").asText()).isEqualTo("3");
    }

    private JsonNode createBody(String batchId) throws Exception {
        for (RecordedRequest request : EMULATOR.emulator().recordedRequests()) {
            if (request.method().equals("POST") && request.path().equals("/v1/batch/jobs")) {
                return JSON.readTree(request.body());
            }
        }
        throw new AssertionError("no batch created for " + batchId);
    }

    @Test
    void sendsManyRequestsAsAStreamedInputFileAndStreamsTheResultsBack() {
        MistralBatchChatModel batch = model().batchOptions(MistralBatchOptions.defaults().withMaxInlineRequests(2)
                .withTempDirectory(temp).withPollIntervals(Duration.ofMillis(5), Duration.ofMillis(20))).build();
        List<ChatRequest> requests = List.of(ask("one"), ask("two"), ask("three"));

        String id = batch.submit(new BatchRequest<>(requests)).batchId();
        List<BatchJob> progress = new ArrayList<>();
        batch.await(id, progress::add, Duration.ofSeconds(30));
        List<BatchItemResult<ChatResponse>> streamed = new ArrayList<>();
        BatchResponse<ChatResponse> state = batch.retrieve(id, streamed::add);

        assertThat(EMULATOR.emulator().recordedRequests()).anyMatch(request -> request.path().equals("/v1/files"));
        assertThat(state.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(state.results()).isEmpty();
        assertThat(streamed).hasSize(3).allMatch(BatchItemResult::isSuccess);
        assertThat(progress).last().satisfies(job -> assertThat(job.completedRequests()).isEqualTo(3));
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void givesEachFailedRequestTheServersStatusAndMessageInItsPlace() {
        MistralBatchChatModel batch = model().build();
        ChatRequest weather = weatherTool();
        ChatRequest rejected = ChatRequest.builder().messages(weather.messages())
                .parameters(MistralChatRequestParameters.builder().toolSpecifications(weather.toolSpecifications())
                        .toolChoiceName("forecast").build()).build();

        String id = batch.submit(new BatchRequest<>(List.of(ask("fine"), rejected, ask("also fine")))).batchId();
        BatchResponse<ChatResponse> done = awaitDone(batch, id);

        assertThat(done.results()).extracting(BatchItemResult::isSuccess).containsExactly(true, false, true);
        assertThat(done.results().get(1).error().code()).isEqualTo(400);
        assertThat(done.results().get(1).error().message())
                .contains("tool_choice names function 'forecast', which is not among the tools offered");
        assertThat(done.results().get(1).error().details().get(0)).containsEntry("custom_id", "0000000001");
    }

    @Test
    void refusesBadInputBeforeSendingAnything() {
        MistralBatchChatModel batch = model().build();
        int before = EMULATOR.emulator().requestCount();

        assertThatThrownBy(() -> batch.submit(new BatchRequest<>(List.of(ChatRequest.builder()
                .messages(UserMessage.from("x")).modelName("mistral-embed").build()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mistral-embed cannot serve /v1/chat/completions");
        assertThatThrownBy(() -> batch.submit(new BatchRequest<>(List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one request");
        assertThatThrownBy(() -> model().listeners(List.of(new dev.langchain4j.model.chat.listener
                .ChatModelListener() { })).build()).hasMessageContaining("listeners are not supported");
        assertThat(EMULATOR.emulator().requestCount()).isEqualTo(before);
    }

    @Test
    void leavesAModelUnknownToTheClientForTheServerToRefuse() {
        MistralBatchChatModel batch = model().modelName("no-such-model").build();

        assertThatThrownBy(() -> batch.submit(new BatchRequest<>(List.of(ask("x")))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("no-such-model");
    }

    @Test
    void reportsARunningJobsStateWithoutResultsAndCancelsItIdempotently() {
        try (MistralEmulator slow = MistralEmulator.builder().batchStartDelay(Duration.ofMinutes(5)).build().start();
             MistralClient slowClient = MistralClient.builder().apiKey("k").baseUrl(slow.baseUrl()).build()) {
            MistralBatchChatModel batch = MistralBatchChatModel.builder().client(slowClient)
                    .modelName("mistral-small-latest").build();
            String id = batch.submit(new BatchRequest<>(List.of(ask("x")))).batchId();

            assertThat(batch.retrieve(id).state()).isEqualTo(BatchState.PENDING);
            batch.cancel(id);
            batch.cancel(id);
            BatchResponse<ChatResponse> cancelled = batch.retrieve(id);
            assertThat(cancelled.state()).isEqualTo(BatchState.CANCELLED);
            assertThat(cancelled.results()).singleElement().satisfies(result -> assertThat(result.error().message())
                    .contains("ended CANCELLED without a result for input 0"));
            assertThat(batch.list(new BatchPagination(10, null)).batches()).extracting(BatchResponse::batchId)
                    .containsExactly(id);
        }
    }
}
