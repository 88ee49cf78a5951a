package dev.mistral4j.samples;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralChatModelName;
import dev.mistral4j.langchain4j.MistralStreamingChatModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Streams an answer token by token, then asks a plain question. */
final class ChatSample {

    private ChatSample() {
    }

    static void run() throws Exception {
        try (SampleEnvironment environment = SampleEnvironment.start()) {
            chat(environment.client());
        }
    }

    /** The sample's calls on {@code client}, whatever it is connected to (the API, the emulator, a proxy). */
    static void chat(MistralClient client) throws Exception {
        MistralStreamingChatModel streaming = MistralStreamingChatModel.builder()
                .client(client)
                .modelName(MistralChatModelName.MISTRAL_SMALL_LATEST)
                .build();
        System.out.println("> Streaming: Name three rivers of France.");
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        streaming.chat("Name three rivers of France.", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String token) {
                System.out.print(token);
                System.out.flush();
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse streamed = done.get(2, TimeUnit.MINUTES);
        System.out.println();
        System.out.println("  (" + streamed.finishReason() + ", " + streamed.tokenUsage().totalTokenCount()
                + " tokens)");

        MistralChatModel plain = MistralChatModel.builder()
                .client(client)
                .modelName(MistralChatModelName.MISTRAL_SMALL_LATEST)
                .build();
        System.out.println("> Plain: What is the capital of Italy?");
        System.out.println(plain.chat("What is the capital of Italy?"));
    }
}
