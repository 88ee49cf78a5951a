package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;

/**
 * Audio input (spec: {@code AudioChunk}, type {@code input_audio}).
 *
 * @param inputAudio the audio as a URL or base64 data, never {@code null}
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record InputAudioChunk(@JsonProperty("input_audio") String inputAudio) implements ContentChunk {

    static final String TYPE = "input_audio";

    public InputAudioChunk {
        Objects.requireNonNull(inputAudio, "input_audio chunk requires input_audio");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
