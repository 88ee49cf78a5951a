package dev.mistral4j.langchain4j;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.common.AbstractStreamingChatModelListenerIT;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LangChain4j's own listener suite for streaming chat models, run against the emulator. */
class MistralStreamingChatModelListenerTest extends AbstractStreamingChatModelListenerIT {

    static final String KEY = "streaming-key-0123456789";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    @Override
    protected StreamingChatModel createModel(ChatModelListener listener) {
        return MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl()).apiKey(KEY).modelName(modelName())
                .temperature(temperature()).topP(topP()).maxTokens(maxTokens()).listeners(List.of(listener))
                .build();
    }

    @Override
    protected String modelName() {
        return "mistral-small-latest";
    }

    @Override
    protected StreamingChatModel createFailingModel(ChatModelListener listener) {
        return MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl()).apiKey("wrong-key-0123456789")
                .modelName(modelName()).maxRetries(0).listeners(List.of(listener)).build();
    }

    @Override
    protected Class<? extends Exception> expectedExceptionClass() {
        return AuthenticationException.class;
    }
}
