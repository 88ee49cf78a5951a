package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.audio.AudioTranscriptionResponse;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.audio.TranscriptionStreamEvent;
import dev.mistral4j.langchain4j.internal.TranscriptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streamed transcription on {@code POST /v1/audio/transcriptions} with {@code stream=true}: the transcript's text
 * arrives piece by piece as the model hears it, then whole (LangChain4j 1.19 has no streaming transcription
 * interface, so the handler is {@link StreamingAudioTranscriptionHandler}). The audio is given as for
 * {@link MistralAudioTranscriptionModel}, with the same options and mapping. Thread-safe.
 */
public final class MistralStreamingAudioTranscriptionModel {

    private static final Logger LOG = LoggerFactory.getLogger(MistralStreamingAudioTranscriptionModel.class);

    private final MistralClient client;
    private final TranscriptionMapper mapper;

    private MistralStreamingAudioTranscriptionModel(Builder builder) {
        this.mapper = builder.mapper();
        this.client = builder.buildClient();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the transcription; {@code handler} hears its pieces and its end.
     *
     * @return a handle whose {@code cancel()} stops the stream; the handler hears nothing after it
     * @throws IllegalArgumentException when the request cannot be sent (no audio, a prompt, an unknown format)
     */
    public StreamingHandle transcribe(AudioTranscriptionRequest request, StreamingAudioTranscriptionHandler handler) {
        requireNonNull(handler, "handler");
        return client.audio().transcriptions().stream(mapper.map(request), new StreamListener<>() {
            private String text;

            @Override
            public void onEvent(TranscriptionStreamEvent event) {
                if (event instanceof TranscriptionStreamEvent.TextDelta delta && !delta.text().isEmpty()) {
                    handler.onPartialText(delta.text());
                } else if (event instanceof TranscriptionStreamEvent.Done done) {
                    text = done.text();
                }
            }

            @Override
            public void onComplete() {
                try {
                    handler.onCompleteResponse(AudioTranscriptionResponse.from(text));
                } catch (RuntimeException failed) {
                    // the stream has ended: there is no one left to tell but the log
                    LOG.warn("A streaming transcription handler failed in onCompleteResponse", failed);
                }
            }

            @Override
            public void onError(RuntimeException error) {
                try {
                    handler.onError(error);
                } catch (RuntimeException failed) {
                    LOG.warn("A streaming transcription handler failed in onError", failed);
                }
            }
        });
    }

    public ModelProvider provider() {
        return ModelProvider.MISTRAL_AI;
    }

    /** The transcription model, e.g. {@code voxtral-mini-latest}. */
    public String modelName() {
        return mapper.modelName();
    }

    @Override
    public String toString() {
        return "MistralStreamingAudioTranscriptionModel{modelName=" + mapper.modelName() + '}';
    }

    /** Configures a {@link MistralStreamingAudioTranscriptionModel}. */
    public static final class Builder extends AudioTranscriptionModelBuilder<Builder> {

        private Builder() {
        }

        public MistralStreamingAudioTranscriptionModel build() {
            return new MistralStreamingAudioTranscriptionModel(this);
        }
    }
}
