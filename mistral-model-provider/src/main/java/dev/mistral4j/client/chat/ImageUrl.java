package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Where an image is and how closely to look at it (spec: {@code ImageURL}). Read from either wire shape: the bare
 * URL string or the {@code {url, detail}} object; always written as the object, the shape the spec lists first.
 *
 * @param url an {@code https} URL or a {@code data:image/...;base64,...} URL
 * @param detail {@code low}, {@code auto} or {@code high}; {@code null} for the server's default
 */
public record ImageUrl(@JsonProperty("url") String url, @JsonProperty("detail") String detail) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ImageUrl {
        Objects.requireNonNull(url, "image_url requires url");
    }

    /** Reads the bare-string shape. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ImageUrl of(String url) {
        return new ImageUrl(url, null);
    }
}
