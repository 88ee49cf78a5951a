package dev.mistral4j.langchain4j;

import dev.mistral4j.client.internal.OptionCheck;
import dev.mistral4j.langchain4j.internal.TranscriptionMapper;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The options of {@link MistralAudioTranscriptionModel} and {@link MistralStreamingAudioTranscriptionModel}: the
 * model, the default language and temperature (a request's own override them), and words the model should expect.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class AudioTranscriptionModelBuilder<B extends AudioTranscriptionModelBuilder<B>>
        extends MistralModelBuilder<B> {

    /** The default model. */
    public static final String DEFAULT_MODEL = "voxtral-mini-latest";

    private static final Pattern LANGUAGE = Pattern.compile("\\w{2}");
    private static final Pattern WORD = Pattern.compile("[^,\\s]+");

    private String modelName = DEFAULT_MODEL;
    private String language;
    private Double temperature;
    private List<String> contextBias = List.of();

    protected AudioTranscriptionModelBuilder() {
    }

    /** The transcription model; default {@value #DEFAULT_MODEL}. */
    public B modelName(String modelName) {
        this.modelName = OptionCheck.modelName(modelName, DEFAULT_MODEL);
        return self();
    }

    /** The recordings' language as two letters, e.g. {@code en}; default: the model tells. */
    public B language(String language) {
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language must be two letters such as en or fr, got " + language);
        }
        this.language = language;
        return self();
    }

    /** Sampling temperature, 0 to 1.5. */
    public B temperature(Double temperature) {
        this.temperature = OptionCheck.temperature(temperature);
        return self();
    }

    /** Words the model should expect, such as names and terms; each without spaces or commas. */
    public B contextBias(List<String> words) {
        List<String> copy = words == null ? List.of() : List.copyOf(words);
        copy.forEach(word -> {
            if (!WORD.matcher(word).matches()) {
                throw new IllegalArgumentException("contextBias words must have no spaces or commas, got '" + word
                        + "'");
            }
        });
        this.contextBias = copy;
        return self();
    }

    TranscriptionMapper mapper() {
        return new TranscriptionMapper(modelName, language, temperature, contextBias);
    }
}
