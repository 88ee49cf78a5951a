package dev.mistral4j.admin.files;

import static java.util.Objects.requireNonNull;

/**
 * The form fields of {@code POST /v1/files} beside the file: its purpose, who sees it and when it expires. A null
 * field is not sent, leaving the server's default. Start with {@link #of(FilePurpose)}.
 *
 * @param purpose    what the file is for; required, {@link FilePurpose#UNKNOWN} refused
 * @param visibility who can see the file (server default {@code workspace}); {@link FileVisibility#UNKNOWN} refused
 * @param expiry     the spec's {@code expiry}: when the file expires, as a count the API interprets (the spec gives
 *                   no unit; the emulator reads hours and answers {@code expires_at}); 1 or more
 */
public record FileUploadOptions(FilePurpose purpose, FileVisibility visibility, Integer expiry) {

    public FileUploadOptions {
        requireNonNull(purpose, "purpose");
        if (purpose == FilePurpose.UNKNOWN) {
            throw new IllegalArgumentException("purpose must be FINE_TUNE, BATCH or OCR, not UNKNOWN");
        }
        if (visibility == FileVisibility.UNKNOWN) {
            throw new IllegalArgumentException("visibility must be WORKSPACE or USER, not UNKNOWN");
        }
        if (expiry != null && expiry < 1) {
            throw new IllegalArgumentException("expiry must be 1 or more, got " + expiry);
        }
    }

    /** An upload for {@code purpose} with the server's visibility and no expiry. */
    public static FileUploadOptions of(FilePurpose purpose) {
        return new FileUploadOptions(purpose, null, null);
    }

    public FileUploadOptions withVisibility(FileVisibility newVisibility) {
        return new FileUploadOptions(purpose, newVisibility, expiry);
    }

    public FileUploadOptions withExpiry(Integer newExpiry) {
        return new FileUploadOptions(purpose, visibility, newExpiry);
    }
}
