package dev.mistral4j.reliability;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.client.chat.UserMessage;

/** The chat call the fault suites repeat: a one-message conversation carrying the call's marker. */
final class ChatCalls {

    static final String MODEL = "mistral-small-latest";

    private ChatCalls() {
    }

    static ChatCompletionRequest saying(String text) {
        return ChatCompletionRequest.builder().model(MODEL).messages(UserMessage.of(text)).build();
    }

    /** A {@link MarkedCall} on the client core: sends the marker, returns the first choice's text. */
    static MarkedCall completion(MistralClient client) {
        return marker -> client.chat().complete(saying("Please repeat " + marker)).choices().get(0).message()
                .content().asText();
    }
}
