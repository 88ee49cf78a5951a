package dev.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.mistral4j.client.audio.TranscriptionRequest;
import dev.mistral4j.client.ocr.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptionMapperTest {

    private static final byte[] WAV = TestDocuments.wav(0.1, 440);
    private final TranscriptionMapper mapper = new TranscriptionMapper("voxtral-mini-latest", "en", 0.5,
            List.of("Mistral"));

    @Test
    void theRequestsLanguageAndTemperatureOverrideTheModelsDefaults() {
        TranscriptionRequest request = mapper.map(AudioTranscriptionRequest.builder(Audio.builder().binaryData(WAV)
                .build()).language("fr").temperature(0.1).build());

        assertThat(request.model()).isEqualTo("voxtral-mini-latest");
        assertThat(request.language()).isEqualTo("fr");
        assertThat(request.temperature()).isEqualTo(0.1);
        assertThat(request.contextBias()).containsExactly("Mistral");
        assertThat(request.fileBytes()).isEqualTo(WAV);
    }

    @Test
    void theModelsDefaultsApplyWhenTheRequestHasNone() {
        TranscriptionRequest request = mapper.map(AudioTranscriptionRequest.builder(Audio.builder().binaryData(WAV)
                .build()).build());

        assertThat(request.language()).isEqualTo("en");
        assertThat(request.temperature()).isEqualTo(0.5);
    }

    @Test
    void namesTheFileByItsMimeTypeElseByItsFirstBytes() {
        assertThat(name(Audio.builder().binaryData(new byte[] {1}).mimeType("audio/mpeg").build())).isEqualTo(
                "audio.mp3");
        assertThat(name(Audio.builder().binaryData(WAV).build())).isEqualTo("audio.wav");
        assertThat(name(Audio.builder().binaryData("OggS\0".getBytes()).build())).isEqualTo("audio.ogg");
        assertThat(name(Audio.builder().binaryData("fLaC".getBytes()).build())).isEqualTo("audio.flac");
        assertThat(name(Audio.builder().binaryData("ID3x".getBytes()).build())).isEqualTo("audio.mp3");
    }

    @Test
    void sendsAFileUrlAsTheFileItselfAndAnHttpUrlAsFileUrl(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("call.wav"), WAV);

        TranscriptionRequest fromFile = mapper.map(AudioTranscriptionRequest.builder(Audio.builder().url(file.toUri())
                .build()).build());
        TranscriptionRequest fromUrl = mapper.map(AudioTranscriptionRequest.builder(Audio.builder()
                .url("https://example.com/call.mp3").build()).build());

        assertThat(fromFile.filePath()).isEqualTo(file);
        assertThat(fromFile.filename()).isEqualTo("call.wav");
        assertThat(fromUrl.fileUrl()).isEqualTo("https://example.com/call.mp3");
        assertThat(fromUrl.fileBytes()).isNull();
    }

    private String name(Audio audio) {
        return mapper.map(AudioTranscriptionRequest.builder(audio).build()).filename();
    }
}
