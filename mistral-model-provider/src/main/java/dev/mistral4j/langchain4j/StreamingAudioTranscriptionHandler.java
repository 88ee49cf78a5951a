package dev.mistral4j.langchain4j;

import dev.langchain4j.model.audio.AudioTranscriptionResponse;

/**
 * Hears a streamed transcription from {@link MistralStreamingAudioTranscriptionModel}, on a transport thread:
 * {@link #onPartialText} zero or more times in order, then exactly one of {@link #onCompleteResponse} or
 * {@link #onError}; nothing after a cancellation. An exception thrown by {@link #onPartialText} ends the stream and
 * reaches {@link #onError}.
 */
public interface StreamingAudioTranscriptionHandler {

    /** The next piece of the transcript, to append to what came before. */
    void onPartialText(String partialText);

    /** The whole transcript, as the plain model would answer it. */
    void onCompleteResponse(AudioTranscriptionResponse response);

    void onError(Throwable error);
}
