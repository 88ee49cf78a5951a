package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.TransferProgress;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.DocumentUrlChunk;
import dev.mistral4j.client.chat.FileChunk;
import dev.mistral4j.client.chat.ImageUrlChunk;
import dev.mistral4j.client.ocr.OcrRequest;
import dev.mistral4j.client.ocr.OcrResponse;
import dev.mistral4j.langchain4j.internal.OcrInput;
import dev.mistral4j.langchain4j.internal.OcrSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mistral OCR for callers who want the pages themselves (markdown, images, tables, blocks, annotations, confidence
 * scores): a PDF or an image in, the API's {@link OcrResponse} out. {@link MistralOcrDocumentParser} builds on it for
 * RAG. Every document is checked before anything is sent: not empty, a PDF or a PNG, JPEG, WEBP or AVIF image by its
 * first bytes, within the size limit and (when its page tree is readable) the page limit; the error names the
 * document and the limit. Thread-safe.
 */
public final class MistralOcrModel {

    private static final Logger LOG = LoggerFactory.getLogger(MistralOcrModel.class);
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "webp", "avif", "gif", "tiff",
            "bmp");

    private final MistralClient client;
    private final OcrSettings settings;

    MistralOcrModel(MistralClient client, OcrSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the document in {@code file} (read in place; uploaded from there when too large to travel inline). */
    public OcrResponse process(Path file) {
        try (OcrInput input = OcrInput.of(requireNonNull(file, "file"), settings.limits())) {
            return process(input);
        }
    }

    /** Reads the document {@code content} yields to its end; the caller closes the stream. */
    public OcrResponse process(InputStream content) {
        return process(requireNonNull(content, "content"), "the document");
    }

    /** Reads the document in {@code bytes}. */
    public OcrResponse process(byte[] bytes) {
        return process(new ByteArrayInputStream(requireNonNull(bytes, "bytes")), "the document");
    }

    /**
     * Reads the document the API downloads from {@code url}, an {@code http(s)} URL: as an image when its path ends
     * in an image extension ({@code .png}, {@code .jpg}, ...), else as a document. Nothing is checked beforehand: the
     * server downloads it.
     */
    public OcrResponse processUrl(String url) {
        URI uri;
        try {
            uri = URI.create(requireNonNull(url, "url"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url is not a valid URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("url must be an http(s) URL, got scheme '" + scheme + "' in " + url
                    + "; read local documents with process(Path) or process(InputStream)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        String extension = path.substring(path.lastIndexOf('.') + 1);
        ContentChunk document = path.contains(".") && IMAGE_EXTENSIONS.contains(extension) ? ImageUrlChunk.of(url)
                : new DocumentUrlChunk(url, null);
        return client.ocr().process(settings.request(document));
    }

    /** The model that reads documents, e.g. {@code mistral-ocr-latest}. */
    public String modelName() {
        return settings.modelName();
    }

    OcrResponse process(InputStream content, String name) {
        try (OcrInput input = OcrInput.read(content, name, settings.limits())) {
            return process(input);
        }
    }

    private OcrResponse process(OcrInput input) {
        if (input.inlineBytes() != null) {
            return client.ocr().process(settings.request(OcrRequest.inline(input.inlineBytes(),
                    input.kind().mediaType(), null)));
        }
        String fileId = client.ocr().uploadDocument(input.uploadFile(), TransferProgress.NONE);
        try {
            return client.ocr().process(settings.request(new FileChunk(fileId)));
        } finally {
            if (settings.deleteUploads()) {
                delete(fileId, input.name());
            }
        }
    }

    private void delete(String fileId, String name) {
        try {
            client.ocr().deleteDocument(fileId);
        } catch (RuntimeException e) {
            // the pages were read: a file left behind is worth a warning, not a failed parse
            LOG.warn("Could not delete the uploaded copy {} of {}: {}", fileId, name, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "MistralOcrModel{modelName=" + settings.modelName() + '}';
    }

    /** Configures a {@link MistralOcrModel}: the connection options and the OCR options of {@link OcrModelBuilder}. */
    public static final class Builder extends OcrModelBuilder<Builder> {

        private Builder() {
        }

        public MistralOcrModel build() {
            OcrSettings settings = settings();
            return new MistralOcrModel(buildClient(), settings);
        }
    }
}
