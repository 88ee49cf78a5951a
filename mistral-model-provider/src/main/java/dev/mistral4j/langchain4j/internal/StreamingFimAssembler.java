package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.model.StreamingResponseHandler;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionChunkChoice;

/**
 * Turns the chunks of one FIM stream into {@code onNext} for each non-empty piece of the first completion and, at
 * the end, one {@link Response} equal in shape to a plain call's; handler exceptions and the terminal callback as
 * {@link CompletionStream} says, as for streaming chat.
 */
public final class StreamingFimAssembler extends CompletionStream<Response<String>> {

    private final StreamingResponseHandler<String> handler;
    private final StringBuilder text = new StringBuilder();
    private String finishReason;

    public StreamingFimAssembler(StreamingResponseHandler<String> handler) {
        super("POST /fim/completions", false);
        this.handler = handler;
    }

    @Override
    protected void accept(ChatCompletionChunk chunk) {
        for (ChatCompletionChunkChoice choice : chunk.choices()) {
            if (choice.index() != null && choice.index() != 0) {
                continue;
            }
            if (choice.delta() != null && choice.delta().content() != null) {
                String piece = choice.delta().content().asText();
                if (!piece.isEmpty()) {
                    text.append(piece);
                    deliver(() -> handler.onNext(piece));
                }
            }
            finishReason = choice.finishReason() != null ? choice.finishReason() : finishReason;
        }
    }

    @Override
    protected Response<String> response() {
        return CompletionRules.fimResponse(text.toString(), finishReason, facts);
    }

    @Override
    protected void deliverComplete(Response<String> response) {
        handler.onComplete(response);
    }

    @Override
    protected void deliverError(Throwable error) {
        handler.onError(error);
    }
}
