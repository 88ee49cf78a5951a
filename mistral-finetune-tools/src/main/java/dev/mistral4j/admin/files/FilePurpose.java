package dev.mistral4j.admin.files;

/** What an uploaded file is for (the spec's {@code FilePurpose}); {@link #UNKNOWN} for newer values. */
public enum FilePurpose {
    FINE_TUNE("fine-tune"),
    BATCH("batch"),
    OCR("ocr"),
    UNKNOWN(null);

    private final String wireValue;

    FilePurpose(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value sent on the wire, e.g. {@code fine-tune}; null for {@link #UNKNOWN}. */
    public String wireValue() {
        return wireValue;
    }

    /** The purpose for a wire value; {@link #UNKNOWN} for null or a value this library does not know. */
    public static FilePurpose fromWire(String value) {
        for (FilePurpose purpose : values()) {
            if (purpose.wireValue != null && purpose.wireValue.equals(value)) {
                return purpose;
            }
        }
        return UNKNOWN;
    }
}
