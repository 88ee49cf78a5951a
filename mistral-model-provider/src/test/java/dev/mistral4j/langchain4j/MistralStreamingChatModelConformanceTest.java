package dev.mistral4j.langchain4j;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.common.AbstractStreamingChatModelIT;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * LangChain4j's common streaming chat model suite against the emulator. Tests that need a real model's intelligence
 * are disabled one by one, with the reason; everything about parameters, tool plumbing and metadata runs.
 */
class MistralStreamingChatModelConformanceTest extends AbstractStreamingChatModelIT {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static MistralStreamingChatModel.Builder model() {
        return MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl());
    }

    @RegisterExtension
    static final SuiteExclusions EXCLUSIONS = SuiteExclusions.needingARealModel()
            .exclude(SuiteExclusions.KNOWLEDGE + "; the contract is checked in MistralStreamingChatModelTest",
                    "should_propagate_user_exceptions_thrown_from_onPartialResponse",
                    "should_propagate_user_exceptions_thrown_from_onCompleteResponse",
                    "should_ignore_user_exceptions_thrown_from_onError")
            .exclude("passes, but waits out its 30 s timeout by design; cancellation is checked in "
                    + "MistralStreamingChatModelTest", "should_cancel_streaming");

    @Override
    protected List<StreamingChatModel> models() {
        return List.of(model().modelName("mistral-small-latest").build());
    }

    @Override
    public StreamingChatModel createModelWith(ChatModelListener listener) {
        return model().modelName("mistral-small-latest").listeners(List.of(listener)).build();
    }

    @Override
    protected StreamingChatModel createModelWith(ChatRequestParameters parameters) {
        MistralStreamingChatModel.Builder builder = model().defaultRequestParameters(parameters);
        return parameters.modelName() == null ? builder.modelName("mistral-small-latest").build() : builder.build();
    }

    @Override
    protected String customModelName() {
        return "mistral-large-latest";
    }

    // the emulator, like the API, sends each tool call whole in one chunk: one partial call, then the complete one
    @Override
    protected void verifyToolCallbacks(StreamingChatResponseHandler handler, InOrder io, String id) {
        verifyToolCall(handler, io, 0, id, "getWeather", "{\"city\":\"Munich\"}");
    }

    @Override
    protected void verifyToolCallbacks(StreamingChatResponseHandler handler, InOrder io, String id1, String id2) {
        verifyToolCallbacks(handler, io, id1);
        verifyToolCall(handler, io, 1, id2, "getTime", "{\"country\":\"France\"}");
    }

    private static void verifyToolCall(StreamingChatResponseHandler handler, InOrder io, int index, String id,
                                       String name, String arguments) {
        io.verify(handler).onPartialToolCall(eq(partial(index, id, name, arguments)), any());
        io.verify(handler).onCompleteToolCall(complete(index, id, name, arguments));
    }

    @Override
    protected ChatRequestParameters createIntegrationSpecificParameters(int maxOutputTokens) {
        return MistralChatRequestParameters.builder().maxOutputTokens(maxOutputTokens).build();
    }
}
