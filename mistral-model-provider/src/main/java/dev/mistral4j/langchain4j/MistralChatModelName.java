package dev.mistral4j.langchain4j;

/**
 * Names of Mistral chat models, as a convenience beside free-string names: {@link #toString()} is the name the API
 * expects. The constants are those of {@code langchain4j-mistral-ai}'s {@code MistralAiChatModelName}, so code that
 * uses them compiles after the switch; any model the API serves can be given as a string instead.
 */
public enum MistralChatModelName {

    OPEN_MISTRAL_7B("open-mistral-7b"),
    OPEN_MIXTRAL_8x7B("open-mixtral-8x7b"),
    OPEN_MIXTRAL_8X22B("open-mixtral-8x22b"),
    MISTRAL_SMALL_LATEST("mistral-small-latest"),
    MISTRAL_MEDIUM_LATEST("mistral-medium-latest"),
    MISTRAL_LARGE_LATEST("mistral-large-latest"),
    MAGISTRAL_SMALL_LATEST("magistral-small-latest"),
    MAGISTRAL_MEDIUM_LATEST("magistral-medium-latest"),
    MISTRAL_MODERATION_LATEST("mistral-moderation-latest"),
    OPEN_MISTRAL_NEMO("open-mistral-nemo"),
    CODESTRAL_LATEST("codestral-latest"),
    VOXTRAL_SMALL_LATEST("voxtral-small-latest"),
    MINISTRAL_8B_LATEST("ministral-8b-latest"),
    PIXTRAL_LARGE_LATEST("pixtral-large-latest"),
    DEVSTRAL_SMALL_LATEST("devstral-small-latest");

    private final String value;

    MistralChatModelName(String value) {
        this.value = value;
    }

    /** The model's name on the wire, such as {@code mistral-small-latest}. */
    @Override
    public String toString() {
        return value;
    }
}
