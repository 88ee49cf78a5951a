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
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionChunkChoice;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.DeltaMessage;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.chat.TextChunk;
import dev.mistral4j.client.chat.ThinkChunk;
import dev.mistral4j.client.chat.ToolCall;
import dev.mistral4j.langchain4j.MistralChatChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns the chunks of one chat stream into LangChain4j's streaming callbacks and, at the end, one
 * {@link ChatResponse} equal in shape to a plain call's (every choice in the metadata, references included). The
 * first choice is streamed to the handler; the others (with {@code n} above 1) are gathered silently.
 *
 * <p>Guarantees to the handler: callbacks in stream order on one thread; then exactly one of
 * {@code onCompleteResponse} or {@code onError} for the stream's outcome, except after a cancel, which ends
 * everything; handler exceptions as {@link CompletionStream} says.
 */
public final class StreamingChatAssembler extends CompletionStream<ChatResponse> {

    private final StreamingChatResponseHandler handler;
    private final ToolCallIds ids;
    private final boolean returnThinking;
    private final Choice first = new Choice(0);
    // further choices (n > 1), by index
    private TreeMap<Integer, Choice> others;

    public StreamingChatAssembler(StreamingChatResponseHandler handler, ToolCallIds ids, boolean returnThinking,
                                  boolean keepRawEvents) {
        super("POST /chat/completions", keepRawEvents);
        this.handler = handler;
        this.ids = ids;
        this.returnThinking = returnThinking;
    }

    @Override
    protected void accept(ChatCompletionChunk chunk) {
        for (ChatCompletionChunkChoice choice : chunk.choices()) {
            if (choice.index() == null || choice.index() == 0) {
                first.accept(choice);
            } else {
                if (others == null) {
                    others = new TreeMap<>();
                }
                others.computeIfAbsent(choice.index(), Choice::new).accept(choice);
            }
        }
    }

    @Override
    protected ChatResponse response() {
        first.completeOpenCall();
        if (others == null) {
            return CompletionRules.chatResponse(facts, List.of(first.result()));
        }
        List<MistralChatChoice> choices = new ArrayList<>(others.size() + 1);
        choices.add(first.result());
        for (Choice other : others.values()) {
            other.completeOpenCall();
            choices.add(other.result());
        }
        return CompletionRules.chatResponse(facts, choices);
    }

    @Override
    protected void deliverComplete(ChatResponse response) {
        handler.onCompleteResponse(response);
    }

    @Override
    protected void deliverError(Throwable error) {
        handler.onError(error);
    }

    /** One completion whose parts are still arriving; only the first one's parts reach the handler. */
    private final class Choice {

        private final int index;
        private final boolean streamed;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder thinking = new StringBuilder();
        private final TreeMap<Integer, CallInProgress> calls = new TreeMap<>();
        private Integer openCall;
        private String finishReason;
        private List<ContentChunk> references;

        Choice(int index) {
            this.index = index;
            this.streamed = index == 0;
        }

        void accept(ChatCompletionChunkChoice choice) {
            DeltaMessage delta = choice.delta();
            if (delta != null && delta.content() instanceof MessageContent.Text plain) {
                // the common case of a plain text delta, without wrapping it in a chunk list first
                acceptText(plain.text());
            } else if (delta != null && delta.content() != null) {
                for (ContentChunk chunk : delta.content().asChunks()) {
                    acceptChunk(chunk);
                }
            }
            if (delta != null && delta.toolCalls() != null) {
                delta.toolCalls().forEach(this::acceptToolCall);
            }
            if (choice.finishReason() != null) {
                finishReason = choice.finishReason();
            }
        }

        private void acceptChunk(ContentChunk chunk) {
            if (chunk instanceof TextChunk part) {
                acceptText(part.text());
                return;
            }
            references = CompletionRules.addReferences(references, chunk);
            if (chunk instanceof ThinkChunk part && returnThinking && !part.text().isEmpty()) {
                thinking.append(part.text());
                if (streamed) {
                    deliver(() -> handler.onPartialThinking(new PartialThinking(part.text()),
                            new PartialThinkingContext(StreamingChatAssembler.this)));
                }
            }
        }

        private void acceptText(String part) {
            if (part.isEmpty()) {
                return;
            }
            text.append(part);
            // inlined deliver(): this runs once per streamed token, so it spares the lambda
            if (!streamed || ended()) {
                return;
            }
            try {
                handler.onPartialResponse(new PartialResponse(part),
                        new PartialResponseContext(StreamingChatAssembler.this));
            } catch (RuntimeException e) {
                notifyError(e);
            }
        }

        private void acceptToolCall(ToolCall delta) {
            int callIndex = delta.index() != null ? delta.index()
                    : delta.id() != null || openCall == null ? calls.size() : openCall;
            if (callIndex < 0) {
                throw new LangChain4jException("Mistral streamed a tool call with index " + callIndex
                        + " (tool call id " + delta.id() + "); indexes start at 0");
            }
            if (openCall != null && openCall != callIndex) {
                completeOpenCall();
            }
            CallInProgress call = calls.computeIfAbsent(callIndex, CallInProgress::new);
            openCall = callIndex;
            call.add(delta);
            String arguments = delta.function().arguments();
            if (arguments != null && !arguments.isEmpty()) {
                if (call.name == null || call.name.isBlank()) {
                    // the server's failure, so it ends the stream (thrown here, not from inside deliver())
                    throw new LangChain4jException("Mistral streamed arguments of a tool call without a function "
                            + "name (tool call id " + call.id + ")");
                }
                if (streamed) {
                    PartialToolCall partial = PartialToolCall.builder().index(callIndex).id(ids.fromWire(call.id))
                            .name(call.name).partialArguments(arguments).build();
                    deliver(() -> handler.onPartialToolCall(partial,
                            new PartialToolCallContext(StreamingChatAssembler.this)));
                }
            }
        }

        void completeOpenCall() {
            if (openCall == null) {
                return;
            }
            CallInProgress call = calls.get(openCall);
            openCall = null;
            // built outside deliver(): a call the server left unusable ends the stream; only the handler's own
            // exceptions let it go on
            CompleteToolCall complete = new CompleteToolCall(call.index,
                    ChatResponseMapper.toolExecutionRequest(ToolCall.of(call.id, call.name, call.arguments()), ids));
            if (streamed) {
                deliver(() -> handler.onCompleteToolCall(complete));
            }
        }

        MistralChatChoice result() {
            List<ToolCall> wireCalls = new ArrayList<>(calls.size());
            calls.values().forEach(call -> wireCalls.add(ToolCall.of(call.id, call.name, call.arguments())));
            return ChatResponseMapper.choice(index,
                    ChatResponseMapper.aiMessage(text.toString(), thinking.toString(), wireCalls, ids, returnThinking),
                    finishReason, references, facts);
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
