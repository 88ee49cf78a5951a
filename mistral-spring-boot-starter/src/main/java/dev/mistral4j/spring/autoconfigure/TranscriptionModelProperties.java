package dev.mistral4j.spring.autoconfigure;

import java.util.List;

/**
 * An audio transcription group ({@code audio-transcription-model} or {@code streaming-audio-transcription-model}).
 */
public class TranscriptionModelProperties extends ConnectionProperties {

    /** Model id; default voxtral-mini-latest. */
    private String modelName;

    /** The recordings' language as two letters, e.g. en; default: the model tells. */
    private String language;

    /** Sampling temperature, 0 to 1.5. */
    private Double temperature;

    /** Words the model should expect, such as names and terms; each without spaces or commas. */
    private List<String> contextBias;

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Double getTemperature() {
        return temperature;
    }

    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public List<String> getContextBias() {
        return contextBias;
    }

    public void setContextBias(List<String> contextBias) {
        this.contextBias = contextBias;
    }
}
