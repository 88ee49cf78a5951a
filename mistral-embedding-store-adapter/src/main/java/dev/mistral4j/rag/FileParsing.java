package dev.mistral4j.rag;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.model.audio.AudioTranscriptionModel;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Turns one file of a folder into a document: picks the parser by the file's type (its extension, confirmed by its
 * first bytes), leaves it unparsed when its fingerprint (the SHA-256 of its bytes, with the parser and the splitter)
 * is the one the manifest recorded, and says why when it cannot read it. A parser failure that is not about the file
 * (authentication, an unknown model, rate limits or timeouts left after the model's own retries) ends the ingestion.
 */
final class FileParsing {

    /** What became of a file. */
    sealed interface Outcome permits Parsed, Unchanged, Rejected {
    }

    /** Read into a document; {@code fingerprint} is to be recorded once its chunks are stored. */
    record Parsed(Document document, String fingerprint) implements Outcome {
    }

    /** The same bytes, parser and splitter as when its chunks were stored: nothing to do. */
    record Unchanged() implements Outcome {
    }

    /** Left out, with the reason. */
    record Rejected(String reason) implements Outcome {
    }

    private final DocumentParser textParser = new TextDocumentParser(StandardCharsets.UTF_8);
    private final DocumentParser pdfParser;
    private final DocumentParser imageParser;
    private final AudioTranscriptionModel transcriber;
    private final long maxFileBytes;
    private final String splitterName;

    /**
     * @param pdfParser    for PDFs, or null
     * @param imageParser  for images, or null
     * @param transcriber  for audio, or null
     * @param splitterName what splits the text, part of the fingerprint so that another splitting re-reads the file
     */
    FileParsing(DocumentParser pdfParser, DocumentParser imageParser, AudioTranscriptionModel transcriber,
            long maxFileBytes, String splitterName) {
        this.pdfParser = pdfParser;
        this.imageParser = imageParser;
        this.transcriber = transcriber;
        this.maxFileBytes = maxFileBytes;
        this.splitterName = splitterName;
    }

    /** Reads {@code file}; {@code recorded} is the fingerprint the manifest holds for its source. */
    Outcome read(Path file, String source, Optional<String> recorded) {
        String name = file.getFileName().toString();
        FileFormat named = FileFormat.byExtension(name);
        if (named == null) {
            return new Rejected("unsupported file type: the ingestor reads " + FileFormat.extensionsOf(
                    FileFormat.Kind.TEXT) + " files, and PDFs, images and audio with a parser configured for them");
        }
        String parser = parserName(named.kind());
        if (parser == null) {
            return new Rejected("no parser for " + named.kind().label() + " files is configured: set "
                    + configuration(named.kind()) + " on the DocumentIngestor's builder");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return new Rejected("the file is empty (0 bytes)");
            }
            if (size > maxFileBytes) {
                return new Rejected("the file has " + size + " bytes, more than the limit of " + maxFileBytes
                        + " bytes (DocumentIngestor.Builder.maxFileBytes)");
            }
            if (recorded.isPresent() && recorded.get().equals(fingerprint(sha256(file), parser))) {
                return new Unchanged();
            }
            byte[] bytes = Files.readAllBytes(file);
            return parse(bytes, named, parser, source, name);
        } catch (IOException e) {
            return new Rejected("cannot read the file: " + describe(e));
        }
    }

    private Outcome parse(byte[] bytes, FileFormat named, String parser, String source, String name) {
        FileFormat format = named;
        if (named.kind() == FileFormat.Kind.TEXT) {
            if (!isUtf8Text(bytes)) {
                return new Rejected("named ." + extension(name) + " but its content is not UTF-8 text");
            }
        } else if (!named.matches(bytes)) {
            format = FileFormat.byContent(bytes);
            if (format == null || format.kind() != named.kind()) {
                return new Rejected("named ." + extension(name) + " but its content is not " + what(named.kind())
                        + (format == null ? ""
                                : " (its first bytes are those of " + what(format.kind()) + ", " + format + ")"));
            }
        }
        Document parsed;
        try {
            parsed = parseWith(format, bytes);
        } catch (BlankDocumentException e) {
            parsed = null;
        } catch (AuthenticationException | ModelNotFoundException | UnresolvedModelServerException
                | RetriableException e) {
            throw e;
        } catch (RuntimeException e) {
            return new Rejected(parser + " failed: " + describe(e));
        }
        if (parsed == null || parsed.text() == null || parsed.text().isBlank()) {
            return new Rejected(parser + " found no text in it");
        }
        Metadata metadata = parsed.metadata().copy()
                .put(SegmentMetadata.SOURCE, source)
                .put(Document.FILE_NAME, name)
                .put(SegmentMetadata.PARSER, parser)
                .put(SegmentMetadata.MEDIA_TYPE, format.mediaType());
        Document document = Document.from(parsed.text(), metadata);
        try {
            PageLocator.of(document);
        } catch (IllegalArgumentException e) {
            return new Rejected(parser + " gave bad page metadata: " + e.getMessage());
        }
        return new Parsed(document, fingerprint(sha256(bytes), parser));
    }

    private Document parseWith(FileFormat format, byte[] bytes) {
        if (format.kind() == FileFormat.Kind.AUDIO) {
            Audio audio = Audio.builder().binaryData(bytes).mimeType(format.mediaType()).build();
            String text = transcriber.transcribe(AudioTranscriptionRequest.builder(audio).build()).text();
            return text == null || text.isBlank() ? null : Document.from(text);
        }
        try (InputStream input = new ByteArrayInputStream(bytes)) {
            return ((DocumentParser) parserOf(format.kind())).parse(input);
        } catch (IOException e) {
            throw new IllegalStateException("A byte array cannot fail to close", e);
        }
    }

    /** The {@code DocumentParser} or {@code AudioTranscriptionModel} of the kind, or null. */
    private Object parserOf(FileFormat.Kind kind) {
        return switch (kind) {
            case TEXT -> textParser;
            case PDF -> pdfParser;
            case IMAGE -> imageParser;
            case AUDIO -> transcriber;
        };
    }

    /** The name recorded as {@link SegmentMetadata#PARSER}, or null when no parser reads the kind. */
    private String parserName(FileFormat.Kind kind) {
        Object parser = parserOf(kind);
        if (parser == null) {
            return null;
        }
        String simple = parser.getClass().getSimpleName();
        return simple.isEmpty() ? parser.getClass().getName() : simple;
    }

    private static String configuration(FileFormat.Kind kind) {
        return switch (kind) {
            case PDF -> "documentParser or pdfParser (such as a MistralOcrDocumentParser)";
            case IMAGE -> "documentParser or imageParser (such as a MistralOcrDocumentParser)";
            case AUDIO -> "audioTranscriptionModel (such as a MistralAudioTranscriptionModel)";
            case TEXT -> throw new IllegalStateException("Text files always have a parser");
        };
    }

    private String fingerprint(String sha256, String parser) {
        return "sha256:" + sha256 + " parser:" + parser + " splitter:" + splitterName;
    }

    /** The SHA-256 of the file, read in constant memory: an unchanged file is never held whole. */
    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream input = new DigestInputStream(Files.newInputStream(file), digest)) {
            input.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of {@code bytes} in hex: of a file's bytes, and of each chunk's text for the manifests. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Valid UTF-8 without NUL characters: what a text file holds, and a binary file almost never does. */
    private static boolean isUtf8Text(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String what(FileFormat.Kind kind) {
        return switch (kind) {
            case PDF -> "a PDF";
            case IMAGE -> "an image";
            case AUDIO -> "an audio file";
            case TEXT -> "text";
        };
    }

    private static String describe(Exception e) {
        String message = e.getMessage() != null ? e.getMessage()
                : e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : "";
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
