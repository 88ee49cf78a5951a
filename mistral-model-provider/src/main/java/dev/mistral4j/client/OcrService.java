package dev.mistral4j.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.ocr.OcrRequest;
import dev.mistral4j.client.ocr.OcrResponse;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.FileUpload;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * {@code POST /v1/ocr}: a PDF, another document or an image to markdown, page by page. Small documents travel in the
 * request as a {@code data:} URL ({@link OcrRequest.Builder#document(byte[], String)}); large ones are uploaded first
 * with {@link #uploadDocument(Path, TransferProgress)} (purpose {@code ocr}, streamed in constant memory) and named by
 * their file id. Obtain it from {@link MistralClient#ocr()}.
 */
public final class OcrService {

    private static final String PURPOSE = "ocr";

    private final HttpTransport transport;

    OcrService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Reads the request's document and returns its pages. */
    public OcrResponse process(OcrRequest request) {
        return processWithResponse(request).body();
    }

    /** Like {@link #process}, with the HTTP status, headers and request id. */
    public ApiResponse<OcrResponse> processWithResponse(OcrRequest request) {
        return transport.sendJson(ApiRequest.post("/ocr", requireNonNull(request, "request")), OcrResponse.class);
    }

    /**
     * Uploads {@code file} to {@code /v1/files} with purpose {@code ocr} and returns its id, for
     * {@link OcrRequest.Builder#fileId(String)}. Streamed from disk, re-read on a retry.
     */
    public String uploadDocument(Path file, TransferProgress progress) {
        return upload(FileUpload.of("file", file, requireNonNull(progress, "progress")));
    }

    /**
     * Uploads what {@code content} yields (exactly {@code length} bytes, or {@code -1} when unknown) as
     * {@code filename}, purpose {@code ocr}; returns its id. Sent once, never retried: the stream cannot be read
     * twice. The caller closes {@code content}.
     */
    public String uploadDocument(InputStream content, String filename, long length, TransferProgress progress) {
        return upload(FileUpload.of("file", content, filename, length, requireNonNull(progress, "progress")));
    }

    /** Deletes a document uploaded with {@link #uploadDocument}, once it has been read. */
    public void deleteDocument(String fileId) {
        if (fileId == null || fileId.isBlank()) {
            throw new IllegalArgumentException("fileId must be the id uploadDocument returned");
        }
        transport.sendJson(ApiRequest.delete("/files/" + fileId), JsonNode.class);
    }

    private String upload(FileUpload upload) {
        JsonNode file = transport.upload("/files", upload.withField("purpose", PURPOSE), JsonNode.class).body();
        String id = file.path("id").textValue();
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("POST /files answered without the uploaded file's id: " + file);
        }
        return id;
    }
}
