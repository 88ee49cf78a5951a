package dev.mistral4j.admin.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.admin.files.FileObject;
import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads whose connection the server drops once it has the request's head, before it reads the multipart body: the
 * client is then anywhere from not yet sending to a few MiB into the 16 MiB body (the figure is printed). A retried
 * upload yields exactly one file, byte-identical to the source; an upload that cannot be retried fails with a clear
 * error, and no file of the failed attempt is listed as uploaded.
 */
class UploadFaultsTest {

    static final String KEY = "reliability-upload-key-0123456789";
    static final int SIZE = 16 << 20;
    static final String ROUTE = "/v1/files";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    @TempDir
    static Path dir;

    static Path source;
    static String sourceDigest;

    @BeforeAll
    static void writeSource() throws IOException {
        source = dir.resolve("batch-input.bin");
        byte[] bytes = new byte[SIZE];
        new Random(16).nextBytes(bytes);
        Files.write(source, bytes);
        sourceDigest = sha256(source);
    }

    private static MistralAdminClient admin(int maxAttempts) {
        return MistralAdminClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .client(client -> client.retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts)
                        .initialDelay(Duration.ofMillis(10)).build()))
                .build();
    }

    @Test
    void aDroppedUploadIsRetriedIntoExactlyOneByteIdenticalFile() throws IOException {
        EMULATOR.emulator().faults().next(ROUTE, Fault.dropConnection());
        List<Long> progress = new CopyOnWriteArrayList<>();

        try (MistralAdminClient admin = admin(3)) {
            FileObject uploaded = admin.files().upload(source, FilePurpose.BATCH, (done, total) -> progress.add(done));
            List<FileObject> listed = admin.files().list().data();
            Path copy = admin.files().download(uploaded.id(), dir.resolve("copy.bin"));

            long sentBeforeTheDrop = sentByTheFirstAttempt(progress);
            List<Integer> statuses = uploadStatuses();
            System.out.printf("[reliability] upload of %d MiB dropped: %d of %d bytes sent before the drop, "
                            + "upload attempts answered %s, %d file(s) listed, sha256 of download equals source: %s%n",
                    SIZE >> 20, sentBeforeTheDrop, SIZE, statuses, listed.size(), sha256(copy).equals(sourceDigest));

            assertThat(statuses).containsExactly(0, 200);
            assertThat(listed).singleElement().satisfies(file -> {
                assertThat(file.id()).isEqualTo(uploaded.id());
                assertThat(file.bytes()).isEqualTo(SIZE);
            });
            assertThat(sha256(copy)).isEqualTo(sourceDigest);
        }
    }

    @Test
    void anUploadCutOnEveryAttemptFailsClearlyAndLeavesNoFile() {
        EMULATOR.emulator().faults().next(ROUTE, Fault.dropConnection(), Fault.dropConnection(),
                Fault.dropConnection());

        try (MistralAdminClient admin = admin(3)) {
            Throwable failure = catchThrowable(() -> admin.files().upload(source, FilePurpose.BATCH));
            List<FileObject> listed = admin.files().list().data();
            System.out.printf("[reliability] upload cut on all 3 attempts: %s \"%s\"; upload attempts answered %s, "
                    + "%d file(s) listed%n", failure.getClass().getSimpleName(), failure.getMessage(),
                    uploadStatuses(), listed.size());

            assertThat(failure).isInstanceOf(LangChain4jException.class)
                    .hasMessageContaining("POST /files")
                    .hasMessageContaining("3 attempts");
            assertThat(uploadStatuses()).containsExactly(0, 0, 0);
            assertThat(listed).isEmpty();
        }
    }

    @Test
    void anUploadFromAStreamIsNeverRetriedAndItsCutLeavesNoFile() throws IOException {
        EMULATOR.emulator().faults().next(ROUTE, Fault.dropConnection());

        try (MistralAdminClient admin = admin(3); InputStream content = Files.newInputStream(source)) {
            Throwable failure = catchThrowable(() -> admin.files().upload(content, "batch-input.bin", SIZE,
                    FilePurpose.BATCH, (done, total) -> { }));
            List<FileObject> listed = admin.files().list().data();
            System.out.printf("[reliability] stream upload cut once: %s \"%s\"; upload attempts %s, %d file(s) "
                    + "listed%n", failure.getClass().getSimpleName(), failure.getMessage(), uploadStatuses(),
                    listed.size());

            assertThat(failure).isInstanceOf(LangChain4jException.class).hasMessageContaining("POST /files");
            assertThat(uploadStatuses()).containsExactly(0);
            assertThat(listed).isEmpty();
        }
    }

    /** The statuses the emulator answered the upload attempts with (0: connection dropped). */
    private static List<Integer> uploadStatuses() {
        return EMULATOR.emulator().recordedRequests().stream()
                .filter(request -> request.method().equals("POST") && request.path().equals(ROUTE))
                .map(RecordedRequest::status).toList();
    }

    /** The highest progress the first attempt reported; every attempt reports 0 when it starts sending. */
    private static long sentByTheFirstAttempt(List<Long> progress) {
        assertThat(progress.stream().filter(done -> done == 0).count()).as("attempts that started sending")
                .isEqualTo(2);
        return progress.subList(0, progress.lastIndexOf(0L)).stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
