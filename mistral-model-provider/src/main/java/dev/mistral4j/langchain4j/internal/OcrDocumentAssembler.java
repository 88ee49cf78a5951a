package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.mistral4j.client.ocr.OcrPage;
import dev.mistral4j.client.ocr.OcrResponse;
import dev.mistral4j.client.ocr.OcrTable;
import java.util.StringJoiner;

/**
 * Turns an OCR answer into one LangChain4j {@link Document}: the pages' markdown in page order, separated by a blank
 * line, extracted tables put back where the markdown refers to them, with the page metadata that lets any splitter's
 * segments be traced to their pages (see {@code MistralOcrDocumentParser} for the keys).
 */
public final class OcrDocumentAssembler {

    /** Between two pages of the text. */
    public static final String PAGE_SEPARATOR = "\n\n";

    private OcrDocumentAssembler() {
    }

    /**
     * The document of {@code response}; the metadata keys are those given, so the parser documents them in one place.
     *
     * @throws BlankDocumentException when no page has any text
     */
    public static Document document(OcrResponse response, Keys keys) {
        StringBuilder text = new StringBuilder();
        StringJoiner starts = new StringJoiner(",");
        StringJoiner indexes = new StringJoiner(",");
        for (OcrPage page : response.pages()) {
            if (text.length() > 0) {
                text.append(PAGE_SEPARATOR);
            }
            starts.add(Integer.toString(text.length()));
            indexes.add(Integer.toString(page.index()));
            text.append(withTables(page));
        }
        Metadata metadata = new Metadata()
                .put(keys.pageCount(), response.pages().size())
                .put(keys.pageStarts(), starts.toString())
                .put(keys.pageIndexes(), indexes.toString());
        if (response.model() != null) {
            metadata.put(keys.model(), response.model());
        }
        if (response.usageInfo() != null && response.usageInfo().pagesProcessed() != null) {
            metadata.put(keys.pagesProcessed(), response.usageInfo().pagesProcessed());
        }
        if (response.usageInfo() != null && response.usageInfo().docSizeBytes() != null) {
            metadata.put(keys.docSizeBytes(), response.usageInfo().docSizeBytes());
        }
        if (response.documentAnnotation() != null) {
            metadata.put(keys.documentAnnotation(), response.documentAnnotation());
        }
        if (text.toString().isBlank()) {
            // LangChain4j's own parsers answer a document without text so; a Document cannot hold blank text
            throw new BlankDocumentException();
        }
        return Document.from(text.toString(), metadata);
    }

    /** The page's markdown with each extracted table's {@code [id](id)} reference replaced by the table itself. */
    static String withTables(OcrPage page) {
        String markdown = page.markdown();
        for (OcrTable table : page.tables()) {
            if (table.id() != null && table.content() != null) {
                markdown = markdown.replace("[" + table.id() + "](" + table.id() + ")", table.content());
            }
        }
        return markdown;
    }

    /** The metadata keys of a parsed document. */
    public record Keys(String pageCount, String pageStarts, String pageIndexes, String model, String pagesProcessed,
                       String docSizeBytes, String documentAnnotation) {
    }
}
