package dev.mistral4j.admin.files;

/** Who can see a file (the spec's {@code FileVisibility}); {@link #UNKNOWN} for newer values. */
public enum FileVisibility {
    WORKSPACE("workspace"),
    USER("user"),
    UNKNOWN(null);

    private final String wireValue;

    FileVisibility(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value sent on the wire, e.g. {@code workspace}; null for {@link #UNKNOWN}. */
    public String wireValue() {
        return wireValue;
    }

    /** The visibility for a wire value; {@link #UNKNOWN} for null or a value this library does not know. */
    public static FileVisibility fromWire(String value) {
        for (FileVisibility visibility : values()) {
            if (visibility.wireValue != null && visibility.wireValue.equals(value)) {
                return visibility;
            }
        }
        return UNKNOWN;
    }
}
