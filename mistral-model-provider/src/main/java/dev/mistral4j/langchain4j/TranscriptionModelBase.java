package dev.mistral4j.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.internal.TranscriptionMapper;

/** What the plain and the streaming transcription models share: the client, the one mapper, the names. */
abstract class TranscriptionModelBase {

    final MistralClient client;
    final TranscriptionMapper mapper;

    TranscriptionModelBase(AudioTranscriptionModelBuilder<?> builder) {
        this.mapper = builder.mapper();
        this.client = builder.buildClient();
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
        return getClass().getSimpleName() + "{modelName=" + mapper.modelName() + '}';
    }
}
