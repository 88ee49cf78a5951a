package dev.mistral4j.emulator.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The emulator's own, deliberately simple check of a training file, as the server does while a job validates:
 * every line a JSON object with either {@code messages} (known roles, at least one assistant turn) or string
 * {@code prompt} and {@code completion}. It shares no code with the library's validator.
 */
final class TrainingDataCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ROLES = Set.of("system", "user", "assistant", "tool");

    private TrainingDataCheck() {
    }

    /** The first problem found, as {@code line N: what}, or empty when the file is a usable dataset. */
    static Optional<String> firstProblem(Path file) throws IOException {
        long examples = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Optional<String> problem = lineProblem(line);
                if (problem.isPresent()) {
                    return Optional.of("line " + number + ": " + problem.get());
                }
                examples++;
            }
        }
        return examples == 0 ? Optional.of("the file holds no training example") : Optional.empty();
    }

    private static Optional<String> lineProblem(String line) {
        JsonNode example;
        try {
            example = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Optional.of("not valid JSON");
        }
        if (!example.isObject()) {
            return Optional.of("not a JSON object");
        }
        JsonNode messages = example.path("messages");
        if (messages.isArray()) {
            boolean assistant = false;
            for (JsonNode message : messages) {
                String role = message.path("role").asText("");
                if (!ROLES.contains(role)) {
                    return Optional.of("unknown role '" + role + "'");
                }
                assistant |= role.equals("assistant");
            }
            return assistant ? Optional.empty() : Optional.of("no assistant message to learn from");
        }
        if (example.path("prompt").isTextual() && example.path("completion").isTextual()) {
            return Optional.empty();
        }
        return Optional.of("neither 'messages' nor 'prompt' and 'completion'");
    }
}
