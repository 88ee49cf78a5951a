package dev.mistral4j.emulator.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.files.StoredFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The output and error files of one job, written a line at a time in input order:
 * {@code {"id":"batch-<job>-<index>","custom_id":...,"response":{"status_code":200,"body":{...}},"error":null}} for a
 * success, the same with the API's error status and body and {@code "error":{"message":...,"code":...}} for a
 * failure. Once {@link #close() closed} they are registered as stored files (purpose {@code batch}, sample types
 * {@code batch_result} and {@code batch_error}); a file with no line is not registered.
 */
final class ResultFiles implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String jobId;
    private final StoredFiles files;
    private final Path output;
    private final Path errors;
    private final BufferedWriter outputWriter;
    private final BufferedWriter errorWriter;
    private final BitSet failed = new BitSet();
    private long outputLines;
    private long errorLines;
    private boolean closed;
    private String outputId;
    private String errorId;

    ResultFiles(String jobId, StoredFiles files) throws IOException {
        this.jobId = jobId;
        this.files = files;
        this.output = files.newContentPath();
        this.errors = files.newContentPath();
        this.outputWriter = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        this.errorWriter = Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
    }

    /**
     * Writes the answer to {@code request}: a success line for a 2xx status, else an error line.
     *
     * @return {@code null} for a success, else the error message written
     */
    String write(BatchInput.Request request, int status, JsonNode body) throws IOException {
        ObjectNode line = JsonNodeFactory.instance.objectNode()
                .put("id", "batch-" + jobId + "-" + request.index())
                .put("custom_id", request.customId());
        line.putObject("response").put("status_code", status).set("body", body);
        if (status / 100 == 2) {
            line.putNull("error");
            outputWriter.write(line.toString());
            outputWriter.write('\n');
            outputLines++;
            return null;
        }
        String message = errorMessage(status, body);
        line.putObject("error").put("message", message).put("code", errorCode(status, body));
        errorWriter.write(line.toString());
        errorWriter.write('\n');
        errorLines++;
        failed.set(Math.toIntExact(request.index()));
        return message;
    }

    /** Closes both files and registers the non-empty ones; idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        outputWriter.close();
        errorWriter.close();
        outputId = register(output, outputLines, "output", "batch_result");
        errorId = register(errors, errorLines, "error", "batch_error");
    }

    /** The output file's id once closed, or {@code null} when no request succeeded. */
    String outputId() {
        return outputId;
    }

    /** The error file's id once closed, or {@code null} when no request failed. */
    String errorId() {
        return errorId;
    }

    /** Every line written, success or failure, in input order, read back from the closed files. */
    ArrayNode readAll() throws IOException {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        try (BufferedReader successes = reader(outputId); BufferedReader failures = reader(errorId)) {
            for (long i = 0; i < outputLines + errorLines; i++) {
                all.add(JSON.readTree((failed.get(Math.toIntExact(i)) ? failures : successes).readLine()));
            }
        }
        return all;
    }

    private BufferedReader reader(String fileId) throws IOException {
        if (fileId == null) {
            return new BufferedReader(Reader.nullReader());
        }
        Path content = files.content(fileId).orElseThrow(() -> new IOException("result file " + fileId
                + " was deleted"));
        return Files.newBufferedReader(content, StandardCharsets.UTF_8);
    }

    private String register(Path content, long lines, String kind, String sampleType) throws IOException {
        if (lines == 0) {
            Files.deleteIfExists(content);
            return null;
        }
        return files.addGenerated("batch-" + jobId + "-" + kind + ".jsonl", "batch", sampleType, content);
    }

    /** The API's message: the envelope's, or each validation error as {@code loc: msg}. */
    private static String errorMessage(int status, JsonNode body) {
        if (body.path("message").isTextual()) {
            return body.path("message").asText();
        }
        StringBuilder message = new StringBuilder();
        for (JsonNode detail : body.path("detail")) {
            List<String> loc = new ArrayList<>();
            detail.path("loc").forEach(part -> loc.add(part.asText()));
            message.append(message.length() == 0 ? "" : "; ").append(String.join(".", loc)).append(": ")
                    .append(detail.path("msg").asText());
        }
        return message.length() == 0 ? "status " + status : message.toString();
    }

    /** The API's error code when it gave one, else its error type (or the first validation error's type). */
    private static String errorCode(int status, JsonNode body) {
        if (body.path("code").isTextual()) {
            return body.path("code").asText();
        }
        if (body.path("type").isTextual()) {
            return body.path("type").asText();
        }
        JsonNode detail = body.path("detail").path(0).path("type");
        return detail.isTextual() ? detail.asText() : String.valueOf(status);
    }
}
