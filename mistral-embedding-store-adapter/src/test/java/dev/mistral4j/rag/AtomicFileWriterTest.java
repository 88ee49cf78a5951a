package dev.mistral4j.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheWholeFile() throws IOException {
        Path file = Files.writeString(folder.resolve("store.json"), "old content that is longer");

        AtomicFileWriter.replace(file, temporary -> Files.writeString(temporary, "new"));

        assertThat(file).hasContent("new");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(folder.resolve("store.json"), "old");

        assertThatThrownBy(() -> AtomicFileWriter.replace(file, temporary -> {
            Files.writeString(temporary, "half of the ne");
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("store.json");

        assertThat(file).hasContent("old");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
