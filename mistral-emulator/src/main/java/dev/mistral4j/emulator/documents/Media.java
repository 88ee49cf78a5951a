package dev.mistral4j.emulator.documents;

import dev.mistral4j.emulator.files.StoredFiles;
import dev.mistral4j.emulator.server.ApiError;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a document or a recording, wherever the request put them: a {@code data:} URL (base64), a stored file
 * (by id, or by the emulator's own {@code /v1/files/{id}/content} URL, as {@code /v1/files/{id}/url} signs them), or
 * a multipart part on disk. The emulator cannot reach the internet: any other {@code http(s)} URL is answered as the
 * API answers a URL it cannot download.
 */
abstract class Media {

    private static final Pattern DATA_URL = Pattern.compile("data:([^;,]*)(;[^,]*)?,(.*)", Pattern.DOTALL);
    private static final Pattern OWN_FILE = Pattern.compile("/v1/files/([^/]+)/content");

    /** A short name for error messages: the file name, the file id, or "the data URL". */
    abstract String name();

    abstract long size();

    abstract InputStream open() throws IOException;

    /** Every byte; the callers check {@link #size()} against their limit first. */
    byte[] bytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    /** The first bytes, at most {@code count}, to tell the format. */
    byte[] head(int count) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(count);
        }
    }

    /**
     * The media {@code url} points to.
     *
     * @throws ApiError 400 for a URL that is neither {@code data:} nor {@code http(s)}, a malformed data URL, or a
     *                  URL the emulator cannot download
     */
    static Media fromUrl(String url, StoredFiles files) {
        if (url.regionMatches(true, 0, "data:", 0, 5)) {
            return fromDataUrl(url);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiError.invalidRequest(null, "Invalid URL '" + abbreviate(url) + "': " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiError.invalidRequest(null, "Unsupported URL scheme '" + scheme + "' in '" + abbreviate(url)
                    + "': use an http(s) URL or a data: URL");
        }
        Matcher own = OWN_FILE.matcher(uri.getPath() == null ? "" : uri.getPath());
        if (own.matches() && files.content(own.group(1)).isPresent()) {
            return fromFile(own.group(1), files);
        }
        throw ApiError.invalidRequest(null, "Failed to download the file from " + abbreviate(url) + ": the emulator "
                + "cannot reach the internet; send a data: URL, a file id, or a URL from /v1/files/{id}/url");
    }

    /**
     * The stored file {@code fileId}.
     *
     * @throws ApiError 404 when there is no such file
     */
    static Media fromFile(String fileId, StoredFiles files) {
        Path content = files.content(fileId).orElseThrow(() -> new ApiError(404, "not_found", null,
                "File not found: " + fileId));
        return new OnDisk("file " + fileId, content);
    }

    /** A multipart part, as the server spooled it. */
    static Media fromUpload(UploadedFile part) {
        return new Media() {
            @Override
            String name() {
                return part.filename() == null || part.filename().isBlank() ? "the uploaded file" : part.filename();
            }

            @Override
            long size() {
                return part.size();
            }

            @Override
            InputStream open() {
                return part.content();
            }
        };
    }

    private static Media fromDataUrl(String url) {
        Matcher matcher = DATA_URL.matcher(url);
        if (!matcher.matches() || matcher.group(2) == null || !matcher.group(2).contains("base64")) {
            throw ApiError.invalidRequest(null, "Invalid data URL: expected data:<media type>;base64,<data>");
        }
        try {
            return new InMemory("the data URL", Base64.getMimeDecoder().decode(matcher.group(3)));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidRequest(null, "Invalid data URL: the data is not base64 (" + e.getMessage() + ")");
        }
    }

    private static String abbreviate(String url) {
        return url.length() <= 80 ? url : url.substring(0, 77) + "...";
    }

    private static final class InMemory extends Media {

        private final String name;
        private final byte[] bytes;

        InMemory(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        long size() {
            return bytes.length;
        }

        @Override
        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        byte[] bytes() {
            return bytes;
        }
    }

    private static final class OnDisk extends Media {

        private final String name;
        private final Path content;

        OnDisk(String name, Path content) {
            this.name = name;
            this.content = content;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        long size() {
            try {
                return Files.size(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        InputStream open() throws IOException {
            return Files.newInputStream(content);
        }
    }
}
