package dev.mistral4j.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders of PDFs, images, audio and text: the parser each type gets, page numbers, re-parsing and bad files. */
class FolderIngestionTest {

    static final List<List<String>> REPORT_PAGES = List.of(
            List.of("The harvest report of the northern farms.", "Wheat grew well this year."),
            List.of("Barley suffered from the late frost.", "Oats were average."),
            List.of(),
            List.of("Урожай пшеницы на южных полях был хорошим.", "Ячмень пострадал от поздних заморозков.",
                    "Овёс уродился средне, как и в прошлом году.", "Η σοδειά του σιταριού ήταν καλή φέτος.",
                    "Το κριθάρι υπέφερε από τον αργό παγετό.", "Η βρώμη ήταν μέτρια σε όλα τα χωράφια.",
                    "Поля были вспаханы до первого снега.", "Семена на следующий год уже закуплены."));

    @TempDir
    Path folder;

    final WordCountingEmbeddingModel model = new WordCountingEmbeddingModel();
    final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    final PdfTextParser parser = new PdfTextParser();
    TrackedStore tracked;
    Path docs;

    @BeforeEach
    void createFolderAndStore() throws IOException {
        docs = Files.createDirectories(folder.resolve("docs"));
        tracked = new TrackedStore(store, StoreManifest.inFile(folder.resolve("manifest.json")));
    }

    DocumentIngestor.Builder ingestor() {
        return DocumentIngestor.builder().embeddingModel(model).store(tracked).chunkSize(40, 0)
                .documentParser(parser);
    }

    List<TextSegment> storedOf(String source) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(new float[64]))
                        .maxResults(1000).minScore(0.0).build()).matches().stream().map(EmbeddingMatch::embedded)
                .filter(segment -> source.equals(segment.metadata().getString(SegmentMetadata.SOURCE)))
                .sorted(Comparator.comparing(segment -> segment.metadata().getInteger(SegmentMetadata.CHUNK_INDEX)))
                .toList();
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = docs.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void pdfsGoThroughTheDocumentParserAndTheirSegmentsRecordTheParserTheFileAndTheirPages() throws IOException {
        write("reports/harvest.pdf", TestFiles.pdf(REPORT_PAGES));

        IngestionReport report = ingestor().chunkSize(50, 0).build().ingest(docs);

        assertThat(report.skippedFiles()).isEmpty();
        assertThat(report.documents()).isEqualTo(1);
        List<TextSegment> segments = storedOf("reports/harvest.pdf");
        assertThat(segments).hasSizeGreaterThan(2);
        TextSegment first = segments.get(0);
        assertThat(first.metadata().getString(SegmentMetadata.PARSER)).isEqualTo("PdfTextParser");
        assertThat(first.metadata().getString(SegmentMetadata.MEDIA_TYPE)).isEqualTo("application/pdf");
        assertThat(first.metadata().getString(Document.FILE_NAME)).isEqualTo("harvest.pdf");
        assertThat(first.metadata().getInteger("page_count")).isEqualTo(4);
        assertThat(first.metadata().containsKey(SegmentMetadata.PAGE_OFFSETS)).isFalse();
        // the two short pages share a segment; the long fourth page (the third is empty) is cut in several
        assertThat(first.text()).contains("Wheat grew well").contains("Oats were average.");
        assertThat(pages(first)).containsExactly(1, 2);
        assertThat(segments.subList(1, segments.size())).allSatisfy(segment -> assertThat(pages(segment))
                .containsExactly(4, 4));
        assertThat(String.join(" ", segments.stream().map(TextSegment::text).toList()))
                .contains("Семена на следующий год уже закуплены.").contains("Η βρώμη ήταν μέτρια");
    }

    @Test
    void pageNumbersSurviveOverlappingSegmentsAndFollowTheText() throws IOException {
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= 6; page++) {
            List<String> lines = new ArrayList<>();
            for (int line = 1; line <= page % 3 * 2; line++) {
                lines.add("Page " + page + " line " + line + " tells of field " + (page * 10 + line) + ".");
            }
            pages.add(lines);
        }
        write("fields.pdf", TestFiles.pdf(pages));

        ingestor().chunkSize(30, 12).build().ingest(docs);

        List<TextSegment> segments = storedOf("fields.pdf");
        assertThat(segments).hasSizeGreaterThan(4);
        for (TextSegment segment : segments) {
            List<Integer> span = pages(segment);
            // pages 3 and 6 are empty: no segment starts or ends on them
            assertThat(segment.text()).startsWith("Page ");
            assertThat(span.get(0)).as(segment.text()).isEqualTo(firstPageNamedIn(segment.text()));
            assertThat(span.get(1)).as(segment.text()).isEqualTo(lastPageNamedIn(segment.text()));
        }
        assertThat(segments).extracting(segment -> pages(segment).get(0)).isSorted();
        assertThat(segments).anySatisfy(segment -> assertThat(pages(segment).get(0)).isLessThan(pages(segment).get(1)));
        // the overlap repeats the last line of a segment at the start of the next one
        assertThat(overlappingPairs(segments)).isPositive();
    }

    @Test
    void anUnchangedPdfIsNotParsedAgainAndAChangedOneIs() throws IOException {
        write("harvest.pdf", TestFiles.pdf(REPORT_PAGES));
        write("notes.pdf", TestFiles.pdf(List.of(List.of("Buy more seed."))));
        DocumentIngestor ingestor = ingestor().build();
        IngestionReport first = ingestor.ingest(docs);
        model.reset();

        IngestionReport unchanged = ingestor.ingest(docs);
        write("notes.pdf", TestFiles.pdf(List.of(List.of("Buy more seed and a new plough."))));
        IngestionReport changed = ingestor.ingest(docs);

        assertThat(parser.calls()).isEqualTo(3);
        assertThat(unchanged).isEqualTo(new IngestionReport(2, 0, first.chunksEmbedded(), 0, 0));
        assertThat(changed.chunksEmbedded()).isEqualTo(1);
        assertThat(model.embeddedTexts()).containsExactly("Buy more seed and a new plough.");
        assertThat(storedOf("notes.pdf")).extracting(TextSegment::text)
                .containsExactly("Buy more seed and a new plough.");
    }

    @Test
    void theFileFingerprintOutlivesTheIngestorInTheEmbeddedStore() throws IOException {
        write("harvest.pdf", TestFiles.pdf(REPORT_PAGES));
        Path storeFolder = folder.resolve("store");
        try (TrackedStore embedded = TrackedStore.embedded(storeFolder)) {
            ingestor().store(embedded).build().ingest(docs);
        }

        IngestionReport again;
        try (TrackedStore embedded = TrackedStore.embedded(storeFolder)) {
            again = ingestor().store(embedded).build().ingest(docs);
        }

        assertThat(parser.calls()).isEqualTo(1);
        assertThat(again.documents()).isEqualTo(1);
        assertThat(again.chunksEmbedded()).isZero();
    }

    @Test
    void anotherChunkSizeReadsTheFileAgainAndAnotherParserToo() throws IOException {
        write("harvest.pdf", TestFiles.pdf(REPORT_PAGES));
        ingestor().build().ingest(docs);

        ingestor().chunkSize(60, 0).build().ingest(docs);
        PdfTextParser other = new PdfTextParser() {
        };
        ingestor().documentParser(other).build().ingest(docs);

        assertThat(parser.calls()).isEqualTo(2);
        assertThat(other.calls()).isEqualTo(1);
    }

    @Test
    void oneBadFileInAFolderIsReportedWithItsReasonAndTheOthersAreIngested() throws IOException {
        write("good.pdf", TestFiles.pdf(List.of(List.of("A good report."))));
        write("corrupt.pdf", "%PDF-1.7\nthis is not the rest of a PDF".getBytes(StandardCharsets.US_ASCII));
        write("renamed.pdf", TestFiles.wav(100, 1));
        write("empty.md", new byte[0]);
        write("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8));
        write("binary.txt", new byte[] {'a', 0, (byte) 0xC3, 0x28});
        write("table.xlsx", "PK not supported".getBytes(StandardCharsets.US_ASCII));
        write("notes.txt", "Text files are read as before.".getBytes(StandardCharsets.UTF_8));
        write(".DS_Store", new byte[] {0, 0, 0, 1});

        IngestionReport report = ingestor().build().ingest(docs);

        assertThat(report.documents()).isEqualTo(2);
        assertThat(storedOf("good.pdf")).extracting(TextSegment::text).containsExactly("A good report.");
        assertThat(storedOf("notes.txt")).extracting(TextSegment::text)
                .containsExactly("Text files are read as before.");
        assertThat(report.skippedFiles()).extracting(SkippedFile::file)
                .containsExactly("binary.txt", "blank.txt", "corrupt.pdf", "empty.md", "renamed.pdf", "table.xlsx");
        assertThat(report.skippedFiles()).extracting(SkippedFile::reason).containsExactly(
                "named .txt but its content is not UTF-8 text",
                "TextDocumentParser found no text in it",
                "PdfTextParser failed: UncheckedIOException: not a PDF PDFBox can read: " + pdfBoxError(),
                "the file is empty (0 bytes)",
                "named .pdf but its content is not a PDF (its first bytes are those of an audio file, WAV)",
                "unsupported file type: the ingestor reads .txt, .text, .md, .markdown files, and PDFs, images and"
                        + " audio with a parser configured for them");
        assertThat(parser.calls()).isEqualTo(2);
    }

    @Test
    void filesOverTheSizeLimitAreReportedBeforeTheyAreRead() throws IOException {
        write("big.pdf", TestFiles.pdf(REPORT_PAGES));
        long size = Files.size(docs.resolve("big.pdf"));

        IngestionReport report = ingestor().maxFileBytes(size - 1).build().ingest(docs);

        assertThat(report.skippedFiles()).containsExactly(new SkippedFile("big.pdf", "the file has " + size
                + " bytes, more than the limit of " + (size - 1) + " bytes (DocumentIngestor.Builder.maxFileBytes)"));
        assertThat(parser.calls()).isZero();
        assertThatThrownBy(() -> ingestor().maxFileBytes(0))
                .hasMessage("maxFileBytes must be at least 1, got 0");
    }

    @Test
    void aTypeWithoutAConfiguredParserIsReportedNamingTheOptionToSet() throws IOException {
        write("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        write("memo.wav", TestFiles.wav(50, 3));
        write("report.pdf", TestFiles.pdf(List.of(List.of("Page one."))));

        IngestionReport report = DocumentIngestor.builder().embeddingModel(model).store(tracked)
                .imageParser(parser).build().ingest(docs);

        assertThat(report.skippedFiles()).containsExactly(
                new SkippedFile("memo.wav", "no parser for audio files is configured: set audioTranscriptionModel"
                        + " (such as a MistralAudioTranscriptionModel) on the DocumentIngestor's builder"),
                new SkippedFile("report.pdf", "no parser for PDF files is configured: set documentParser or"
                        + " pdfParser (such as a MistralOcrDocumentParser) on the DocumentIngestor's builder"),
                // the PNG went to the image parser, which cannot read images
                new SkippedFile("scan.png", "PdfTextParser failed: UncheckedIOException: not a PDF PDFBox can read: "
                        + pdfBoxError(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13})));
    }

    @Test
    void imagesGoThroughTheirParserWithTheMediaTypeTheirBytesShow() throws IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        write("photo.png", jpeg);
        List<byte[]> parsed = new ArrayList<>();
        DocumentParser images = input -> {
            try {
                parsed.add(input.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Document.from("A photo of a red barn.");
        };

        ingestor().imageParser(images).build().ingest(docs);

        assertThat(parsed).containsExactly(jpeg);
        TextSegment segment = storedOf("photo.png").get(0);
        assertThat(segment.text()).isEqualTo("A photo of a red barn.");
        assertThat(segment.metadata().getString(SegmentMetadata.MEDIA_TYPE)).isEqualTo("image/jpeg");
        assertThat(segment.metadata().containsKey(SegmentMetadata.PAGE)).isFalse();
    }

    @Test
    void audioGoesThroughTheTranscriptionModelWithItsBytesAndMediaType() throws IOException {
        byte[] wav = TestFiles.wav(400, 7);
        write("calls/monday.wav", wav);
        FakeTranscriptionModel transcriber = new FakeTranscriptionModel("We agreed to sow the barley in March.");

        IngestionReport report = ingestor().audioTranscriptionModel(transcriber).build().ingest(docs);
        ingestor().audioTranscriptionModel(transcriber).build().ingest(docs);

        assertThat(report.documents()).isEqualTo(1);
        assertThat(transcriber.requests()).hasSize(1);
        AudioTranscriptionRequest request = transcriber.requests().get(0);
        assertThat(request.audio().binaryData()).isEqualTo(wav);
        assertThat(request.audio().mimeType()).isEqualTo("audio/wav");
        TextSegment segment = storedOf("calls/monday.wav").get(0);
        assertThat(segment.text()).isEqualTo("We agreed to sow the barley in March.");
        assertThat(segment.metadata().getString(SegmentMetadata.PARSER)).isEqualTo("FakeTranscriptionModel");
        assertThat(segment.metadata().getString(SegmentMetadata.MEDIA_TYPE)).isEqualTo("audio/wav");
    }

    @Test
    void anEmptyTranscriptIsReported() throws IOException {
        write("silence.ogg", "OggS\0\2 silence".getBytes(StandardCharsets.US_ASCII));

        IngestionReport report = ingestor().audioTranscriptionModel(new FakeTranscriptionModel(" ")).build()
                .ingest(docs);

        assertThat(report.skippedFiles()).containsExactly(
                new SkippedFile("silence.ogg", "FakeTranscriptionModel found no text in it"));
    }

    @Test
    void aParserRejectingTheFileSkipsItButAParserThatCannotWorkEndsTheIngestion() throws IOException {
        write("a.pdf", TestFiles.pdf(List.of(List.of("First."))));
        write("b.pdf", TestFiles.pdf(List.of(List.of("Second."))));
        AtomicInteger calls = new AtomicInteger();
        DocumentParser rejecting = input -> {
            throw new InvalidRequestException("file " + calls.incrementAndGet() + " is encrypted");
        };
        DocumentParser unauthorized = input -> {
            throw new AuthenticationException("Unauthorized");
        };
        DocumentParser throttled = input -> {
            throw new RateLimitException("rate limited");
        };

        IngestionReport report = ingestor().documentParser(rejecting).build().ingest(docs);

        assertThat(report.skippedFiles()).extracting(SkippedFile::reason)
                .allSatisfy(reason -> assertThat(reason).matches(".* failed: InvalidRequestException: file \\d is"
                        + " encrypted"));
        assertThatThrownBy(() -> ingestor().documentParser(unauthorized).build().ingest(docs))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> ingestor().documentParser(throttled).build().ingest(docs))
                .isInstanceOf(RateLimitException.class);
    }

    @Test
    void badPageOffsetsOfAParserAreReported() throws IOException {
        write("odd.pdf", TestFiles.pdf(List.of(List.of("Short."))));
        DocumentParser backwards = input -> Document.from("Short text.",
                Metadata.from(SegmentMetadata.PAGE_OFFSETS, "0,8,4"));

        IngestionReport report = ingestor().documentParser(backwards).build().ingest(docs);

        assertThat(report.skippedFiles()).singleElement().extracting(SkippedFile::reason).asString()
                .contains("gave bad page metadata").contains("page 3 starts at 4, before page 2");
    }

    @Test
    void syncKeepsWhatTheStoreHoldsOfAFileThatBecameUnreadable() throws IOException {
        write("harvest.pdf", TestFiles.pdf(REPORT_PAGES));
        DocumentIngestor ingestor = ingestor().build();
        int chunks = ingestor.sync(docs).chunksEmbedded();
        write("harvest.pdf", "%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII));

        IngestionReport report = ingestor.sync(docs);

        assertThat(report.chunksRemoved()).isZero();
        assertThat(report.skippedFiles()).extracting(SkippedFile::file).containsExactly("harvest.pdf");
        assertThat(storedOf("harvest.pdf")).hasSize(chunks);
    }

    @Test
    void progressCountsSkippedFilesAsDone() throws IOException {
        write("good.txt", "Some text.".getBytes(StandardCharsets.UTF_8));
        write("bad.bin", new byte[] {1, 2, 3});
        List<IngestionProgress> progress = new ArrayList<>();

        ingestor().progressListener(progress::add).build().ingest(docs);

        assertThat(progress).last().isEqualTo(new IngestionProgress(2, 2, 1, 0, 2));
    }

    /** The first and last page of a segment: both or neither are in its metadata. */
    static List<Integer> pages(TextSegment segment) {
        Integer first = segment.metadata().getInteger(SegmentMetadata.PAGE);
        Integer last = segment.metadata().getInteger(SegmentMetadata.PAGE_END);
        assertThat(first == null).isEqualTo(last == null);
        return first == null ? List.of() : List.of(first, last);
    }

    /** How many segments start with the last line of the segment before them. */
    private static long overlappingPairs(List<TextSegment> segments) {
        long pairs = 0;
        for (int i = 1; i < segments.size(); i++) {
            String previous = segments.get(i - 1).text();
            if (segments.get(i).text().startsWith(previous.substring(previous.lastIndexOf("Page ")))) {
                pairs++;
            }
        }
        return pairs;
    }

    /** The page of the first line the text names ("Page 4 line ..."). */
    private static int firstPageNamedIn(String text) {
        return Integer.parseInt(text.replaceFirst("(?s)^.*?Page (\\d+) .*$", "$1"));
    }

    private static int lastPageNamedIn(String text) {
        return Integer.parseInt(text.replaceFirst("(?s)^.*Page (\\d+) .*$", "$1"));
    }

    private static String pdfBoxError() {
        return pdfBoxError("%PDF-1.7\nthis is not the rest of a PDF".getBytes(StandardCharsets.US_ASCII));
    }

    /** What PDFBox says of these bytes, so that the test does not depend on its wording. */
    private static String pdfBoxError(byte[] bytes) {
        try {
            org.apache.pdfbox.Loader.loadPDF(bytes).close();
            throw new IllegalStateException("PDFBox read the broken bytes");
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
