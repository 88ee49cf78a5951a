package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatResponseMetadata;
import dev.langchain4j.model.mistralai.MistralAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import dev.mistral4j.client.chat.ReferenceChunk;
import dev.mistral4j.client.chat.ToolReferenceChunk;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the chat metadata keeps of an answer, on exact wire answers: every choice of {@code n}, reference chunks, and
 * the raw response as {@code langchain4j-mistral-ai}'s metadata gives it (checked against the peer itself).
 */
class ChatResponseMetadataTest {

    private static final String TWO_CHOICES = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"model\":\"m\","
            + "\"created\":1,\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3},\"choices\":["
            + "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Paris\"},"
            + "{\"type\":\"reference\",\"reference_ids\":[1,2]}]},\"finish_reason\":\"stop\"},"
            + "{\"index\":1,\"message\":{\"role\":\"assistant\",\"content\":\"Lyon\"},\"finish_reason\":\"length\"}]}";

    private static final String TWO_CHOICE_STREAM = event("{\"index\":0,\"delta\":{\"content\":\"Par\"},"
            + "\"finish_reason\":null},{\"index\":1,\"delta\":{\"content\":\"Ly\"},\"finish_reason\":null}")
            + event("{\"index\":1,\"delta\":{\"content\":\"on\"},\"finish_reason\":\"length\"}")
            + event("{\"index\":0,\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"is\"},"
            + "{\"type\":\"thinking\",\"thinking\":[{\"type\":\"tool_reference\",\"tool\":\"web_search\","
            + "\"title\":\"Paris\",\"url\":\"https://example.org/paris\"}]},"
            + "{\"type\":\"reference\",\"reference_ids\":[7]}]},\"finish_reason\":\"stop\"}")
            + "data: [DONE]\n\n";

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String event(String choices) {
        return "data: {\"id\":\"cmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"created\":1,"
                + "\"choices\":[" + choices + "]}\n\n";
    }

    private void serveJson(String body) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .addHeader("mistral-correlation-id", "req-1").body(body).build());
    }

    private void serveStream(String body) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .addHeader("mistral-correlation-id", "req-1").body(body).build());
    }

    private String baseUrl() {
        return server.url("/v1").toString();
    }

    private ChatResponse plain(boolean returnRawResponse) {
        return MistralChatModel.builder().baseUrl(baseUrl()).modelName("m").maxRetries(0)
                .returnRawResponse(returnRawResponse).build().chat(request());
    }

    private ChatResponse streamed(boolean returnRawResponse) throws Exception {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        MistralStreamingChatModel.builder().baseUrl(baseUrl()).modelName("m").maxRetries(0)
                .returnRawResponse(returnRawResponse).build().chat(request(), handler(done));
        return done.get(10, TimeUnit.SECONDS);
    }

    private static ChatRequest request() {
        return ChatRequest.builder().messages(UserMessage.from("hi")).build();
    }

    private static StreamingChatResponseHandler handler(CompletableFuture<ChatResponse> done) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        };
    }

    private static MistralChatResponseMetadata metadata(ChatResponse response) {
        return (MistralChatResponseMetadata) response.metadata();
    }

    @Test
    void aPlainAnswerKeepsEveryChoiceAndTheReferencesOfEach() {
        serveJson(TWO_CHOICES);

        ChatResponse response = plain(false);

        assertThat(response.aiMessage().text()).isEqualTo("Paris");
        List<MistralChatChoice> choices = metadata(response).choices();
        assertThat(choices).extracting(MistralChatChoice::index).containsExactly(0, 1);
        assertThat(choices.get(0).aiMessage()).isEqualTo(response.aiMessage());
        assertThat(choices.get(1).aiMessage().text()).isEqualTo("Lyon");
        assertThat(choices).extracting(MistralChatChoice::finishReason)
                .containsExactly(FinishReason.STOP, FinishReason.LENGTH);
        assertThat(choices.get(1).rawFinishReason()).isEqualTo("length");
        assertThat(metadata(response).references()).containsExactly(new ReferenceChunk(List.of(1L, 2L)));
        assertThat(choices.get(1).references()).isEmpty();
    }

    @Test
    void aStreamKeepsEveryChoiceAndTheReferencesOfEach() throws Exception {
        serveStream(TWO_CHOICE_STREAM);

        ChatResponse response = streamed(false);

        assertThat(response.aiMessage().text()).isEqualTo("Paris");
        List<MistralChatChoice> choices = metadata(response).choices();
        assertThat(choices).extracting(choice -> choice.aiMessage().text()).containsExactly("Paris", "Lyon");
        assertThat(choices).extracting(MistralChatChoice::finishReason)
                .containsExactly(FinishReason.STOP, FinishReason.LENGTH);
        assertThat(metadata(response).references()).containsExactly(
                new ToolReferenceChunk("web_search", "Paris", "https://example.org/paris", null, null),
                new ReferenceChunk(List.of(7L)));
    }

    @Test
    void byDefaultTheRawResponseHasStatusAndHeadersButNoBodyAndNoEvents() throws Exception {
        serveJson(TWO_CHOICES);
        serveStream(TWO_CHOICE_STREAM);

        for (ChatResponse response : List.of(plain(false), streamed(false))) {
            SuccessfulHttpResponse raw = metadata(response).rawHttpResponse();
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(raw.headers().get("mistral-correlation-id")).containsExactly("req-1");
            assertThat(raw.body()).isNull();
            assertThat(metadata(response).rawServerSentEvents()).isEmpty();
        }
    }

    @Test
    void withReturnRawResponseAPlainCallKeepsTheBodyAsSentAndNoEvents() {
        serveJson(TWO_CHOICES);

        MistralChatResponseMetadata metadata = metadata(plain(true));

        assertThat(metadata.rawHttpResponse().body()).isEqualTo(TWO_CHOICES);
        assertThat(metadata.rawServerSentEvents()).isEmpty();
    }

    @Test
    void withReturnRawResponseAStreamKeepsEveryEventAsSentDoneIncluded() throws Exception {
        serveStream(TWO_CHOICE_STREAM);

        MistralChatResponseMetadata metadata = metadata(streamed(true));

        assertThat(metadata.rawServerSentEvents()).extracting(ServerSentEvent::data).hasSize(4).last()
                .isEqualTo("[DONE]");
        assertThat(metadata.rawServerSentEvents().get(0).data()).startsWith("{\"id\":\"cmpl-1\"");
        assertThat(metadata.rawHttpResponse().statusCode()).isEqualTo(200);
        assertThat(metadata.rawHttpResponse().body()).isNull();
    }

    @Test
    void answersTheRawResponseAsTheDropInPeerDoes() throws Exception {
        String body = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"model\":\"m\",\"created\":1,\"usage\":"
                + "{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2},\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}";
        String stream = event("{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}")
                + "data: [DONE]\n\n";
        serveJson(body);
        serveJson(body);
        serveStream(stream);
        serveStream(stream);

        MistralChatResponseMetadata ours = metadata(plain(true));
        MistralAiChatResponseMetadata peer = (MistralAiChatResponseMetadata) MistralAiChatModel.builder()
                .baseUrl(baseUrl()).apiKey("key").modelName("m").maxRetries(0).build().chat(request()).metadata();
        assertThat(ours.rawHttpResponse().statusCode()).isEqualTo(peer.rawHttpResponse().statusCode());
        assertThat(ours.rawHttpResponse().body()).isEqualTo(peer.rawHttpResponse().body());
        assertThat(ours.rawHttpResponse().headers().get("mistral-correlation-id"))
                .isEqualTo(peer.rawHttpResponse().headers().get("mistral-correlation-id"));
        assertThat(ours.rawServerSentEvents()).isEqualTo(peer.rawServerSentEvents()).isEmpty();

        MistralChatResponseMetadata oursStreamed = metadata(streamed(true));
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        MistralAiStreamingChatModel.builder().baseUrl(baseUrl()).apiKey("key").modelName("m").build()
                .chat(request(), handler(done));
        MistralAiChatResponseMetadata peerStreamed = (MistralAiChatResponseMetadata) done.get(10, TimeUnit.SECONDS)
                .metadata();
        assertThat(oursStreamed.rawServerSentEvents()).isEqualTo(peerStreamed.rawServerSentEvents());
        assertThat(oursStreamed.rawHttpResponse().statusCode()).isEqualTo(peerStreamed.rawHttpResponse().statusCode());
    }
}
