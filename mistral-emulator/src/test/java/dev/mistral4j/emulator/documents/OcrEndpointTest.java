package dev.mistral4j.emulator.documents;

import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static dev.mistral4j.emulator.documents.TestPdfs.page;
import static dev.mistral4j.emulator.documents.TestPdfs.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.HttpCalls;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.batch.BatchJobs;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OcrEndpointTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static Answer ocr(byte[] document, Map<String, Object> options) throws IOException {
        return ocr(Map.of("type", "document_url", "document_url", dataUrl("application/pdf", document)), options);
    }

    private static Answer ocr(Map<String, Object> document, Map<String, Object> options) throws IOException {
        Map<String, Object> request = new HashMap<>(options);
        request.put("model", "mistral-ocr-latest");
        request.put("document", document);
        return post(EMULATOR.emulator(), "/ocr", json(request));
    }

    private static String dataUrl(String mediaType, byte[] bytes) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void readsTheTextOfEveryPageInOrderIncludingEmptyPagesAndNonLatinText() throws IOException {
        byte[] document = pdf(page().line("# Quarterly report").line("Sales rose in March.").line("Costs fell."),
                page(),
                page().line("Привет, мир").line("Καλημέρα κόσμε"));

        JsonNode response = ok(ocr(document, Map.of()));

        assertThat(response.path("model").asText()).isEqualTo("mistral-ocr-latest");
        assertThat(response.path("pages")).extracting(page -> page.path("index").asInt()).containsExactly(0, 1, 2);
        assertThat(response.path("pages")).extracting(page -> page.path("markdown").asText()).containsExactly(
                "# Quarterly report\n\nSales rose in March.\nCosts fell.",
                "",
                "Привет, мир\nΚαλημέρα κόσμε");
        JsonNode dimensions = response.path("pages").get(0).path("dimensions");
        assertThat(dimensions.path("dpi").asInt()).isEqualTo(200);
        assertThat(dimensions.path("width").asInt()).isEqualTo(1700);
        assertThat(dimensions.path("height").asInt()).isEqualTo(2200);
        assertThat(response.path("usage_info").path("pages_processed").asInt()).isEqualTo(3);
        assertThat(response.path("usage_info").path("doc_size_bytes").asLong()).isEqualTo(document.length);
    }

    @Test
    void readsOnlyTheSelectedPagesAndNamesAPageTheDocumentLacks() throws IOException {
        byte[] document = pdf(page().line("zero"), page().line("one"), page().line("two"), page().line("three"));

        JsonNode ranged = ok(ocr(document, Map.of("pages", "0,2-3")));
        JsonNode listed = ok(ocr(document, Map.of("pages", List.of(1))));
        Answer missing = ocr(document, Map.of("pages", "1,7"));

        assertThat(ranged.path("pages")).extracting(page -> page.path("markdown").asText())
                .containsExactly("zero", "two", "three");
        assertThat(ranged.path("usage_info").path("pages_processed").asInt()).isEqualTo(3);
        assertThat(listed.path("pages").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("message").asText())
                .isEqualTo("pages: page 7 does not exist: the document has 4 pages (0 to 3)");
    }

    @Test
    void movesTheFirstAndLastLinesToHeaderAndFooterWhenAsked() throws IOException {
        byte[] document = pdf(page().line("ACME Corp").line("Body text.").line("Page 1 of 1"));

        JsonNode extracted = ok(ocr(document, Map.of("extract_header", true, "extract_footer", true)))
                .path("pages").get(0);
        JsonNode plain = ok(ocr(document, Map.of())).path("pages").get(0);

        assertThat(extracted.path("header").asText()).isEqualTo("ACME Corp");
        assertThat(extracted.path("footer").asText()).isEqualTo("Page 1 of 1");
        assertThat(extracted.path("markdown").asText()).isEqualTo("Body text.");
        assertThat(plain.path("header").isNull()).isTrue();
        assertThat(plain.path("markdown").asText()).isEqualTo("ACME Corp\nBody text.\nPage 1 of 1");
    }

    @Test
    void extractsDrawnImagesWithTheirBoxesWithinTheLimits() throws IOException {
        byte[] document = pdf(page().line("A figure:").image(TestPdfs.picture(40, 20), 72, 400, 144, 72)
                        .link("https://example.com/report"),
                page().image(TestPdfs.picture(10, 10), 72, 400, 9, 9));

        JsonNode response = ok(ocr(document, Map.of("include_image_base64", true)));
        JsonNode limited = ok(ocr(document, Map.of("image_limit", 0)));
        JsonNode large = ok(ocr(document, Map.of("image_min_size", 50)));

        JsonNode first = response.path("pages").get(0);
        JsonNode image = first.path("images").get(0);
        assertThat(image.path("id").asText()).isEqualTo("img-0.png");
        assertThat(image.path("top_left_x").asInt()).isEqualTo(200);
        assertThat(image.path("top_left_y").asInt()).as("320 points from the top").isEqualTo(889);
        assertThat(image.path("bottom_right_x").asInt()).isEqualTo(600);
        assertThat(image.path("bottom_right_y").asInt()).isEqualTo(1089);
        assertThat(image.path("image_base64").asText()).startsWith("data:image/png;base64,iVBORw0KGgo");
        assertThat(first.path("markdown").asText()).isEqualTo("A figure:\n\n![img-0.png](img-0.png)");
        assertThat(first.path("hyperlinks")).extracting(JsonNode::asText).containsExactly("https://example.com/report");
        assertThat(response.path("pages").get(1).path("images").get(0).path("id").asText()).isEqualTo("img-1.png");
        assertThat(limited.path("pages").get(0).path("images")).isEmpty();
        assertThat(limited.path("pages").get(0).path("markdown").asText()).isEqualTo("A figure:");
        assertThat(large.path("pages").get(0).path("images")).hasSize(1);
        assertThat(large.path("pages").get(1).path("images")).as("25 pixels wide, under 50").isEmpty();
        assertThat(ok(ocr(document, Map.of())).path("pages").get(0).path("images").get(0).path("image_base64")
                .isNull()).isTrue();
    }

    @Test
    void extractsTablesInTheAskedFormatAndLeavesThemInTheTextOtherwise() throws IOException {
        byte[] document = pdf(page().line("Prices").line("| fruit | price |").line("|---|---|").line("| apple | 2 |"));

        JsonNode html = ok(ocr(document, Map.of("table_format", "html"))).path("pages").get(0);
        JsonNode inline = ok(ocr(document, Map.of())).path("pages").get(0);

        assertThat(html.path("markdown").asText()).isEqualTo("Prices\n\n[tbl-0.html](tbl-0.html)");
        assertThat(html.path("tables").get(0).path("content").asText())
                .isEqualTo("<table><tr><td>fruit</td><td>price</td></tr><tr><td>apple</td><td>2</td></tr></table>");
        assertThat(html.path("tables").get(0).path("format").asText()).isEqualTo("html");
        assertThat(inline.path("markdown").asText()).isEqualTo("Prices\n\n| fruit | price |\n|---|---|\n| apple | 2 |");
        assertThat(inline.path("tables")).isEmpty();
    }

    @Test
    void listsBlocksAndConfidenceScoresWhenAsked() throws IOException {
        byte[] document = pdf(page().line("# Title").line("First words here."));

        JsonNode page = ok(ocr(document, Map.of("include_blocks", true, "confidence_scores_granularity", "word")))
                .path("pages").get(0);

        assertThat(page.path("blocks")).extracting(block -> block.path("type").asText()).containsExactly("title", "text");
        assertThat(page.path("blocks").get(1).path("content").asText()).isEqualTo("First words here.");
        assertThat(page.path("blocks").get(1).path("top_left_y").asInt())
                .isGreaterThan(page.path("blocks").get(0).path("bottom_right_y").asInt());
        JsonNode scores = page.path("confidence_scores");
        assertThat(scores.path("word_confidence_scores")).extracting(word -> word.path("text").asText())
                .containsExactly("#", "Title", "First", "words", "here.");
        assertThat(scores.path("word_confidence_scores").get(2).path("start_index").asInt()).isEqualTo(9);
        assertThat(scores.path("minimum_page_confidence_score").asDouble())
                .isLessThanOrEqualTo(scores.path("average_page_confidence_score").asDouble());
    }

    @Test
    void describesAnImageDocumentFromItsHeader() throws IOException {
        JsonNode png = ok(ocr(Map.of("type", "image_url", "image_url", dataUrl("image/png",
                TestPdfs.image("png", 64, 48))), Map.of())).path("pages").get(0);
        JsonNode jpeg = ok(ocr(Map.of("type", "image_url", "image_url", Map.of("url", dataUrl("image/jpeg",
                TestPdfs.image("jpeg", 320, 200)))), Map.of("image_limit", 0))).path("pages").get(0);

        assertThat(png.path("markdown").asText()).isEqualTo("![img-0.png](img-0.png)\n\nA PNG image of 64 x 48 pixels.");
        assertThat(png.path("dimensions").path("width").asInt()).isEqualTo(64);
        assertThat(png.path("images").get(0).path("bottom_right_y").asInt()).isEqualTo(48);
        assertThat(jpeg.path("markdown").asText()).isEqualTo("A JPEG image of 320 x 200 pixels.");
        assertThat(jpeg.path("dimensions").path("height").asInt()).isEqualTo(200);
    }

    @Test
    void readsUploadedFilesByIdAndByTheirSignedUrl(MistralEmulator emulator) throws IOException {
        String id = upload(emulator, pdf(page().line("Uploaded text")));
        String url = get(emulator, "/files/" + id + "/url").json().path("url").asText();

        JsonNode byId = ok(ocr(Map.of("type", "file", "file_id", id), Map.of()));
        JsonNode byUrl = ok(ocr(Map.of("type", "document_url", "document_url", url), Map.of()));

        assertThat(byId.path("pages").get(0).path("markdown").asText()).isEqualTo("Uploaded text");
        assertThat(byUrl.path("pages").get(0).path("markdown").asText()).isEqualTo("Uploaded text");
    }

    @Test
    void answersSchemaValidAnnotationsDrawnFromTheDocument() throws IOException {
        Map<String, Object> schema = Map.of("type", "object", "properties",
                Map.of("title", Map.of("type", "string"), "pages", Map.of("type", "integer")),
                "required", List.of("title", "pages"), "additionalProperties", false);
        Map<String, Object> format = Map.of("type", "json_schema",
                "json_schema", Map.of("name", "summary", "schema", schema, "strict", true));
        byte[] document = pdf(page().line("Annual report").image(TestPdfs.picture(20, 20), 72, 300, 72, 72));

        JsonNode response = ok(ocr(document, Map.of("document_annotation_format", format,
                "bbox_annotation_format", format, "document_annotation_prompt", "Summarise the document")));

        JsonNode annotation = HttpCalls.JSON.readTree(response.path("document_annotation").asText());
        assertThat(annotation.path("title").isTextual()).isTrue();
        assertThat(annotation.path("pages").isIntegralNumber()).isTrue();
        JsonNode imageAnnotation = HttpCalls.JSON.readTree(response.path("pages").get(0).path("images").get(0)
                .path("image_annotation").asText());
        assertThat(imageAnnotation.fieldNames()).toIterable().containsExactlyInAnyOrder("title", "pages");
    }

    @Test
    void refusesDocumentsItCannotReadNamingTheProblem() throws IOException {
        Answer encrypted = ocr(TestPdfs.encrypted(), Map.of());
        Answer corrupt = ocr("%PDF-1.7\nnot really a pdf".getBytes(), Map.of());
        Answer empty = ocr(TestPdfs.withoutPages(), Map.of());
        Answer text = ocr("plain words".getBytes(), Map.of());
        Answer remote = ocr(Map.of("type", "document_url", "document_url", "https://example.com/a.pdf"), Map.of());
        Answer ftp = ocr(Map.of("type", "document_url", "document_url", "ftp://example.com/a.pdf"), Map.of());
        Answer notOcr = post(EMULATOR.emulator(), "/ocr", json(Map.of("model", "mistral-small-latest",
                "document", Map.of("document_url", dataUrl("application/pdf", pdf(page()))))));

        assertThat(List.of(encrypted, corrupt, empty, text, remote, ftp, notOcr))
                .extracting(Answer::status).containsOnly(400);
        assertThat(encrypted.json().path("message").asText())
                .isEqualTo("The PDF the data URL is encrypted: remove its password before sending it");
        assertThat(corrupt.json().path("message").asText()).startsWith("The document the data URL is not a readable PDF");
        assertThat(empty.json().path("message").asText()).isEqualTo("The PDF the data URL has no pages");
        assertThat(text.json().path("message").asText()).isEqualTo(
                "Unsupported document type for the data URL: the emulator reads PDF, PNG and JPEG documents");
        assertThat(remote.json().path("message").asText()).startsWith(
                "Failed to download the file from https://example.com/a.pdf: the emulator cannot reach the internet");
        assertThat(ftp.json().path("message").asText()).startsWith("Unsupported URL scheme 'ftp'");
        assertThat(notOcr.json().path("message").asText())
                .isEqualTo("Model mistral-small-2506 does not do OCR; use mistral-ocr-latest");
    }

    @Test
    void refusesAPdfWithMorePagesThanTheApiReads() throws IOException {
        TestPdfs.PageSpec[] pages = new TestPdfs.PageSpec[PdfPages.MAX_PAGES + 1];
        Arrays.fill(pages, page());

        Answer answer = ocr(pdf(pages), Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText())
                .isEqualTo("The PDF the data URL has 1001 pages, more than the 1000 pages a document may have");
    }

    @Test
    void readsDocumentsInsideABatchJobAsOnline(MistralEmulator emulator) throws Exception {
        String url = dataUrl("application/pdf", pdf(page().line("Batch page one"), page().line("Batch page two")));
        JsonNode online = ok(ocr(Map.of("type", "document_url", "document_url", url), Map.of()));

        String id = BatchJobs.create(emulator, Map.of("endpoint", "/v1/ocr", "model", "mistral-ocr-latest",
                "requests", List.of(Map.of("custom_id", "doc", "body", Map.of("document",
                        Map.of("type", "document_url", "document_url", url))))));
        JsonNode done = BatchJobs.awaitEnd(emulator, id);

        assertThat(done.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(done.path("outputs").get(0).path("response").path("body").path("pages"))
                .isEqualTo(online.path("pages"));
    }

    static String upload(MistralEmulator emulator, byte[] content) throws IOException {
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("purpose", "ocr")
                .addFormDataPart("file", "document.pdf", RequestBody.create(content,
                        MediaType.get("application/pdf")))
                .build();
        Answer answer = HttpCalls.call(emulator, new Request.Builder().url(HttpCalls.url(emulator, "/files"))
                .post(body).build());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("id").asText();
    }
}
