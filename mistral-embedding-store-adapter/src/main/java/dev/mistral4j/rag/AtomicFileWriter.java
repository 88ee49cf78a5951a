package dev.mistral4j.rag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Replaces a file as a whole: readers see the old content or the new one, never a part, even after a crash. */
final class AtomicFileWriter {

    /** Writes the new content to the given (temporary) path. */
    @FunctionalInterface
    interface ContentWriter {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFileWriter() {
    }

    static void replace(Path target, ContentWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            // same directory as the target, so that the move is a rename on one file system
            temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            writer.writeTo(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + absolute, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless: it is never read
        }
    }
}
