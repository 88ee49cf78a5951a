package dev.mistral4j.spring.autoconfigure;


/** The {@code moderation-model} group. */
public class ModerationModelProperties extends ConnectionProperties {

    /** Moderation model id; default mistral-moderation-latest. */
    private String modelName;

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }
}
