package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.mistral4j.client.audio.TranscriptionRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a LangChain4j {@link AudioTranscriptionRequest} to a Mistral {@link TranscriptionRequest}, for the plain and
 * the streaming transcription models alike: the audio's bytes (binary, base64 or a {@code data:} URL) travel in the
 * form under a file name whose extension tells the format (from the MIME type, else from the first bytes), a
 * {@code file:} URL is streamed from disk, an {@code http(s)} URL becomes {@code file_url}; the request's language and
 * temperature override the model's.
 *
 * @param modelName   the model
 * @param language    the default language, or {@code null}
 * @param temperature the default temperature, or {@code null}
 * @param contextBias words the model should expect
 */
public record TranscriptionMapper(String modelName, String language, Double temperature, List<String> contextBias) {

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("audio/wav", "wav"), Map.entry("audio/x-wav", "wav"), Map.entry("audio/wave", "wav"),
            Map.entry("audio/mpeg", "mp3"), Map.entry("audio/mp3", "mp3"), Map.entry("audio/ogg", "ogg"),
            Map.entry("audio/opus", "opus"), Map.entry("audio/flac", "flac"), Map.entry("audio/x-flac", "flac"),
            Map.entry("audio/mp4", "m4a"), Map.entry("audio/x-m4a", "m4a"), Map.entry("audio/aac", "aac"),
            Map.entry("audio/webm", "webm"));

    public TranscriptionMapper {
        contextBias = contextBias == null ? List.of() : List.copyOf(contextBias);
    }

    /** The Mistral request for {@code request}. */
    public TranscriptionRequest map(AudioTranscriptionRequest request) {
        if (request == null || request.audio() == null) {
            throw new IllegalArgumentException("a transcription request needs its audio");
        }
        if (request.prompt() != null && !request.prompt().isBlank()) {
            throw new IllegalArgumentException("Mistral's transcription takes no prompt; give the words to expect "
                    + "(names, terms) to the model's builder as contextBias(...)");
        }
        Audio audio = request.audio();
        TranscriptionRequest.Builder wire = TranscriptionRequest.builder().model(modelName)
                .language(request.language() != null ? request.language() : language)
                .temperature(request.temperature() != null ? request.temperature() : temperature)
                .contextBias(contextBias);
        if (audio.binaryData() != null) {
            return wire.file(audio.binaryData(), filename(audio.mimeType(), audio.binaryData())).build();
        }
        if (audio.base64Data() != null) {
            byte[] bytes = decode(audio.base64Data(), "the audio's base64Data");
            return wire.file(bytes, filename(audio.mimeType(), bytes)).build();
        }
        URI url = audio.url();
        if (url == null) {
            throw new IllegalArgumentException("the audio has neither data nor a URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> wire.fileUrl(url.toString());
            case "file" -> wire.file(Path.of(url));
            case "data" -> {
                String text = url.toString();
                int comma = text.indexOf(',');
                if (comma < 0 || !text.substring(0, comma).endsWith(";base64")) {
                    throw new IllegalArgumentException("the audio's data URL must be data:<type>;base64,<data>");
                }
                byte[] bytes = decode(text.substring(comma + 1), "the audio's data URL");
                String mime = text.substring(5, comma - ";base64".length());
                wire.file(bytes, filename(mime.isEmpty() ? audio.mimeType() : mime, bytes));
            }
            default -> throw new IllegalArgumentException("the audio's URL must be http(s), file: or data:, got "
                    + "scheme '" + scheme + "'");
        }
        return wire.build();
    }

    /** {@code audio.<extension>}, the extension from the MIME type, else from the recording's first bytes. */
    static String filename(String mimeType, byte[] bytes) {
        String extension = mimeType == null ? null : EXTENSIONS.get(mimeType.toLowerCase(Locale.ROOT).split(";")[0]
                .strip());
        return "audio." + (extension != null ? extension : sniff(bytes));
    }

    private static String sniff(byte[] bytes) {
        if (starts(bytes, 0, "RIFF") && starts(bytes, 8, "WAVE")) {
            return "wav";
        }
        if (starts(bytes, 0, "OggS")) {
            return "ogg";
        }
        if (starts(bytes, 0, "fLaC")) {
            return "flac";
        }
        if (starts(bytes, 0, "ID3") || bytes.length > 1 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xe0) == 0xe0) {
            return "mp3";
        }
        if (starts(bytes, 4, "ftyp")) {
            return "m4a";
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0x1a && (bytes[1] & 0xff) == 0x45 && (bytes[2] & 0xff) == 0xdf
                && (bytes[3] & 0xff) == 0xa3) {
            return "webm";
        }
        throw new IllegalArgumentException("the audio is not a recording this model can tell (WAV, MP3, OGG, FLAC, "
                + "M4A, WEBM by its first bytes) and has no audio MIME type; give its mimeType, e.g. audio/mpeg");
    }

    private static boolean starts(byte[] bytes, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64: " + e.getMessage(), e);
        }
    }
}
