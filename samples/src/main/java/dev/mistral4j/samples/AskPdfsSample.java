package dev.mistral4j.samples;

import dev.langchain4j.data.document.Metadata;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import dev.mistral4j.langchain4j.MistralOcrDocumentParser;
import dev.mistral4j.rag.DocumentIngestor;
import dev.mistral4j.rag.IngestionReport;
import dev.mistral4j.rag.SegmentMetadata;
import dev.mistral4j.rag.SkippedFile;
import dev.mistral4j.rag.TrackedStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Ask your PDFs: reads a folder of PDFs (and images, text and Markdown beside them) with Mistral OCR through
 * {@link MistralOcrDocumentParser}, ingests it into an embedded store, and answers questions citing the file and the
 * page of each passage. Run it twice: the second run sends no document to OCR and embeds nothing. A file it cannot
 * read is listed with the reason, and the others are ingested.
 *
 * <pre>
 * java -cp mistral4j-samples.jar dev.mistral4j.samples.AskPdfsSample [folder] [question ...]
 * </pre>
 *
 * Without a folder it asks about the public-domain texts of {@link AskDocsSample}, written once as PDFs (one page per
 * paragraph) into {@code mistral4j-ask-pdfs-library} in the temporary folder. Offline on the emulator unless
 * {@code MISTRAL_API_KEY} is set.
 */
public final class AskPdfsSample {

    private AskPdfsSample() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0])
                : shippedPdfs(Path.of(System.getProperty("java.io.tmpdir"), "mistral4j-ask-pdfs-library"));
        List<String> questions = args.length > 1 ? List.of(args).subList(1, args.length)
                : AskDocsSample.SHIPPED_QUESTIONS;
        try (SampleEnvironment environment = SampleEnvironment.start()) {
            // vectors of the emulator and of the API are not comparable: one store folder each
            Path storeFolder = Path.of(System.getProperty("java.io.tmpdir"),
                    "mistral4j-ask-pdfs-" + (environment.offline() ? "emulator" : "api") + ".store");
            run(environment.client(), folder, storeFolder, questions, System.out);
        }
    }

    /** Makes the store mirror {@code folder}, then asks the questions; the report of the ingestion is returned. */
    static IngestionReport run(MistralClient client, Path folder, Path storeFolder, List<String> questions,
            PrintStream out) {
        MistralEmbeddingModel embeddings = MistralEmbeddingModel.builder().client(client).build();
        MistralOcrDocumentParser ocr = MistralOcrDocumentParser.builder().client(client).build();
        try (TrackedStore store = TrackedStore.embedded(storeFolder)) {
            IngestionReport report = DocumentIngestor.builder()
                    .embeddingModel(embeddings)
                    .store(store)
                    .documentParser(ocr)
                    // short passages, so that an answer cites the page it comes from rather than a whole file
                    .chunkSize(120, 20)
                    .build()
                    .sync(folder);
            out.printf("Ingested %s into %s: %d documents, %d chunks embedded (%d tokens), %d unchanged, %d removed,"
                    + " %d files skipped%n", folder, storeFolder, report.documents(), report.chunksEmbedded(),
                    report.tokens(), report.chunksSkipped(), report.chunksRemoved(), report.skippedFiles().size());
            for (SkippedFile skipped : report.skippedFiles()) {
                out.println("  skipped " + skipped);
            }
            AskDocsSample.ask(client, embeddings, store, questions, out, AskPdfsSample::pages);
            return report;
        }
    }

    /** Where a passage is in its file: its page or pages, when its parser gave them. */
    static String pages(Metadata metadata) {
        Integer first = metadata.getInteger(SegmentMetadata.PAGE);
        Integer last = metadata.getInteger(SegmentMetadata.PAGE_END);
        if (first == null) {
            return "passage " + metadata.getInteger(SegmentMetadata.CHUNK_INDEX);
        }
        return first.equals(last) ? "page " + first : "pages " + first + "-" + last;
    }

    /**
     * Writes the shipped texts as PDFs, one page per paragraph, into {@code folder} (created when missing); PDFs
     * already there are kept, so that a second run finds the same bytes (PDFBox gives every new file its own id).
     */
    static Path shippedPdfs(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : AskDocsSample.SHIPPED_TEXTS) {
            Path pdf = folder.resolve(name.replaceFirst("\\.txt$", ".pdf"));
            if (Files.exists(pdf)) {
                continue;
            }
            String text;
            try (InputStream in = AskPdfsSample.class.getResourceAsStream("/ask-docs/library/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The sample's text " + name + " is missing from the class path");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            writePdf(List.of(text.strip().split("\n\n")), pdf);
        }
        return folder;
    }

    /** A PDF with one page per paragraph, in 12 pt Helvetica, lines wrapped at 80 characters. */
    static void writePdf(List<String> paragraphs, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String paragraph : paragraphs) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(60, 770);
                    for (String line : wrap(paragraph.replaceAll("\\s+", " "), 80)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
