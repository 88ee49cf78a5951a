package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionChunkChoice;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.DeltaMessage;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.chat.TextChunk;
import dev.mistral4j.client.chat.ThinkChunk;
import dev.mistral4j.client.chat.ToolCall;
import dev.mistral4j.client.common.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the chunks of one chat stream into LangChain4j's streaming callbacks and, at the end, one
 * {@link ChatResponse} equal in shape to a plain call's. It is also the {@link StreamingHandle} handed to the
 * callbacks: cancelling closes the connection and silences every later callback.
 *
 * <p>Guarantees to the handler: callbacks in stream order on one thread; then exactly one of
 * {@code onCompleteResponse} or {@code onError} for the stream's outcome, except after a cancel, which ends
 * everything. An exception thrown by the handler's own partial callback is passed to {@code onError} and the stream
 * goes on, as LangChain4j's conformance suite requires of every streaming model.
 */
public final class StreamingChatAssembler implements StreamListener<ChatCompletionChunk>, StreamingHandle {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingChatAssembler.class);

    private final StreamingChatResponseHandler handler;
    private final ToolCallIds ids;
    private final boolean returnThinking;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile StreamingHandle connection;

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder thinking = new StringBuilder();
    private final TreeMap<Integer, CallInProgress> calls = new TreeMap<>();
    private Integer openCall;
    private ApiResponse<Void> opened;
    private String id;
    private String model;
    private Long created;
    private Usage usage;
    private String finishReason;

    public StreamingChatAssembler(StreamingChatResponseHandler handler, ToolCallIds ids, boolean returnThinking) {
        this.handler = handler;
        this.ids = ids;
        this.returnThinking = returnThinking;
    }

    /** Binds the transport's handle, which may arrive after the first chunk; a cancel before then still applies. */
    public void attach(StreamingHandle transportHandle) {
        this.connection = transportHandle;
        if (cancelled) {
            transportHandle.cancel();
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
        finished.set(true);
        StreamingHandle current = connection;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onOpen(ApiResponse<Void> response) {
        this.opened = response;
    }

    @Override
    public void onEvent(ChatCompletionChunk chunk) {
        if (finished.get()) {
            return;
        }
        id = chunk.id() != null ? chunk.id() : id;
        model = chunk.model() != null ? chunk.model() : model;
        created = chunk.created() != null ? chunk.created() : created;
        usage = chunk.usage() != null ? chunk.usage() : usage;
        for (ChatCompletionChunkChoice choice : chunk.choices()) {
            // one AiMessage per response: further choices (n > 1) are not streamed
            if (choice.index() == null || choice.index() == 0) {
                accept(choice);
            }
        }
    }

    private void accept(ChatCompletionChunkChoice choice) {
        DeltaMessage delta = choice.delta();
        if (delta != null && delta.content() instanceof MessageContent.Text plain) {
            // the common case of a plain text delta, without wrapping it in a chunk list first
            acceptText(plain.text());
        } else if (delta != null && delta.content() != null) {
            for (ContentChunk chunk : delta.content().asChunks()) {
                if (chunk instanceof TextChunk part) {
                    acceptText(part.text());
                } else if (chunk instanceof ThinkChunk part && returnThinking && !part.text().isEmpty()) {
                    thinking.append(part.text());
                    deliver(() -> handler.onPartialThinking(new PartialThinking(part.text()),
                            new PartialThinkingContext(this)));
                }
            }
        }
        if (delta != null && delta.toolCalls() != null) {
            delta.toolCalls().forEach(this::acceptToolCall);
        }
        if (choice.finishReason() != null) {
            finishReason = choice.finishReason();
        }
    }

    private void acceptText(String part) {
        if (part.isEmpty()) {
            return;
        }
        text.append(part);
        // inlined deliver(): this runs once per streamed token, so it spares the lambda
        if (finished.get()) {
            return;
        }
        try {
            handler.onPartialResponse(new PartialResponse(part), new PartialResponseContext(this));
        } catch (RuntimeException e) {
            notifyError(e);
        }
    }

    private void acceptToolCall(ToolCall delta) {
        int index = delta.index() != null ? delta.index()
                : delta.id() != null || openCall == null ? calls.size() : openCall;
        if (index < 0) {
            throw new LangChain4jException("Mistral streamed a tool call with index " + index + " (tool call id "
                    + delta.id() + "); indexes start at 0");
        }
        if (openCall != null && openCall != index) {
            completeOpenCall();
        }
        CallInProgress call = calls.computeIfAbsent(index, CallInProgress::new);
        openCall = index;
        call.add(delta);
        String arguments = delta.function().arguments();
        if (arguments != null && !arguments.isEmpty()) {
            if (call.name == null || call.name.isBlank()) {
                // the server's failure, so it ends the stream (thrown here, not from inside deliver())
                throw new LangChain4jException("Mistral streamed arguments of a tool call without a function name "
                        + "(tool call id " + call.id + ")");
            }
            PartialToolCall partial = PartialToolCall.builder().index(index).id(ids.fromWire(call.id)).name(call.name)
                    .partialArguments(arguments).build();
            deliver(() -> handler.onPartialToolCall(partial, new PartialToolCallContext(this)));
        }
    }

    private void completeOpenCall() {
        if (openCall == null) {
            return;
        }
        CallInProgress call = calls.get(openCall);
        openCall = null;
        // built outside deliver(): a call the server left unusable ends the stream; only the handler's own
        // exceptions let it go on
        CompleteToolCall complete = new CompleteToolCall(call.index,
                ChatRequestMapper.toolExecutionRequest(ToolCall.of(call.id, call.name, call.arguments()), ids));
        deliver(() -> handler.onCompleteToolCall(complete));
    }

    @Override
    public void onComplete() {
        if (finished.get()) {
            return;
        }
        ChatResponse response;
        try {
            completeOpenCall();
            List<ToolCall> wireCalls = new ArrayList<>(calls.size());
            calls.values().forEach(call -> wireCalls.add(ToolCall.of(call.id, call.name, call.arguments())));
            response = ChatResponse.builder()
                    .aiMessage(ChatRequestMapper.aiMessage(text.toString(), thinking.toString(), wireCalls, ids,
                            returnThinking))
                    .metadata(ChatRequestMapper.metadata(id, model, created, usage, finishReason,
                            opened == null ? Map.of() : opened.headers(), opened == null ? null : opened.requestId()))
                    .build();
        } catch (RuntimeException e) {
            onError(e);
            return;
        }
        if (finished.compareAndSet(false, true)) {
            try {
                handler.onCompleteResponse(response);
            } catch (RuntimeException e) {
                // the caller's own failure, reported to the caller as LangChain4j's models do
                notifyError(e);
            }
        }
    }

    @Override
    public void onError(RuntimeException error) {
        if (finished.compareAndSet(false, true)) {
            notifyError(error);
        }
    }

    private void deliver(Runnable callback) {
        if (finished.get()) {
            return;
        }
        try {
            callback.run();
        } catch (RuntimeException e) {
            notifyError(e);
        }
    }

    private void notifyError(Throwable error) {
        try {
            handler.onError(error);
        } catch (RuntimeException e) {
            LOG.warn("StreamingChatResponseHandler.onError threw; ignored", e);
        }
    }

    /** A tool call whose parts are still arriving. */
    private static final class CallInProgress {

        final int index;
        String id;
        String name;
        private final StringBuilder arguments = new StringBuilder();

        CallInProgress(int index) {
            this.index = index;
        }

        void add(ToolCall delta) {
            id = delta.id() != null ? delta.id() : id;
            name = delta.function().name() != null ? delta.function().name() : name;
            if (delta.function().arguments() != null) {
                arguments.append(delta.function().arguments());
            }
        }

        String arguments() {
            return arguments.isEmpty() ? "{}" : arguments.toString();
        }
    }
}
