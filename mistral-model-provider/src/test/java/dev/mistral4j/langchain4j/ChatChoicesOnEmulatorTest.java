package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every one of {@code n} choices end to end, the request and the answers checked against the spec by the emulator. */
class ChatChoicesOnEmulatorTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static List<String> texts(ChatResponse response) {
        return ((MistralChatResponseMetadata) response.metadata()).choices().stream()
                .map(choice -> choice.aiMessage().text()).toList();
    }

    @Test
    void plainAndStreamedAnswersKeepTheSameThreeChoices() throws Exception {
        ChatResponse plain = MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest")
                .n(3).build().chat(dev.langchain4j.data.message.UserMessage.from("name a colour"));
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest").n(3).build()
                .chat("name a colour", new StreamingChatResponseHandler() {
                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        ChatResponse streamed = done.get(30, TimeUnit.SECONDS);

        assertThat(texts(plain)).hasSize(3).doesNotHaveDuplicates().first().isEqualTo(plain.aiMessage().text());
        assertThat(texts(streamed)).isEqualTo(texts(plain));
        assertThat(streamed.aiMessage().text()).isEqualTo(plain.aiMessage().text());
        assertThat(EMULATOR.emulator().contractViolations()).isEmpty();
    }
}
