package dev.mistral4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.document.Document;
import dev.mistral4j.langchain4j.MistralOcrDocumentParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Case 6: a 200-page PDF to text through OCR on the emulator: mistral4j's {@code MistralOcrDocumentParser} (checks,
 * data URL, {@code POST /v1/ocr}, one LangChain4j {@code Document} with page offsets) against the raw client, OkHttp
 * posting a hand-built JSON body with the base64 document and joining the pages' markdown from a Jackson tree: time
 * and bytes the client allocates per document.
 */
final class OcrParse {

    private static final int PAGES = 200;
    private static final int LINES_PER_PAGE = 30;
    private static final Rounds ROUNDS = new Rounds(1, 3);
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String OURS = "mistral4j";
    private static final String RAW = "raw OkHttp";

    CaseResult run(Path workDir) throws Exception {
        Path pdf = workDir.resolve("ocr-200-pages.pdf");
        write(pdf);
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            MistralOcrDocumentParser parser = MistralOcrDocumentParser.builder().baseUrl(emulator.baseUrl())
                    .apiKey("benchmark").timeout(java.time.Duration.ofMinutes(2)).build();
            OkHttpClient http = new OkHttpClient.Builder().readTimeout(2, TimeUnit.MINUTES)
                    .callTimeout(2, TimeUnit.MINUTES).build();
            ObjectMapper json = new ObjectMapper();
            Map<String, Parse> clients = new LinkedHashMap<>();
            clients.put(OURS, () -> parser.parse(pdf).text());
            clients.put(RAW, () -> raw(http, json, emulator.baseUrl(), pdf));
            String oursText = parser.parse(pdf).text();
            if (!oursText.equals(raw(http, json, emulator.baseUrl(), pdf))) {
                throw new IllegalStateException("the two clients read different texts from the same PDF");
            }
            Comparison comparison = new Comparison();
            for (int round = 0; round < ROUNDS.warmups() + ROUNDS.measured(); round++) {
                for (Map.Entry<String, Parse> client : clients.entrySet()) {
                    double[] measured = measure(client.getValue());
                    if (round >= ROUNDS.warmups()) {
                        comparison.add(client.getKey(), "s", measured[0]);
                        comparison.add(client.getKey(), "MB", measured[1]);
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            rows.add(Row.withoutTarget("6. OCR parse of a 200-page PDF (s per document), vs raw OkHttp",
                    comparison.sample(OURS, "s").medianAndRange("%.2f"),
                    comparison.sample(RAW, "s").medianAndRange("%.2f") + " raw",
                    comparison.ratio(OURS, RAW, "s").medianAndRange("%.2fx")));
            rows.add(Row.withoutTarget("6. OCR parse: MB allocated by the client per document",
                    comparison.sample(OURS, "MB").medianAndRange("%.1f"),
                    comparison.sample(RAW, "MB").medianAndRange("%.1f") + " raw",
                    comparison.ratio(OURS, RAW, "MB").medianAndRange("%.2fx")));
            String note = String.format(java.util.Locale.ROOT, "6. The PDF: %d pages of %d lines, %.0f KiB, "
                            + "written with PDFBox; it travels inline as a data URL in both clients, and both read the "
                            + "same %,d characters. Time includes the emulator's PDFBox reading (in its own JVM), the "
                            + "same for both. Ratios: ours over raw, round by round (below 1x: ours takes less). "
                            + "Client heap: the bytes allocated by every thread of the benchmark JVM per document; a "
                            + "heap high-water mark is not reported, as the few MB per parse stay below what the heap "
                            + "pools' peaks resolve.", PAGES, LINES_PER_PAGE, Files.size(pdf) / 1024.0,
                    oursText.length());
            return new CaseResult(rows, List.of(note));
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** What a hand-written client does: the whole document as base64 in a JSON string, the answer as a tree. */
    private static String raw(OkHttpClient http, ObjectMapper json, String baseUrl, Path pdf) throws IOException {
        String body = "{\"model\":\"mistral-ocr-latest\",\"document\":{\"type\":\"document_url\",\"document_url\":"
                + "\"data:application/pdf;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(pdf))
                + "\"}}";
        Request request = new Request.Builder().url(baseUrl + "/ocr").header("Authorization", "Bearer benchmark")
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("raw OCR call answered " + response.code());
            }
            JsonNode answer = json.readTree(response.body().string());
            StringBuilder text = new StringBuilder();
            for (JsonNode page : answer.path("pages")) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(page.path("markdown").asText());
            }
            return text.toString();
        }
    }

    /** Seconds and MB allocated of one parse. */
    private static double[] measure(Parse parse) throws Exception {
        ThreadUsage before = ThreadUsage.now();
        long started = System.nanoTime();
        String text = parse.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        ThreadUsage.Delta used = before.untilNow();
        if (text.isEmpty()) {
            throw new IllegalStateException("an OCR parse read no text");
        }
        return new double[] {seconds, used.bytes() / 1e6};
    }

    private static void write(Path file) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream font = OcrParse.class.getResourceAsStream(FONT)) {
            PDType0Font face = PDType0Font.load(document, font);
            for (int p = 0; p < PAGES; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int line = 0; line < LINES_PER_PAGE; line++) {
                        content.beginText();
                        content.setFont(face, 11);
                        content.newLineAtOffset(72, 740 - line * 22);
                        content.showText("Page " + (p + 1) + ", line " + (line + 1) + ": the quarterly figures "
                                + "and their notes, as the auditors read them.");
                        content.endText();
                    }
                }
            }
            document.save(file.toFile());
        }
    }

    /** One parse, failing loudly; returns the text read. */
    @FunctionalInterface
    private interface Parse {
        String run() throws Exception;
    }
}
