package dev.mistral4j.rag;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The file formats {@link DocumentIngestor} reads from a folder: named by their extension, and (but for text, which
 * has no signature) confirmed by their first bytes.
 */
enum FileFormat {

    TEXT(Kind.TEXT, "text/plain", List.of("txt", "text", "md", "markdown"), head -> true),
    PDF(Kind.PDF, "application/pdf", List.of("pdf"), FileFormat::isPdf),
    PNG(Kind.IMAGE, "image/png", List.of("png"), head -> startsWith(head, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')),
    JPEG(Kind.IMAGE, "image/jpeg", List.of("jpg", "jpeg"), head -> startsWith(head, 0, 0xFF, 0xD8, 0xFF)),
    GIF(Kind.IMAGE, "image/gif", List.of("gif"), head -> startsWith(head, "GIF87a") || startsWith(head, "GIF89a")),
    WEBP(Kind.IMAGE, "image/webp", List.of("webp"), head -> isRiff(head, "WEBP")),
    TIFF(Kind.IMAGE, "image/tiff", List.of("tif", "tiff"),
            head -> startsWith(head, 0, 'I', 'I', 42, 0) || startsWith(head, 0, 'M', 'M', 0, 42)),
    BMP(Kind.IMAGE, "image/bmp", List.of("bmp"), head -> startsWith(head, "BM")),
    AVIF(Kind.IMAGE, "image/avif", List.of("avif"), head -> isIsoMedia(head) && isAvifBrand(head)),
    WAV(Kind.AUDIO, "audio/wav", List.of("wav", "wave"), head -> isRiff(head, "WAVE")),
    MP3(Kind.AUDIO, "audio/mpeg", List.of("mp3"), head -> startsWith(head, "ID3") || isMpegAudioFrame(head)),
    OGG(Kind.AUDIO, "audio/ogg", List.of("ogg", "oga", "opus"), head -> startsWith(head, "OggS")),
    FLAC(Kind.AUDIO, "audio/flac", List.of("flac"), head -> startsWith(head, "fLaC")),
    M4A(Kind.AUDIO, "audio/mp4", List.of("m4a"), head -> isIsoMedia(head) && !isAvifBrand(head)),
    AAC(Kind.AUDIO, "audio/aac", List.of("aac"), FileFormat::isAdtsFrame),
    WEBM(Kind.AUDIO, "audio/webm", List.of("webm"), head -> startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3));

    /** What reads a format: text as it is, PDFs and images through a document parser, audio through transcription. */
    enum Kind {
        TEXT("text"), PDF("PDF"), IMAGE("image"), AUDIO("audio");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How messages name the kind. */
        String label() {
            return label;
        }
    }

    /** How far into a file a PDF's header may start (readers accept some bytes before it). */
    static final int HEAD_BYTES = 1024;

    private final Kind kind;
    private final String mediaType;
    private final List<String> extensions;
    private final Predicate<byte[]> signature;

    FileFormat(Kind kind, String mediaType, List<String> extensions, Predicate<byte[]> signature) {
        this.kind = kind;
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    Kind kind() {
        return kind;
    }

    String mediaType() {
        return mediaType;
    }

    Set<String> extensions() {
        return Set.copyOf(extensions);
    }

    /** The format the file's extension names (case-insensitive), or null. */
    static FileFormat byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst()
                .orElse(null);
    }

    /** The binary format whose signature the first bytes carry, or null (text has no signature). */
    static FileFormat byContent(byte[] head) {
        return Arrays.stream(values()).filter(format -> format != TEXT && format.matches(head)).findFirst()
                .orElse(null);
    }

    /** Whether the first bytes of a file carry this format's signature; always for text. */
    boolean matches(byte[] head) {
        return signature.test(head);
    }

    /** Every extension of the formats of these kinds, as {@code .pdf, .png, ...}. */
    static String extensionsOf(Kind kind) {
        return Arrays.stream(values()).filter(format -> format.kind == kind)
                .flatMap(format -> format.extensions.stream()).map(extension -> "." + extension)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static boolean isPdf(byte[] head) {
        byte[] marker = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        for (int offset = 0; offset + marker.length <= Math.min(head.length, HEAD_BYTES); offset++) {
            if (Arrays.equals(head, offset, offset + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRiff(byte[] head, String form) {
        return startsWith(head, "RIFF") && startsWith(head, 8, form);
    }

    /** An ISO base media file (MP4, M4A, AVIF): a {@code ftyp} box first. */
    private static boolean isIsoMedia(byte[] head) {
        return startsWith(head, 4, "ftyp");
    }

    private static boolean isAvifBrand(byte[] head) {
        return startsWith(head, 8, "avif") || startsWith(head, 8, "avis");
    }

    /** An MPEG audio frame header: 11 sync bits, then a layer (bits 1-2 of the second byte) other than 0. */
    private static boolean isMpegAudioFrame(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0;
    }

    /** An AAC ADTS frame header: 12 sync bits, then layer 0. */
    private static boolean isAdtsFrame(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xF6) == 0xF0;
    }

    private static boolean startsWith(byte[] head, String ascii) {
        return startsWith(head, 0, ascii);
    }

    private static boolean startsWith(byte[] head, int offset, String ascii) {
        return startsWith(head, offset, ascii.chars().toArray());
    }

    private static boolean startsWith(byte[] head, int offset, int... bytes) {
        if (head.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[offset + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
