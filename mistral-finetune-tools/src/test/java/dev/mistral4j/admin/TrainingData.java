package dev.mistral4j.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small JSONL training files for the tests. */
public final class TrainingData {

    public static final String VALID = """
            {"messages":[{"role":"user","content":"What is the capital of France?"},{"role":"assistant","content":"Paris."}]}
            {"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"2+2?"},{"role":"assistant","content":"4"}]}
            """;

    /** Line 2 is not JSON; line 3 has no assistant turn. */
    public static final String INVALID = """
            {"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}
            {"messages": [oops
            {"messages":[{"role":"user","content":"Only a question"}]}
            """;

    private TrainingData() {
    }

    public static Path write(Path directory, String name, String content) {
        try {
            return Files.writeString(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
