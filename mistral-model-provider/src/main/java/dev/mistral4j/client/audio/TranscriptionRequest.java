package dev.mistral4j.client.audio;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A transcription to ask of {@code POST /v1/audio/transcriptions} (spec: {@code AudioTranscriptionRequest}, sent as
 * a multipart form); build one with {@link #builder()}. The recording is exactly one of: bytes in memory
 * ({@code fileBytes}), a file on disk ({@code filePath}, streamed and re-read on a retry), a URL the API downloads
 * ({@code fileUrl}), or a file uploaded to {@code /v1/files} ({@code fileId}). Whether the answer streams is the
 * service method's choice, not the request's.
 *
 * @param model                  the model, e.g. {@code voxtral-mini-latest}
 * @param fileBytes              the recording's bytes, or {@code null}
 * @param filePath               the recording on disk, or {@code null}
 * @param filename               the name announced for {@code fileBytes} or {@code filePath} (its format shows in
 *                               the extension), e.g. {@code call.mp3}
 * @param fileUrl                an {@code http(s)} URL of the recording (at most 2083 characters), or {@code null}
 * @param fileId                 the id of an uploaded recording, or {@code null}
 * @param language               the language as two letters, e.g. {@code en}; {@code null} to let the model tell
 * @param temperature            sampling temperature, or {@code null}
 * @param diarize                whether segments say who speaks
 * @param contextBias            words (no spaces or commas) the model should expect, such as names
 * @param timestampGranularities {@code segment} and/or {@code word}: timed segments in the answer
 */
public record TranscriptionRequest(String model, byte[] fileBytes, Path filePath, String filename, String fileUrl,
                                   String fileId, String language, Double temperature, Boolean diarize,
                                   List<String> contextBias, List<String> timestampGranularities) {

    /** The longest {@code file_url} the API takes. */
    public static final int MAX_URL_LENGTH = 2083;

    private static final Pattern LANGUAGE = Pattern.compile("\\w{2}");
    private static final Pattern BIAS_WORD = Pattern.compile("[^,\\s]+");
    private static final Set<String> GRANULARITIES = Set.of("segment", "word");

    public TranscriptionRequest {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model is required, e.g. voxtral-mini-latest");
        }
        int sources = (fileBytes == null ? 0 : 1) + (filePath == null ? 0 : 1) + (fileUrl == null ? 0 : 1)
                + (fileId == null ? 0 : 1);
        if (sources != 1) {
            throw new IllegalArgumentException("a transcription needs exactly one recording: file bytes, a file, "
                    + "a file_url or a file_id; got " + sources);
        }
        if ((fileBytes != null || filePath != null) && (filename == null || filename.isBlank())) {
            throw new IllegalArgumentException("filename is required with the recording's bytes, e.g. call.mp3");
        }
        if (filePath != null && (!Files.isRegularFile(filePath) || !Files.isReadable(filePath))) {
            throw new IllegalArgumentException("the recording must be a readable regular file, got " + filePath);
        }
        if (fileUrl != null) {
            String scheme = fileUrl.toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
                throw new IllegalArgumentException("fileUrl must be an http(s) URL; send other recordings as bytes, "
                        + "got " + abbreviate(fileUrl));
            }
            if (fileUrl.length() > MAX_URL_LENGTH) {
                throw new IllegalArgumentException("fileUrl has " + fileUrl.length() + " characters, more than the "
                        + MAX_URL_LENGTH + " the API takes");
            }
        }
        if (fileId != null && fileId.isBlank()) {
            throw new IllegalArgumentException("fileId must not be blank");
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language must be two letters such as en or fr, got " + language);
        }
        contextBias = contextBias == null ? List.of() : List.copyOf(contextBias);
        contextBias.forEach(word -> {
            if (!BIAS_WORD.matcher(word).matches()) {
                throw new IllegalArgumentException("contextBias words must have no spaces or commas, got '"
                        + word + "'");
            }
        });
        timestampGranularities = timestampGranularities == null ? List.of() : List.copyOf(timestampGranularities);
        timestampGranularities.forEach(granularity -> {
            if (!GRANULARITIES.contains(granularity)) {
                throw new IllegalArgumentException("timestampGranularities must be segment or word, got "
                        + granularity);
            }
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        // the bytes would flood a log line
        return "TranscriptionRequest{model=" + model + ", file=" + (fileBytes != null ? fileBytes.length + " bytes"
                : filePath != null ? filePath.toString() : fileUrl != null ? abbreviate(fileUrl) : "id " + fileId)
                + ", filename=" + filename + ", language=" + language + ", temperature=" + temperature + ", diarize="
                + diarize + ", contextBias=" + contextBias + ", timestampGranularities=" + timestampGranularities + '}';
    }

    private static String abbreviate(String url) {
        return url.length() <= 80 ? url : url.substring(0, 77) + "...";
    }

    /** Builds a {@link TranscriptionRequest}; the model and one recording are required. */
    public static final class Builder {

        private String model;
        private byte[] fileBytes;
        private Path filePath;
        private String filename;
        private String fileUrl;
        private String fileId;
        private String language;
        private Double temperature;
        private Boolean diarize;
        private List<String> contextBias;
        private List<String> timestampGranularities;

        private Builder() {
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** The recording's bytes, announced as {@code filename}; the array is not copied, do not change it. */
        public Builder file(byte[] bytes, String filename) {
            this.fileBytes = requireNonNull(bytes, "bytes");
            this.filename = filename;
            return this;
        }

        /** The recording on disk, under its own name. */
        public Builder file(Path file) {
            this.filePath = requireNonNull(file, "file");
            this.filename = file.getFileName() == null ? null : file.getFileName().toString();
            return this;
        }

        public Builder fileUrl(String fileUrl) {
            this.fileUrl = fileUrl;
            return this;
        }

        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder diarize(Boolean diarize) {
            this.diarize = diarize;
            return this;
        }

        public Builder contextBias(Collection<String> words) {
            this.contextBias = words == null ? null : new ArrayList<>(words);
            return this;
        }

        /** {@code segment} and/or {@code word}. */
        public Builder timestampGranularities(Collection<String> granularities) {
            this.timestampGranularities = granularities == null ? null : new ArrayList<>(granularities);
            return this;
        }

        public TranscriptionRequest build() {
            return new TranscriptionRequest(model, fileBytes, filePath, filename, fileUrl, fileId, language,
                    temperature, diarize, contextBias, timestampGranularities);
        }
    }
}
