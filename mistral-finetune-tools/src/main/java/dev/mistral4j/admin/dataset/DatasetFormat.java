package dev.mistral4j.admin.dataset;

/** The kind of examples a training file holds, as detected from the keys of its lines. */
public enum DatasetFormat {
    /** {@code {"messages": [...]}}: instruction / conversation examples for completion jobs. */
    CHAT,
    /** {@code {"prompt": ..., "completion": ...}}: fill-in-the-middle examples. */
    FIM,
    /** {@code {"text": ... or "messages": [...], "labels": {...}}}: examples for classifier jobs. */
    CLASSIFIER,
    /** Lines of more than one format: the file is invalid. */
    MIXED,
    /** No line had a recognisable format (an empty file, or only broken lines). */
    UNKNOWN
}
