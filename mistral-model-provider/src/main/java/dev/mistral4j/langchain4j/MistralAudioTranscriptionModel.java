package dev.mistral4j.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.audio.AudioTranscriptionModel;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.audio.AudioTranscriptionResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.internal.TranscriptionMapper;

/**
 * A LangChain4j {@link AudioTranscriptionModel} on {@code POST /v1/audio/transcriptions} (Voxtral): a recording
 * given as bytes, base64, a {@code data:} URL, a {@code file:} URL (streamed from disk) or an {@code http(s)} URL
 * (downloaded by the API) becomes its transcript. The format is told by the MIME type, else by the first bytes. A
 * request's {@code prompt} is refused (the API takes none: see {@code contextBias}). Thread-safe.
 */
public final class MistralAudioTranscriptionModel implements AudioTranscriptionModel {

    private final MistralClient client;
    private final TranscriptionMapper mapper;

    private MistralAudioTranscriptionModel(Builder builder) {
        this.mapper = builder.mapper();
        this.client = builder.buildClient();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AudioTranscriptionResponse transcribe(AudioTranscriptionRequest request) {
        return AudioTranscriptionResponse.from(client.audio().transcriptions().create(mapper.map(request)).text());
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.MISTRAL_AI;
    }

    /** The transcription model, e.g. {@code voxtral-mini-latest}. */
    public String modelName() {
        return mapper.modelName();
    }

    @Override
    public String toString() {
        return "MistralAudioTranscriptionModel{modelName=" + mapper.modelName() + '}';
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
