package dev.mistral4j.rag;

import dev.langchain4j.model.audio.AudioTranscriptionModel;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.audio.AudioTranscriptionResponse;
import java.util.ArrayList;
import java.util.List;

/** A transcription model for the tests: answers a fixed text and keeps every request it got. */
final class FakeTranscriptionModel implements AudioTranscriptionModel {

    private final String transcript;
    private final List<AudioTranscriptionRequest> requests = new ArrayList<>();

    FakeTranscriptionModel(String transcript) {
        this.transcript = transcript;
    }

    @Override
    public AudioTranscriptionResponse transcribe(AudioTranscriptionRequest request) {
        requests.add(request);
        return AudioTranscriptionResponse.from(transcript);
    }

    List<AudioTranscriptionRequest> requests() {
        return requests;
    }
}
