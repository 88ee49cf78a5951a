package dev.mistral4j.admin;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.admin.files.FileDeleted;
import dev.mistral4j.admin.files.FileList;
import dev.mistral4j.admin.files.FileListQuery;
import dev.mistral4j.admin.files.FileObject;
import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.files.FileSampleType;
import dev.mistral4j.admin.files.FileSource;
import dev.mistral4j.admin.files.FileUploadOptions;
import dev.mistral4j.admin.files.FileSignedUrl;
import dev.mistral4j.client.TransferProgress;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.FileUpload;
import dev.mistral4j.client.spi.MistralTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * {@code /v1/files}: upload, list, retrieve, download, delete, signed URL. Obtain it from
 * {@link MistralAdminClient#files()}. Uploads and downloads stream in small chunks: memory use does not grow with
 * the file. API failures are the client core's LangChain4j exceptions; local I/O failures are
 * {@link UncheckedIOException}s. Thread-safe.
 */
public final class FilesService {

    private static final int CHUNK = 64 * 1024;

    private final MistralTransport transport;

    FilesService(MistralTransport transport) {
        this.transport = transport;
    }

    /** Uploads {@code file} under its own name; see {@link #upload(Path, FilePurpose, TransferProgress)}. */
    public FileObject upload(Path file, FilePurpose purpose) {
        return upload(file, purpose, TransferProgress.NONE);
    }

    /**
     * Uploads {@code file} under its own name. The file is read again on each attempt, so a failed upload is
     * retried as the client's retry policy allows, progress starting again from zero.
     *
     * @param purpose what the file is for; {@link FilePurpose#UNKNOWN} is refused
     */
    public FileObject upload(Path file, FilePurpose purpose, TransferProgress progress) {
        return upload(file, FileUploadOptions.of(purpose), progress);
    }

    /** Uploads {@code file} under its own name with the form fields of {@code options} (visibility, expiry). */
    public FileObject upload(Path file, FileUploadOptions options, TransferProgress progress) {
        return sendUpload(FileUpload.of("file", file, progress), options);
    }

    /**
     * Uploads what {@code content} yields until its end, under {@code filename}. A stream cannot be read twice, so
     * this upload is never retried: a failed attempt throws. The caller keeps ownership of (and closes) the stream.
     *
     * @param length the exact byte count when known, else {@code -1} (the body is then sent chunked)
     */
    public FileObject upload(InputStream content, String filename, long length, FilePurpose purpose,
                             TransferProgress progress) {
        return upload(content, filename, length, FileUploadOptions.of(purpose), progress);
    }

    /** As {@link #upload(InputStream, String, long, FilePurpose, TransferProgress)}, with the fields of options. */
    public FileObject upload(InputStream content, String filename, long length, FileUploadOptions options,
                             TransferProgress progress) {
        return sendUpload(FileUpload.of("file", content, filename, length, progress), options);
    }

    /** The first page of files with the server's defaults. */
    public FileList list() {
        return list(FileListQuery.all());
    }

    /** One page of files matching {@code query}. */
    public FileList list(FileListQuery query) {
        requireNonNull(query, "query");
        ApiRequest request = ApiRequest.get("/files")
                .withQuery("page", query.page())
                .withQuery("page_size", query.pageSize())
                .withQuery("include_total", query.includeTotal())
                .withQuery("sample_type", query.sampleTypes().stream().map(FileSampleType::wireValue).toList())
                .withQuery("source", query.sources().stream().map(FileSource::wireValue).toList())
                .withQuery("search", query.search())
                .withQuery("purpose", query.purpose() == null ? null : query.purpose().wireValue())
                .withQuery("mimetypes", query.mimetypes());
        return transport.sendJson(request, FileList.class).body();
    }

    /**
     * Every file matching {@code query}, from its page (0 when unset) to the last, fetching each page only when the
     * stream reaches it. The stream is lazy and may throw the client's exceptions while it is consumed.
     */
    public Stream<FileObject> listAll(FileListQuery query) {
        requireNonNull(query, "query");
        int pageSize = query.pageSize() != null ? query.pageSize() : PagedResults.DEFAULT_PAGE_SIZE;
        FileListQuery sized = new FileListQuery(query.page(), pageSize, false, query.sampleTypes(), query.sources(),
                query.search(), query.purpose(), query.mimetypes());
        return PagedResults.stream(page -> list(sized.withPage(page)).data(),
                query.page() == null ? 0 : query.page(), pageSize);
    }

    public FileObject retrieve(String fileId) {
        return transport.sendJson(ApiRequest.get("/files/" + requireId(fileId)), FileObject.class).body();
    }

    public FileDeleted delete(String fileId) {
        return transport.sendJson(ApiRequest.delete("/files/" + requireId(fileId)), FileDeleted.class).body();
    }

    /** A URL to download the file without the API key, valid for {@code expiryHours} (null: the server's 24 h). */
    public FileSignedUrl signedUrl(String fileId, Integer expiryHours) {
        if (expiryHours != null && expiryHours < 1) {
            throw new IllegalArgumentException("expiryHours must be 1 or more, got " + expiryHours);
        }
        return transport.sendJson(ApiRequest.get("/files/" + requireId(fileId) + "/url")
                .withQuery("expiry", expiryHours), FileSignedUrl.class).body();
    }

    /** Downloads the file's content to {@code target}; see {@link #download(String, Path, TransferProgress)}. */
    public Path download(String fileId, Path target) {
        return download(fileId, target, TransferProgress.NONE);
    }

    /**
     * Downloads the file's content to {@code target}, replacing what is there; a directory receives the file under
     * its stored name. The bytes stream to a temporary file beside the target, which is moved into place once
     * complete: a failed download leaves neither a partial file nor the temporary one behind.
     *
     * @return the path written
     */
    public Path download(String fileId, Path target, TransferProgress progress) {
        requireNonNull(target, "target");
        requireNonNull(progress, "progress");
        Path destination = Files.isDirectory(target) ? target.resolve(storedName(fileId)) : target;
        Path directory = destination.toAbsolutePath().getParent();
        transport.download("/files/" + requireId(fileId) + "/content", progress,
                (content, length) -> writeAtomically(content, directory, destination));
        return destination;
    }

    private String storedName(String fileId) {
        String name = retrieve(fileId).filename();
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return fileId;
        }
        return name;
    }

    private static Void writeAtomically(InputStream content, Path directory, Path destination) throws IOException {
        Path temporary = Files.createTempFile(directory, "." + destination.getFileName(), ".part");
        try {
            byte[] buffer = new byte[CHUNK];
            try (OutputStream out = Files.newOutputStream(temporary)) {
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    out.write(buffer, 0, read);
                }
            }
            try {
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            return null;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private FileObject sendUpload(FileUpload upload, FileUploadOptions options) {
        requireNonNull(options, "options");
        FileUpload withFields = upload.withField("purpose", options.purpose().wireValue());
        if (options.visibility() != null) {
            withFields = withFields.withField("visibility", options.visibility().wireValue());
        }
        if (options.expiry() != null) {
            withFields = withFields.withField("expiry", String.valueOf(options.expiry()));
        }
        return transport.upload("/files", withFields, FileObject.class).body();
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an id is required, got " + (id == null ? "null" : "a blank one"));
        }
        return id;
    }
}
