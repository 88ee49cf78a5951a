package dev.mistral4j.langchain4j;

/** Mistral's fill-in-the-middle models. A convenience: the builders also take any model id as a string. */
public enum MistralFimModelName {

    /** The latest Codestral. */
    CODESTRAL_LATEST("codestral-latest"),
    /** Codestral 25.08, pinned. */
    CODESTRAL_2508("codestral-2508");

    private final String id;

    MistralFimModelName(String id) {
        this.id = id;
    }

    /** The model id sent to the API, e.g. {@code codestral-latest}. */
    @Override
    public String toString() {
        return id;
    }
}
