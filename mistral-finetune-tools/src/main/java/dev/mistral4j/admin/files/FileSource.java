package dev.mistral4j.admin.files;

/** Where a file came from (the spec's {@code Source}); {@link #UNKNOWN} for newer values. */
public enum FileSource {
    UPLOAD("upload"),
    REPOSITORY("repository"),
    MISTRAL("mistral"),
    UNKNOWN(null);

    private final String wireValue;

    FileSource(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value sent on the wire, e.g. {@code upload}; null for {@link #UNKNOWN}. */
    public String wireValue() {
        return wireValue;
    }

    /** The source for a wire value; {@link #UNKNOWN} for null or a value this library does not know. */
    public static FileSource fromWire(String value) {
        for (FileSource source : values()) {
            if (source.wireValue != null && source.wireValue.equals(value)) {
                return source;
            }
        }
        return UNKNOWN;
    }
}
