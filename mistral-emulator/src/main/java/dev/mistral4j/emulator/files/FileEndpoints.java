package dev.mistral4j.emulator.files;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.files.StoredFiles.StoredFile;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /v1/files}: upload (multipart, spooled to disk by the server), list with the spec's filters and
 * pagination, retrieve, delete, download byte for byte, and signed URLs.
 */
public final class FileEndpoints implements Routes {

    private static final Set<String> PURPOSES = Set.of("fine-tune", "batch", "ocr");
    private static final Set<String> VISIBILITIES = Set.of("workspace", "user");

    private final StoredFiles files;

    /** The routes serving {@code files}. */
    public FileEndpoints(StoredFiles files) {
        this.files = files;
    }

    @Override
    public void addTo(Router router) {
        router.post("/v1/files", this::upload)
                .get("/v1/files", this::list)
                .get("/v1/files/{file_id}", this::retrieve)
                .delete("/v1/files/{file_id}", this::delete)
                .get("/v1/files/{file_id}/content", this::content)
                .get("/v1/files/{file_id}/url", this::signedUrl);
    }

    Reply upload(Exchange exchange) {
        try {
            UploadedFile uploaded = exchange.context().uploadedFile("file");
            if (uploaded == null) {
                throw ApiError.unprocessable("body.file: Field required (a multipart part named 'file')");
            }
            String purpose = allowed("purpose", exchange.context().formParam("purpose"), "fine-tune", PURPOSES);
            String visibility = allowed("visibility", exchange.context().formParam("visibility"), "workspace",
                    VISIBILITIES);
            Integer expiry = expiry(exchange.context().formParam("expiry"));
            Path content = files.newContentPath();
            // the server spooled the part to disk; write() moves it rather than copying through memory
            Part part = exchange.context().req().getPart("file");
            part.write(content.toString());
            String filename = uploaded.filename() == null || uploaded.filename().isBlank() ? "upload"
                    : uploaded.filename();
            return Reply.json(toJson(files.add(filename, purpose, visibility, expiry, content), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw ApiError.invalidRequest(null, "Malformed multipart body: " + e.getMessage());
        }
    }

    Reply list(Exchange exchange) {
        int page = exchange.intQueryParam("page", 0, 0);
        int pageSize = exchange.intQueryParam("page_size", 100, 0);
        List<String> sampleTypes = exchange.queryParams("sample_type");
        List<String> sources = exchange.queryParams("source");
        List<String> mimetypes = exchange.queryParams("mimetypes");
        String search = exchange.queryParam("search");
        String purpose = exchange.queryParam("purpose");
        List<StoredFile> matching = files.all().stream()
                .filter(file -> sampleTypes.isEmpty() || sampleTypes.contains(file.sampleType()))
                .filter(file -> sources.isEmpty() || sources.contains(file.source()))
                .filter(file -> mimetypes.isEmpty() || mimetypes.contains(file.mimetype()))
                .filter(file -> purpose == null || purpose.equals(file.purpose()))
                .filter(file -> search == null || file.filename().toLowerCase(Locale.ROOT)
                        .contains(search.toLowerCase(Locale.ROOT)))
                .toList();
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        matching.stream().skip((long) page * pageSize).limit(pageSize)
                .forEach(file -> list.withArray("data").add(toJson(file, null)));
        list.withArray("data");
        list.put("object", "list");
        if (!"false".equals(exchange.queryParam("include_total"))) {
            list.put("total", matching.size());
        }
        return Reply.json(list);
    }

    Reply retrieve(Exchange exchange) {
        return Reply.json(toJson(file(exchange), false));
    }

    Reply delete(Exchange exchange) {
        StoredFile file = file(exchange);
        files.remove(file.id());
        return Reply.json(JsonNodeFactory.instance.objectNode().put("id", file.id()).put("object", "file")
                .put("deleted", true));
    }

    Reply content(Exchange exchange) {
        return new Reply.FileContent(file(exchange).content());
    }

    /** A URL to the content route; the emulator does not check its signature, the real API does. */
    Reply signedUrl(Exchange exchange) {
        StoredFile file = file(exchange);
        int hours = exchange.intQueryParam("expiry", 24, 1);
        long expires = System.currentTimeMillis() / 1000 + hours * 3600L;
        String url = exchange.context().scheme() + "://" + exchange.context().host() + "/v1/files/" + file.id()
                + "/content?se=" + expires + "&sig=emulator";
        return Reply.json(JsonNodeFactory.instance.objectNode().put("url", url));
    }

    private StoredFile file(Exchange exchange) {
        String id = exchange.pathParam("file_id");
        return files.find(id).orElseThrow(() -> new ApiError(404, "not_found", null, "File not found: " + id));
    }

    /** The upload's {@code expiry} form field (the contract check has typed it as an integer), or null. */
    private static Integer expiry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int hours = Integer.parseInt(value.trim());
        if (hours < 1) {
            throw ApiError.unprocessable("body.expiry: Input should be greater than 0, got " + hours);
        }
        return hours;
    }

    private static ObjectNode toJson(StoredFile file, Boolean deleted) {
        ObjectNode json = JsonNodeFactory.instance.objectNode()
                .put("id", file.id())
                .put("object", "file")
                .put("bytes", file.bytes())
                .put("created_at", file.createdAt())
                .put("filename", file.filename())
                .put("purpose", file.purpose())
                .put("sample_type", file.sampleType())
                .put("num_lines", file.numLines())
                .put("mimetype", file.mimetype())
                .put("source", file.source())
                .put("visibility", file.visibility());
        json.putNull("signature");
        if (file.expiresAt() != null) {
            json.put("expires_at", file.expiresAt());
        }
        if (deleted != null) {
            json.put("deleted", deleted);
        }
        return json;
    }

    private static String allowed(String field, String value, String fallback, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw ApiError.unprocessable("body." + field + ": Input should be one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ", got '" + value + "'");
        }
        return value;
    }
}
