package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.audio.AudioTranscriptionResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.audio.TranscriptionRequest;
import dev.mistral4j.client.ocr.TestDocuments;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Recordings to text through LangChain4j's audio types, plain and streamed, on the emulator. */
class MistralAudioTranscriptionModelTest {

    static final String KEY = "emulator-key-0123456789";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private static final byte[] WAV = TestDocuments.wav(2.5, 330);

    private static MistralAudioTranscriptionModel model() {
        return MistralAudioTranscriptionModel.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl()).build();
    }

    private static String clientText() {
        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl()).build()) {
            return client.audio().transcriptions().create(TranscriptionRequest.builder().model("voxtral-mini-latest")
                    .file(WAV, "a.wav").build()).text();
        }
    }

    @Test
    void transcribesAudioGivenAsBytesBase64ADataUrlOrAFileUrl(@TempDir Path dir) throws Exception {
        String expected = clientText();
        Path file = Files.write(dir.resolve("call.wav"), WAV);
        MistralAudioTranscriptionModel model = model();

        List<Audio> audios = List.of(
                Audio.builder().binaryData(WAV).mimeType("audio/wav").build(),
                Audio.builder().binaryData(WAV).build(),
                Audio.builder().base64Data(Base64.getEncoder().encodeToString(WAV)).mimeType("audio/wav").build(),
                Audio.builder().url("data:audio/wav;base64," + Base64.getEncoder().encodeToString(WAV)).build(),
                Audio.builder().url(file.toUri()).build());

        for (Audio audio : audios) {
            assertThat(model.transcribeToText(audio)).isEqualTo(expected).isNotBlank();
        }
        assertThat(model.provider()).isEqualTo(ModelProvider.MISTRAL_AI);
        assertThat(EMULATOR.emulator().recordedRequests()).hasSize(audios.size() + 1);
    }

    @Test
    void refusesWhatTheApiCannotTakeBeforeSending() {
        MistralAudioTranscriptionModel model = model();

        assertThatThrownBy(() -> model.transcribe(AudioTranscriptionRequest.builder(Audio.builder().binaryData(WAV)
                .build()).prompt("A call about invoices").build())).hasMessageContaining("no prompt")
                .hasMessageContaining("contextBias");
        assertThatThrownBy(() -> model.transcribeToText(Audio.builder().binaryData(new byte[] {1, 2, 3, 4}).build()))
                .hasMessageContaining("give its mimeType");
        assertThatThrownBy(() -> model.transcribeToText(Audio.builder().url("ftp://example.com/a.wav").build()))
                .hasMessageContaining("http(s), file: or data:");
        assertThatThrownBy(() -> MistralAudioTranscriptionModel.builder().language("english"))
                .hasMessageContaining("language");
        assertThatThrownBy(() -> MistralAudioTranscriptionModel.builder().contextBias(List.of("two words")))
                .hasMessageContaining("contextBias");
        assertThat(EMULATOR.emulator().requestCount()).isZero();
    }

    @Test
    void streamsPartialTextThatAddsUpToTheWholeTranscript() throws Exception {
        String expected = clientText();
        List<String> partials = new CopyOnWriteArrayList<>();
        CompletableFuture<AudioTranscriptionResponse> done = new CompletableFuture<>();

        MistralStreamingAudioTranscriptionModel.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl()).build()
                .transcribe(AudioTranscriptionRequest.builder(Audio.builder().binaryData(WAV).build()).build(),
                        new StreamingAudioTranscriptionHandler() {
                            @Override
                            public void onPartialText(String partialText) {
                                partials.add(partialText);
                            }

                            @Override
                            public void onCompleteResponse(AudioTranscriptionResponse response) {
                                done.complete(response);
                            }

                            @Override
                            public void onError(Throwable error) {
                                done.completeExceptionally(error);
                            }
                        });

        assertThat(done.get(10, TimeUnit.SECONDS).text()).isEqualTo(expected);
        assertThat(partials).hasSizeGreaterThan(1);
        assertThat(String.join("", partials)).isEqualTo(expected);
    }

    @Test
    void aHandlerThatFailsEndsTheStreamWithItsError() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        IllegalStateException boom = new IllegalStateException("boom");

        MistralStreamingAudioTranscriptionModel.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl()).build()
                .transcribe(AudioTranscriptionRequest.builder(Audio.builder().binaryData(WAV).build()).build(),
                        new StreamingAudioTranscriptionHandler() {
                            @Override
                            public void onPartialText(String partialText) {
                                throw boom;
                            }

                            @Override
                            public void onCompleteResponse(AudioTranscriptionResponse response) {
                                failure.complete(null);
                            }

                            @Override
                            public void onError(Throwable error) {
                                failure.complete(error);
                            }
                        });

        assertThat(failure.get(10, TimeUnit.SECONDS)).isSameAs(boom);
    }
}
