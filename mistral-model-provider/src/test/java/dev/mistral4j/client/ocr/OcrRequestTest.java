package dev.mistral4j.client.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.client.chat.JsonSchema;
import dev.mistral4j.client.chat.ResponseFormat;
import dev.mistral4j.client.json.WireContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcrRequestTest {

    private static ResponseFormat schema(String name) {
        return ResponseFormat.jsonSchema(new JsonSchema(name, null, new ObjectMapper().valueToTree(Map.of("type",
                "object", "properties", Map.of("title", Map.of("type", "string")))), true));
    }

    static OcrRequest everyField() {
        return OcrRequest.builder().model("mistral-ocr-latest").id("req-1").documentUrl("https://example.com/a.pdf")
                .pages(0, 2, 3).includeImageBase64(true).imageLimit(5).imageMinSize(10)
                .bboxAnnotationFormat(schema("image")).documentAnnotationFormat(schema("document"))
                .documentAnnotationPrompt("Find the title").tableFormat("html").extractHeader(true)
                .extractFooter(true).includeBlocks(true).confidenceScoresGranularity("word").build();
    }

    @Test
    void writesEveryFieldOfTheSpecAndValidates() {
        OcrRequest request = everyField();

        assertThat(WireContract.requestViolations("/v1/ocr", request)).isEmpty();
        assertThat(WireContract.propertiesIn(WireContract.json(request)))
                .isEqualTo(WireContract.propertiesOf("OCRRequest"));
    }

    @Test
    void writesEachKindOfDocumentAsTheSpecShapesIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        OcrRequest.Builder builder = OcrRequest.builder().model("mistral-ocr-latest");

        assertThat(json.readTree(WireContract.json(builder.fileId("0b9d2f3e-7d1c-4a8f-9a55-1f0e5a2b3c4d").build()))
                .path("document").toString())
                .isEqualTo("{\"type\":\"file\",\"file_id\":\"0b9d2f3e-7d1c-4a8f-9a55-1f0e5a2b3c4d\"}");
        assertThat(json.readTree(WireContract.json(builder.imageUrl("https://example.com/a.png").build()))
                .path("document").toString())
                .isEqualTo("{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\"}}");
        assertThat(json.readTree(WireContract.json(builder.document(new byte[] {'%', 'P', 'D', 'F'},
                "application/pdf").build())).path("document").toString())
                .isEqualTo("{\"type\":\"document_url\",\"document_url\":\"data:application/pdf;base64,JVBERg==\"}");
        assertThat(json.readTree(WireContract.json(builder.document(new byte[] {1, 2}, "image/png").build()))
                .path("document").path("image_url").path("url").asText()).isEqualTo("data:image/png;base64,AQI=");
        for (OcrRequest request : new OcrRequest[] {builder.fileId("0b9d2f3e-7d1c-4a8f-9a55-1f0e5a2b3c4d").build(),
                builder.imageUrl("https://example.com/a.png").build()}) {
            assertThat(WireContract.requestViolations("/v1/ocr", request)).isEmpty();
        }
    }

    @Test
    void leavesUnsetOptionsOutOfTheJson() {
        OcrRequest request = OcrRequest.builder().model("mistral-ocr-latest").documentUrl("https://x.org/a.pdf")
                .build();

        assertThat(WireContract.json(request)).isEqualTo("{\"model\":\"mistral-ocr-latest\",\"document\":"
                + "{\"type\":\"document_url\",\"document_url\":\"https://x.org/a.pdf\"}}");
    }

    @Test
    void refusesOptionsTheApiRefusesNamingThem() {
        OcrRequest.Builder builder = OcrRequest.builder().model("mistral-ocr-latest")
                .documentUrl("https://x.org/a.pdf");

        assertThatThrownBy(() -> builder.tableFormat("csv").build()).hasMessageContaining("tableFormat")
                .hasMessageContaining("csv");
        assertThatThrownBy(() -> builder.tableFormat(null).pages(-1).build()).hasMessageContaining("pages");
        assertThatThrownBy(() -> builder.pages(0).imageLimit(-2).build()).hasMessageContaining("imageLimit");
        assertThatThrownBy(() -> builder.imageLimit(null).bboxAnnotationFormat(ResponseFormat.jsonObject()).build())
                .hasMessageContaining("bboxAnnotationFormat").hasMessageContaining("json_schema");
        assertThatThrownBy(() -> builder.bboxAnnotationFormat(null).documentAnnotationPrompt("why").build())
                .hasMessageContaining("documentAnnotationFormat");
        assertThatThrownBy(() -> builder.documentAnnotationPrompt(null).confidenceScoresGranularity("line").build())
                .hasMessageContaining("confidenceScoresGranularity");
        assertThatThrownBy(() -> OcrRequest.builder().model("mistral-ocr-latest").build())
                .hasMessageContaining("document");
        assertThatThrownBy(() -> OcrRequest.builder().documentUrl("https://x.org/a.pdf").build())
                .hasMessageContaining("model");
    }

    @Test
    void readsEveryFieldOfAnAnswer() {
        String answer = """
                {"pages":[{"index":0,"markdown":"# Title\\n\\n[tbl-0.md](tbl-0.md)","images":[{"id":"img-0.jpeg",
                "top_left_x":1,"top_left_y":2,"bottom_right_x":3,"bottom_right_y":4,"image_base64":"data:image/jpeg;base64,AA==",
                "image_annotation":"{\\"title\\":\\"x\\"}"}],"tables":[{"id":"tbl-0.md","content":"|a|b|","format":"markdown",
                "word_confidence_scores":[{"text":"a","confidence":0.9,"start_index":1}]}],"hyperlinks":["https://x.org"],
                "header":"Head","footer":"Foot","dimensions":{"dpi":200,"height":2200,"width":1700},
                "confidence_scores":{"word_confidence_scores":[{"text":"Title","confidence":0.95,"start_index":2}],
                "average_page_confidence_score":0.95,"minimum_page_confidence_score":0.95},
                "blocks":[{"type":"table","top_left_x":0,"top_left_y":0,"bottom_right_x":10,"bottom_right_y":10,
                "content":"|a|b|","table_id":"tbl-0.md"}]}],
                "model":"mistral-ocr-2505","document_annotation":"{}","usage_info":{"pages_processed":1,"doc_size_bytes":1234}}
                """;
        assertThat(WireContract.schemaViolations("OCRResponse", answer)).isEmpty();

        OcrResponse response = WireContract.read(answer, OcrResponse.class);

        OcrPage page = response.pages().get(0);
        assertThat(page.images()).containsExactly(new OcrImage("img-0.jpeg", 1, 2, 3, 4, "data:image/jpeg;base64,AA==",
                "{\"title\":\"x\"}"));
        assertThat(page.tables()).containsExactly(new OcrTable("tbl-0.md", "|a|b|", "markdown",
                java.util.List.of(new OcrConfidenceScore("a", 0.9, 1))));
        assertThat(page.hyperlinks()).containsExactly("https://x.org");
        assertThat(page.header()).isEqualTo("Head");
        assertThat(page.footer()).isEqualTo("Foot");
        assertThat(page.dimensions()).isEqualTo(new OcrPageDimensions(200, 2200, 1700));
        assertThat(page.confidenceScores().averagePageConfidenceScore()).isEqualTo(0.95);
        assertThat(page.confidenceScores().wordConfidenceScores()).containsExactly(
                new OcrConfidenceScore("Title", 0.95, 2));
        assertThat(page.blocks()).containsExactly(new OcrBlock("table", 0, 0, 10, 10, "|a|b|", null, "tbl-0.md"));
        assertThat(response.model()).isEqualTo("mistral-ocr-2505");
        assertThat(response.documentAnnotation()).isEqualTo("{}");
        assertThat(response.usageInfo()).isEqualTo(new OcrUsageInfo(1, 1234L));
    }
}
