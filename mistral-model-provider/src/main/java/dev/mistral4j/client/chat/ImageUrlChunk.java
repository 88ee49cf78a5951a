package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;

/**
 * An image (spec: {@code ImageURLChunk}).
 *
 * @param imageUrl where the image is, never {@code null}
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ImageUrlChunk(@JsonProperty("image_url") ImageUrl imageUrl) implements ContentChunk {

    static final String TYPE = "image_url";

    public ImageUrlChunk {
        Objects.requireNonNull(imageUrl, "image_url chunk requires image_url");
    }

    /** An image at {@code url} (https or data URL) with the server's default detail. */
    public static ImageUrlChunk of(String url) {
        return new ImageUrlChunk(ImageUrl.of(url));
    }

    @Override
    public String type() {
        return TYPE;
    }
}
