package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.client.ocr.OcrRequest;
import dev.mistral4j.client.ocr.OcrResponse;
import dev.mistral4j.client.ocr.TestDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact wire of {@code /v1/ocr} and of the OCR upload, on a scripted server. */
class OcrServiceTest {

    private final MockWebServer server = new MockWebServer();
    private MistralClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = MistralClient.builder().apiKey("test-key").baseUrl(server.url("/v1").toString()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void postsTheRequestAsJsonAndReadsTheAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(
                "{\"pages\":[{\"index\":2,\"markdown\":\"Hello\",\"images\":[],\"dimensions\":null,\"extra\":1}],"
                        + "\"model\":\"mistral-ocr-2505\",\"usage_info\":{\"pages_processed\":1}}").build());
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);

        OcrResponse response = client.ocr().process(OcrRequest.builder().model("mistral-ocr-latest")
                .document(pdf, "application/pdf").pages(2).tableFormat("markdown").extractHeader(true).build());

        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(recorded.getRequestLine()).isEqualTo("POST /v1/ocr HTTP/1.1");
        assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(recorded.getBody().utf8()).isEqualTo("{\"model\":\"mistral-ocr-latest\",\"document\":"
                + "{\"type\":\"document_url\",\"document_url\":\"data:application/pdf;base64,JVBERi0xLjc=\"},"
                + "\"pages\":[2],\"table_format\":\"markdown\",\"extract_header\":true}");
        assertThat(response.pages()).hasSize(1);
        assertThat(response.pages().get(0).index()).isEqualTo(2);
        assertThat(response.pages().get(0).markdown()).isEqualTo("Hello");
        assertThat(response.pages().get(0).tables()).isEmpty();
        assertThat(response.usageInfo().pagesProcessed()).isEqualTo(1);
    }

    @Test
    void uploadsADocumentWithPurposeOcrAndDeletesItById(@TempDir Path dir) throws Exception {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("One page")));
        Path file = Files.write(dir.resolve("report.pdf"), pdf);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"id\":\"f-1\",\"object\":\"file\"}").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"id\":\"f-1\",\"object\":\"file\",\"deleted\":true}").build());

        String id = client.ocr().uploadDocument(file, TransferProgress.NONE);
        client.ocr().deleteDocument(id);

        assertThat(id).isEqualTo("f-1");
        RecordedRequest upload = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(upload.getRequestLine()).isEqualTo("POST /v1/files HTTP/1.1");
        List<MultipartParts.Part> parts = MultipartParts.of(upload.getHeaders().get("Content-Type"),
                upload.getBody().toByteArray());
        assertThat(parts.get(0).headers()).containsExactly("Content-Disposition: form-data; name=\"purpose\"");
        assertThat(parts.get(0).text()).isEqualTo("ocr");
        assertThat(parts.get(1).headers().get(0))
                .isEqualTo("Content-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"");
        assertThat(parts.get(1).body()).isEqualTo(pdf);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getRequestLine()).isEqualTo("DELETE /v1/files/f-1 HTTP/1.1");
    }
}
