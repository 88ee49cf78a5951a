package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.Metadata;
import dev.mistral4j.langchain4j.internal.OcrDocumentAssembler;
import dev.mistral4j.langchain4j.internal.OcrSettings;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A LangChain4j {@link DocumentParser} on Mistral OCR: the bytes of a PDF or an image (PNG, JPEG, WEBP, AVIF) become
 * one {@link Document} whose text is the pages' markdown in page order, one blank line ({@code "\n\n"}) between two
 * pages, extracted tables put back where they stand. Headers and footers stay in the text unless
 * {@code extractHeader}/{@code extractFooter} are set, which leaves them out.
 *
 * <p>The metadata lets a splitter's segments keep their page numbers:
 * <ul>
 *   <li>{@value #PAGE_COUNT} (Integer): the pages in the text;</li>
 *   <li>{@value #PAGE_STARTS} (String): each page's start offset in the text, comma-separated, e.g. {@code 0,1520};
 *       read it with {@link #pageStarts(Metadata)}, and find a text offset's page with {@link #pageAt};</li>
 *   <li>{@value #PAGE_INDEXES} (String): each page's index in the original document (from 0), comma-separated, in
 *       the same order; they differ from {@code 0,1,2...} when only some {@code pages} were read;</li>
 *   <li>{@value #MODEL} (String), {@value #PAGES_PROCESSED} (Integer), {@value #DOC_SIZE_BYTES} (Long) from the
 *       answer and its usage, and {@value #DOCUMENT_ANNOTATION} (String, JSON) with a document annotation format.</li>
 * </ul>
 *
 * <p>Bad input fails before anything is sent, with an {@link IllegalArgumentException} naming the problem and the
 * limit: an empty stream, bytes that are neither a PDF nor a supported image, a document over the size limit or a PDF
 * over the page limit (see {@link OcrModelBuilder}). A document without any text raises LangChain4j's
 * {@link BlankDocumentException}, as its own parsers do. Thread-safe.
 */
public final class MistralOcrDocumentParser implements DocumentParser {

    /** Metadata key: the number of pages in the text. */
    public static final String PAGE_COUNT = "ocr_page_count";
    /** Metadata key: the pages' start offsets in the text, comma-separated. */
    public static final String PAGE_STARTS = "ocr_page_starts";
    /** Metadata key: the pages' indexes in the original document, comma-separated. */
    public static final String PAGE_INDEXES = "ocr_page_indexes";
    /** Metadata key: the model that read the document. */
    public static final String MODEL = "ocr_model";
    /** Metadata key: the pages the API processed (and bills). */
    public static final String PAGES_PROCESSED = "ocr_pages_processed";
    /** Metadata key: the document's size in bytes, as the API counted it. */
    public static final String DOC_SIZE_BYTES = "ocr_doc_size_bytes";
    /** Metadata key: the document annotation, a JSON string. */
    public static final String DOCUMENT_ANNOTATION = "ocr_document_annotation";

    private static final OcrDocumentAssembler.Keys KEYS = new OcrDocumentAssembler.Keys(PAGE_COUNT, PAGE_STARTS,
            PAGE_INDEXES, MODEL, PAGES_PROCESSED, DOC_SIZE_BYTES, DOCUMENT_ANNOTATION);

    private final MistralOcrModel model;

    private MistralOcrDocumentParser(MistralOcrModel model) {
        this.model = model;
    }

    /** A parser on {@code model}, with its options and its client. */
    public static MistralOcrDocumentParser from(MistralOcrModel model) {
        return new MistralOcrDocumentParser(requireNonNull(model, "model"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the document {@code inputStream} yields to its end (the caller closes it). */
    @Override
    public Document parse(InputStream inputStream) {
        return OcrDocumentAssembler.document(model.process(requireNonNull(inputStream, "inputStream"),
                "the document"), KEYS);
    }

    /** Reads the document in {@code file} in place; errors name the file. */
    public Document parse(Path file) {
        return OcrDocumentAssembler.document(model.process(requireNonNull(file, "file")), KEYS);
    }

    /** The pages' start offsets in a parsed document's text, from its (or a segment's copy of its) metadata. */
    public static int[] pageStarts(Metadata metadata) {
        return numbers(metadata, PAGE_STARTS);
    }

    /**
     * The index in the original document (from 0) of the page holding the character at {@code offset} of a parsed
     * document's text; an offset in the blank line between two pages belongs to the page before.
     *
     * @throws IllegalArgumentException when the metadata has no page offsets or {@code offset} is negative
     */
    public static int pageAt(Metadata metadata, int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
        int[] starts = pageStarts(metadata);
        int[] indexes = numbers(metadata, PAGE_INDEXES);
        if (starts.length == 0 || starts.length != indexes.length) {
            throw new IllegalArgumentException("the metadata has no page offsets of a document parsed by "
                    + "MistralOcrDocumentParser (" + PAGE_STARTS + ", " + PAGE_INDEXES + ")");
        }
        int position = Arrays.binarySearch(starts, offset);
        int page = position >= 0 ? position : -position - 2;
        return indexes[Math.max(page, 0)];
    }

    private static int[] numbers(Metadata metadata, String key) {
        String value = requireNonNull(metadata, "metadata").getString(key);
        if (value == null || value.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    @Override
    public String toString() {
        return "MistralOcrDocumentParser{modelName=" + model.modelName() + '}';
    }

    /** Configures a {@link MistralOcrDocumentParser}: the connection options and those of {@link OcrModelBuilder}. */
    public static final class Builder extends OcrModelBuilder<Builder> {

        private Builder() {
        }

        public MistralOcrDocumentParser build() {
            OcrSettings settings = settings();
            return new MistralOcrDocumentParser(new MistralOcrModel(buildClient(), settings));
        }
    }
}
