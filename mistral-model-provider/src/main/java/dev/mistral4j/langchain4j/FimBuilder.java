package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.internal.OptionCheck;
import dev.mistral4j.langchain4j.internal.FimOptions;
import java.util.List;

/**
 * The options of both FIM model builders, under the names of {@code langchain4j-mistral-ai}; public so that code
 * configuring either model (such as the Spring Boot starter) can be written once.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class FimBuilder<B extends FimBuilder<B>> extends MistralModelBuilder<B> {

    private String modelName = MistralFimModelName.CODESTRAL_LATEST.toString();
    private Double temperature;
    private Double topP;
    private Integer maxTokens;
    private Integer minTokens;
    private Integer randomSeed;
    private List<String> stop;

    protected FimBuilder() {
    }

    /** The model id; default {@code codestral-latest}. */
    public B modelName(String modelName) {
        this.modelName = OptionCheck.modelName(modelName, MistralFimModelName.CODESTRAL_LATEST.toString());
        return self();
    }

    /** The model; default {@link MistralFimModelName#CODESTRAL_LATEST}. */
    public B modelName(MistralFimModelName modelName) {
        return modelName(requireNonNull(modelName, "modelName").toString());
    }

    /** Sampling temperature, 0 to 1.5; default the model's. */
    public B temperature(Double temperature) {
        this.temperature = OptionCheck.temperature(temperature);
        return self();
    }

    /** Nucleus sampling mass, 0 to 1; default the model's. */
    public B topP(Double topP) {
        this.topP = OptionCheck.topP(topP);
        return self();
    }

    /** The most tokens to generate, 0 or more; default no limit but the model's. */
    public B maxTokens(Integer maxTokens) {
        this.maxTokens = OptionCheck.maxTokens(maxTokens);
        return self();
    }

    /** The fewest tokens to generate, 0 or more; default none. */
    public B minTokens(Integer minTokens) {
        this.minTokens = OptionCheck.minTokens(minTokens);
        return self();
    }

    /** The seed for deterministic sampling. */
    public B randomSeed(Integer randomSeed) {
        this.randomSeed = randomSeed;
        return self();
    }

    /** Sequences that end the completion; they are not part of it. */
    public B stop(List<String> stop) {
        this.stop = stop;
        return self();
    }

    FimOptions options() {
        FimOptions options = new FimOptions(modelName, temperature, topP, maxTokens, minTokens,
                randomSeed == null ? null : randomSeed.longValue(), stop, null, null);
        options.checkTokenRange();
        return options;
    }
}
