package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listener attributes given with a call reach onRequest and onResponse, with the Mistral provider, in both models. */
class ChatListenerAttributesTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static final ChatRequest REQUEST = ChatRequest.builder().messages(UserMessage.from("hi")).build();
    private static final ChatRequestOptions OPTIONS = ChatRequestOptions.builder()
            .addListenerAttribute("tenant", "acme").build();

    /** Records what each callback saw. */
    static final class Seen implements ChatModelListener {

        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onRequest(ChatModelRequestContext context) {
            events.add("request " + context.modelProvider() + " " + context.attributes().get("tenant"));
            context.attributes().put("startedBy", "onRequest");
        }

        @Override
        public void onResponse(ChatModelResponseContext context) {
            events.add("response " + context.attributes().get("tenant") + " " + context.attributes().get("startedBy")
                    + " " + context.chatResponse().metadata().getClass().getSimpleName());
        }
    }

    @Test
    void passesAttributesThroughThePlainModel() {
        Seen seen = new Seen();
        MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest")
                .listeners(List.of(seen)).build().chat(REQUEST, OPTIONS);

        assertThat(seen.events).containsExactly("request " + ModelProvider.MISTRAL_AI + " acme",
                "response acme onRequest MistralChatResponseMetadata");
    }

    @Test
    void passesAttributesThroughTheStreamingModel() throws Exception {
        Seen seen = new Seen();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest")
                .listeners(List.of(seen)).build()
                .chat(REQUEST, OPTIONS, new dev.langchain4j.model.chat.response.StreamingChatResponseHandler() {
                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });

        done.get(10, TimeUnit.SECONDS);
        assertThat(seen.events).containsExactly("request " + ModelProvider.MISTRAL_AI + " acme",
                "response acme onRequest MistralChatResponseMetadata");
    }
}
