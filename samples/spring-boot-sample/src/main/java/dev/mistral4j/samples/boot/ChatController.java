package dev.mistral4j.samples.boot;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Chat over HTTP: one answer as JSON, or the answer's tokens as server-sent events. */
@RestController
class ChatController {

    private final ChatModel chatModel;
    private final StreamingChatModel streamingChatModel;
    private final Librarian librarian;

    ChatController(ChatModel chatModel, StreamingChatModel streamingChatModel, Librarian librarian) {
        this.chatModel = chatModel;
        this.streamingChatModel = streamingChatModel;
        this.librarian = librarian;
    }

    @GetMapping("/chat")
    Map<String, String> chat(@RequestParam String message) {
        return Map.of("answer", chatModel.chat(message));
    }

    /** One {@code token} event per partial answer, then a {@code done} event. */
    @GetMapping("/chat/stream")
    SseEmitter stream(@RequestParam String message) {
        SseEmitter emitter = new SseEmitter(120_000L);
        streamingChatModel.chat(message, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
                try {
                    emitter.send(SseEmitter.event().name("token").data(partialResponse));
                } catch (IOException e) {
                    // the client went away: nothing left to send to
                    emitter.completeWithError(e);
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                try {
                    emitter.send(SseEmitter.event().name("done")
                            .data(String.valueOf(response.metadata().finishReason())));
                    emitter.complete();
                } catch (IOException e) {
                    emitter.completeWithError(e);
                }
            }

            @Override
            public void onError(Throwable error) {
                emitter.completeWithError(error);
            }
        });
        return emitter;
    }

    @GetMapping("/ask")
    Map<String, String> ask(@RequestParam String question) {
        return Map.of("answer", librarian.answer(question));
    }
}
