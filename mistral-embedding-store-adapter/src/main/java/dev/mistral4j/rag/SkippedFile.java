package dev.mistral4j.rag;

import java.util.Objects;

/**
 * A file of an ingested folder that was left out, and why: of no supported type, its content not what its name says,
 * empty, over the size limit, unreadable, or its parser failed or found no text. What the store held from it before
 * stays.
 *
 * @param file   the file's source: its path relative to the folder, with {@code /} separators
 * @param reason what is wrong with it, in a sentence
 */
public record SkippedFile(String file, String reason) {

    public SkippedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
