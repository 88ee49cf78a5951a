package dev.mistral4j.admin.files;

/** The kind of samples a file holds (the spec's {@code SampleType}); {@link #UNKNOWN} for newer values. */
public enum FileSampleType {
    PRETRAIN("pretrain"),
    INSTRUCT("instruct"),
    BATCH_REQUEST("batch_request"),
    BATCH_RESULT("batch_result"),
    BATCH_ERROR("batch_error"),
    UNKNOWN(null);

    private final String wireValue;

    FileSampleType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value sent on the wire, e.g. {@code instruct}; null for {@link #UNKNOWN}. */
    public String wireValue() {
        return wireValue;
    }

    /** The sample type for a wire value; {@link #UNKNOWN} for null or a value this library does not know. */
    public static FileSampleType fromWire(String value) {
        for (FileSampleType type : values()) {
            if (type.wireValue != null && type.wireValue.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
