package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The form of the answer (spec: {@code ResponseFormat}).
 *
 * @param type {@code text}, {@code json_object} or {@code json_schema}
 * @param jsonSchema the schema when {@code type} is {@code json_schema}, else {@code null}
 */
public record ResponseFormat(@JsonProperty("type") String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {

    /** Free text, the default. */
    public static ResponseFormat text() {
        return new ResponseFormat("text", null);
    }

    /** Any valid JSON object (the prompt should ask for JSON too). */
    public static ResponseFormat jsonObject() {
        return new ResponseFormat("json_object", null);
    }

    /** JSON that follows {@code schema}. */
    public static ResponseFormat jsonSchema(JsonSchema schema) {
        return new ResponseFormat("json_schema", schema);
    }
}
