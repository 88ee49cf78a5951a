package dev.mistral4j.emulator.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The requests of one job in input order, one at a time: inline requests from the job's body, or input files read
 * line by line (blank lines skipped), so a file of any size costs the memory of one line. {@link #check} reads the
 * files once before the job runs, as the API validates them.
 */
final class BatchInput implements Closeable {

    /** Problems reported one by one in a job's {@code errors}; the rest are summed up in one more entry. */
    static final int LISTED_PROBLEMS = 9;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request: its position among all the job's requests, its {@code custom_id} (may be null) and body. */
    record Request(long index, String customId, ObjectNode body) {
    }

    /** What {@link #check} found: the number of requests, and problems as (message, count) pairs. */
    record Check(long requests, List<Problem> problems) {
    }

    record Problem(String message, int count) {
    }

    private final Iterator<JsonNode> inline;
    private final Iterator<Path> files;
    private BufferedReader reader;
    private long index;

    private BatchInput(Iterator<JsonNode> inline, Iterator<Path> files) {
        this.inline = inline;
        this.files = files;
    }

    /** The requests of {@code requests}, the job's inline {@code BatchRequest} array, checked at creation. */
    static BatchInput inline(JsonNode requests) {
        return new BatchInput(requests.elements(), null);
    }

    /** The lines of {@code files}, in order, checked by {@link #check} first. */
    static BatchInput files(List<Path> files) {
        return new BatchInput(null, files.iterator());
    }

    /** The next request, or {@code null} after the last. */
    Request next() throws IOException {
        if (inline != null) {
            return inline.hasNext() ? request(inline.next()) : null;
        }
        while (true) {
            if (reader == null) {
                if (!files.hasNext()) {
                    return null;
                }
                reader = Files.newBufferedReader(files.next(), StandardCharsets.UTF_8);
            }
            String line = reader.readLine();
            if (line == null) {
                reader.close();
                reader = null;
            } else if (!line.isBlank()) {
                return request(JSON.readTree(line));
            }
        }
    }

    private Request request(JsonNode line) {
        return new Request(index++, line.path("custom_id").textValue(), (ObjectNode) line.get("body"));
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }

    /**
     * Reads every line of the input files once: each must be a JSON object with an object {@code body} and, when
     * present, a string {@code custom_id} used by no other line. {@code ids} name the files in the problems.
     */
    static Check check(List<String> ids, List<Path> files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Set<String> customIds = new HashSet<>();
        int unlisted = 0;
        long requests = 0;
        for (int f = 0; f < files.size(); f++) {
            try (BufferedReader lines = Files.newBufferedReader(files.get(f), StandardCharsets.UTF_8)) {
                long number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    requests++;
                    String problem = lineProblem(line, customIds);
                    if (problem == null) {
                        continue;
                    }
                    if (problems.size() < LISTED_PROBLEMS) {
                        problems.add(new Problem("Input file " + ids.get(f) + ", line " + number + ": " + problem, 1));
                    } else {
                        unlisted++;
                    }
                }
            }
        }
        if (unlisted > 0) {
            problems.add(new Problem(unlisted + " more invalid lines in the input files", unlisted));
        }
        return new Check(requests, problems);
    }

    private static String lineProblem(String line, Set<String> customIds) {
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return "not valid JSON: " + e.getOriginalMessage();
        }
        if (!request.isObject()) {
            return "not a JSON object";
        }
        if (!request.path("body").isObject()) {
            return "\"body\" must be a JSON object holding the request for the endpoint";
        }
        JsonNode customId = request.path("custom_id");
        if (customId.isMissingNode() || customId.isNull()) {
            return null;
        }
        if (!customId.isTextual()) {
            return "\"custom_id\" must be a string";
        }
        return customIds.add(customId.asText()) ? null : "duplicate custom_id '" + customId.asText() + "'";
    }
}
