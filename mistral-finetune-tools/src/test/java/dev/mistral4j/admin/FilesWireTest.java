package dev.mistral4j.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.admin.files.FileListQuery;
import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.files.FileSampleType;
import dev.mistral4j.admin.files.FileSource;
import dev.mistral4j.admin.files.FileUploadOptions;
import dev.mistral4j.admin.files.FileVisibility;
import dev.mistral4j.client.TransferProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact wire of the files list filters and the upload's form fields. */
class FilesWireTest {

    private static final String FILE = "{\"id\":\"f\",\"object\":\"file\",\"bytes\":2,\"created_at\":1,"
            + "\"filename\":\"a.jsonl\",\"purpose\":\"fine-tune\",\"sample_type\":\"instruct\",\"source\":\"upload\"}";

    private final MockWebServer server = new MockWebServer();
    private MistralAdminClient admin;

    @BeforeEach
    void start() throws Exception {
        server.start();
        admin = MistralAdminClient.builder().apiKey("k").baseUrl(server.url("/v1").toString()).build();
    }

    @AfterEach
    void stop() {
        admin.close();
        server.close();
    }

    private void answer(String body) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
    }

    @Test
    void repeatsEachArrayFilterOncePerValue() throws Exception {
        answer("{\"object\":\"list\",\"data\":[],\"total\":0}");

        admin.files().list(FileListQuery.builder().page(1)
                .sampleType(FileSampleType.INSTRUCT, FileSampleType.BATCH_RESULT)
                .source(FileSource.UPLOAD, FileSource.MISTRAL)
                .mimetype("application/jsonl", "text/plain")
                .purpose(FilePurpose.BATCH).build());

        assertThat(server.takeRequest().getUrl().encodedQuery()).isEqualTo("page=1"
                + "&sample_type=instruct&sample_type=batch_result&source=upload&source=mistral&purpose=batch"
                + "&mimetypes=application%2Fjsonl&mimetypes=text%2Fplain");
    }

    @Test
    void sendsNoFilterThatWasNotGiven() throws Exception {
        answer("{\"object\":\"list\",\"data\":[],\"total\":0}");

        admin.files().list();

        assertThat(server.takeRequest().getUrl().encodedQuery()).isNull();
    }

    @Test
    void sendsVisibilityAndExpiryAsFormFieldsBeforeTheFile(@TempDir Path dir) throws Exception {
        answer(FILE);
        answer(FILE);
        Path file = Files.writeString(dir.resolve("a.jsonl"), "{}\n");

        admin.files().upload(file, FileUploadOptions.of(FilePurpose.FINE_TUNE).withVisibility(FileVisibility.USER)
                .withExpiry(48), TransferProgress.NONE);
        admin.files().upload(file, FilePurpose.FINE_TUNE);

        String withOptions = server.takeRequest().getBody().utf8();
        assertThat(withOptions).contains("name=\"purpose\"\r\n\r\nfine-tune\r\n")
                .contains("name=\"visibility\"\r\n\r\nuser\r\n")
                .contains("name=\"expiry\"\r\n\r\n48\r\n");
        assertThat(withOptions.indexOf("name=\"expiry\"")).isLessThan(withOptions.indexOf("name=\"file\""));
        String plain = server.takeRequest().getBody().utf8();
        assertThat(plain).contains("name=\"purpose\"").doesNotContain("visibility").doesNotContain("expiry");
    }

    @Test
    void refusesOptionsWithoutAWireValueNamingThem() {
        assertThatThrownBy(() -> FileUploadOptions.of(FilePurpose.BATCH).withExpiry(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiry must be 1 or more");
        assertThatThrownBy(() -> FileUploadOptions.of(FilePurpose.BATCH).withVisibility(FileVisibility.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visibility");
        assertThatThrownBy(() -> FileListQuery.builder().source(FileSource.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
    }
}
