package dev.mistral4j.admin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a batch input file line by line before it is uploaded: each non-blank line a JSON object with an object
 * {@code body} and, when it has one, a string {@code custom_id} no earlier line used. Reads one line at a time; the
 * custom ids seen are kept to find duplicates.
 */
final class BatchInputCheck {

    /** Problems listed one by one; the others are counted. */
    static final int LISTED = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the check found: requests, bad lines (each {@code line N: message}, at most {@link #LISTED}). */
    record Report(long requests, long badLines, List<String> problems) {
        boolean isValid() {
            return badLines == 0 && requests > 0;
        }
    }

    private BatchInputCheck() {
    }

    static Report check(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Long> customIds = new HashMap<>();
        long requests = 0;
        long bad = 0;
        long number = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String problem = problem(line, number, customIds);
                if (problem == null) {
                    requests++;
                } else {
                    bad++;
                    if (problems.size() < LISTED) {
                        problems.add("line " + number + ": " + problem);
                    }
                }
            }
        }
        if (requests == 0 && bad == 0) {
            problems.add("the file holds no request");
        }
        return new Report(requests, bad, problems);
    }

    private static String problem(String line, long number, Map<String, Long> customIds) {
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
            return "\"body\" is missing or not a JSON object: it holds the endpoint's request";
        }
        JsonNode customId = request.path("custom_id");
        if (customId.isMissingNode() || customId.isNull()) {
            return null;
        }
        if (!customId.isTextual()) {
            return "\"custom_id\" must be a string, got " + customId;
        }
        Long earlier = customIds.putIfAbsent(customId.asText(), number);
        return earlier == null ? null : "duplicate custom_id '" + customId.asText() + "' (first on line " + earlier
                + ")";
    }
}
