package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A source a built-in tool consulted, found inside {@link ThinkChunk#thinking()} (spec: {@code ToolReferenceChunk}).
 *
 * @param tool the tool, e.g. {@code web_search}
 * @param title the source's title
 * @param url the source's URL, or {@code null}
 * @param favicon the source's icon URL, or {@code null}
 * @param description a summary of the source, or {@code null}
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ToolReferenceChunk(
        @JsonProperty("tool") String tool,
        @JsonProperty("title") String title,
        @JsonProperty("url") String url,
        @JsonProperty("favicon") String favicon,
        @JsonProperty("description") String description) implements ContentChunk {

    static final String TYPE = "tool_reference";

    @Override
    public String type() {
        return TYPE;
    }
}
