package dev.mistral4j.spring.autoconfigure;

import java.util.List;

/** A fill-in-the-middle group ({@code fim-model} or {@code streaming-fim-model}). */
public class FimModelProperties extends ConnectionProperties {

    /** Model id; default codestral-latest. */
    private String modelName;

    /** Sampling temperature, 0 to 1.5. */
    private Double temperature;

    /** Most tokens to generate, at least 1. */
    private Integer maxTokens;

    /** Fewest tokens to generate, 0 or more. */
    private Integer minTokens;

    /** Nucleus sampling mass, 0 to 1. */
    private Double topP;

    /** Seed for deterministic sampling. */
    private Integer randomSeed;

    /** Sequences that end the completion. */
    private List<String> stop;

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public Double getTemperature() {
        return temperature;
    }

    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public Integer getMinTokens() {
        return minTokens;
    }

    public void setMinTokens(Integer minTokens) {
        this.minTokens = minTokens;
    }

    public Double getTopP() {
        return topP;
    }

    public void setTopP(Double topP) {
        this.topP = topP;
    }

    public Integer getRandomSeed() {
        return randomSeed;
    }

    public void setRandomSeed(Integer randomSeed) {
        this.randomSeed = randomSeed;
    }

    public List<String> getStop() {
        return stop;
    }

    public void setStop(List<String> stop) {
        this.stop = stop;
    }
}
