package dev.mistral4j.langchain4j;

import dev.langchain4j.model.audio.AudioTranscriptionModel;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.audio.AudioTranscriptionResponse;

/**
 * A LangChain4j {@link AudioTranscriptionModel} on {@code POST /v1/audio/transcriptions} (Voxtral): a recording
 * given as bytes, base64, a {@code data:} URL, a {@code file:} URL (streamed from disk) or an {@code http(s)} URL
 * (downloaded by the API) becomes its transcript. The format is told by the MIME type, else by the first bytes. A
 * request's {@code prompt} is refused (the API takes none: see {@code contextBias}). Thread-safe.
 */
public final class MistralAudioTranscriptionModel extends TranscriptionModelBase implements AudioTranscriptionModel {

    private MistralAudioTranscriptionModel(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AudioTranscriptionResponse transcribe(AudioTranscriptionRequest request) {
        return AudioTranscriptionResponse.from(client.audio().transcriptions().create(mapper.map(request)).text());
    }

    /** Configures a {@link MistralAudioTranscriptionModel}. */
    public static final class Builder extends AudioTranscriptionModelBuilder<Builder> {

        private Builder() {
        }

        public MistralAudioTranscriptionModel build() {
            return new MistralAudioTranscriptionModel(this);
        }
    }
}
