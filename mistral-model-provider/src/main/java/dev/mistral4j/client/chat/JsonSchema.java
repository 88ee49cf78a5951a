package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The schema an answer must follow (spec: {@code JsonSchema}).
 *
 * @param name the schema's name, never {@code null}
 * @param description what the schema describes, or {@code null}
 * @param schema the JSON Schema itself, never {@code null}
 * @param strict whether the model must follow the schema exactly; {@code null} for the server's default (false)
 */
public record JsonSchema(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("schema") JsonNode schema,
        @JsonProperty("strict") Boolean strict) {

    public JsonSchema {
        Objects.requireNonNull(name, "json_schema requires name");
        schema = Objects.requireNonNull(schema, "json_schema requires schema").deepCopy();
    }

    /** A copy of the schema: the record stays immutable. */
    @Override
    public JsonNode schema() {
        return schema.deepCopy();
    }
}
