package dev.mistral4j.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.HttpException;
import dev.mistral4j.admin.files.FileListQuery;
import dev.mistral4j.admin.files.FileObject;
import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.files.FileSampleType;
import dev.mistral4j.admin.files.FileSource;
import dev.mistral4j.admin.files.FileUploadOptions;
import dev.mistral4j.admin.files.FileVisibility;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.client.TransferProgress;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FilesServiceTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    @TempDir
    Path dir;

    private MistralAdminClient admin;

    @BeforeEach
    void connect() {
        admin = MistralAdminClient.builder().apiKey("test-key").baseUrl(EMULATOR.baseUrl())
                .client(client -> client.retryPolicy(RetryPolicy.builder().maxAttempts(3)
                        .initialDelay(Duration.ofMillis(10)).build()))
                .build();
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    @Test
    void uploadsAFileAndDownloadsTheSameBytes() throws IOException {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        Path source = Files.write(dir.resolve("blob.bin"), content);
        List<long[]> progress = new ArrayList<>();

        FileObject uploaded = admin.files().upload(source, FilePurpose.BATCH,
                (done, total) -> progress.add(new long[] {done, total}));
        Path downloaded = admin.files().download(uploaded.id(), dir.resolve("copy.bin"));

        assertThat(uploaded.bytes()).isEqualTo(content.length);
        assertThat(uploaded.filename()).isEqualTo("blob.bin");
        assertThat(uploaded.purpose()).isEqualTo("batch");
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(content);
        assertThat(progress.get(progress.size() - 1)).containsExactly(content.length, content.length);
        assertThat(progress).allSatisfy(step -> assertThat(step[1]).isEqualTo(content.length));
        assertThat(Files.list(dir)).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("blob.bin", "copy.bin");
    }

    @Test
    void uploadsFromAStreamOfUnknownLengthWithProgressTotalMinusOne() {
        byte[] content = TrainingData.VALID.getBytes(StandardCharsets.UTF_8);
        List<Long> totals = new ArrayList<>();

        FileObject uploaded = admin.files().upload(new ByteArrayInputStream(content), "train.jsonl", -1,
                FilePurpose.FINE_TUNE, (done, total) -> totals.add(total));

        assertThat(uploaded.bytes()).isEqualTo(content.length);
        assertThat(uploaded.numLines()).isEqualTo(2);
        assertThat(uploaded.filePurpose()).isEqualTo(FilePurpose.FINE_TUNE);
        assertThat(totals).isNotEmpty().containsOnly(-1L);
    }

    @Test
    void retriesAPathUploadButNeverAStreamUpload(MistralEmulator emulator) {
        Path source = TrainingData.write(dir, "train.jsonl", TrainingData.VALID);

        emulator.faults().next(Fault.status(503));
        FileObject uploaded = admin.files().upload(source, FilePurpose.FINE_TUNE);
        assertThat(uploaded.bytes()).isEqualTo(TrainingData.VALID.length());
        assertThat(emulator.recordedRequests()).filteredOn(request -> request.path().equals("/v1/files"))
                .hasSize(2);

        emulator.faults().next(Fault.status(503));
        assertThatThrownBy(() -> admin.files().upload(new ByteArrayInputStream(new byte[10]), "x.jsonl", 10,
                FilePurpose.FINE_TUNE, (done, total) -> { }))
                .hasRootCauseInstanceOf(HttpException.class)
                .rootCause().satisfies(cause -> assertThat(((HttpException) cause).statusCode()).isEqualTo(503));
    }

    @Test
    void uploadsWithVisibilityAndExpiryAndFiltersOnSeveralValuesAtOnce() {
        TrainingData.write(dir, "mine.jsonl", TrainingData.VALID);
        TrainingData.write(dir, "requests.jsonl", TrainingData.VALID);

        FileObject mine = admin.files().upload(dir.resolve("mine.jsonl"), FileUploadOptions.of(FilePurpose.FINE_TUNE)
                .withVisibility(FileVisibility.USER).withExpiry(48), TransferProgress.NONE);
        admin.files().upload(dir.resolve("requests.jsonl"), FilePurpose.BATCH);
        var both = admin.files().list(FileListQuery.builder().search(".jsonl")
                .sampleType(FileSampleType.INSTRUCT, FileSampleType.BATCH_REQUEST).source(FileSource.UPLOAD).build());
        var batchOnly = admin.files().list(FileListQuery.builder().search(".jsonl")
                .sampleType(FileSampleType.BATCH_REQUEST, FileSampleType.BATCH_RESULT).build());

        assertThat(mine.fileVisibility()).isEqualTo(FileVisibility.USER);
        assertThat(mine.expiresAt()).isEqualTo(mine.createdAt() + 48 * 3600);
        assertThat(both.data()).extracting(FileObject::filename).contains("mine.jsonl", "requests.jsonl");
        assertThat(batchOnly.data()).extracting(FileObject::filename).contains("requests.jsonl")
                .doesNotContain("mine.jsonl");
        assertThat(EMULATOR.emulator().contractViolations()).isEmpty();
    }

    @Test
    void listsWithFiltersAndWalksEveryPage() {
        for (int i = 0; i < 5; i++) {
            TrainingData.write(dir, "page-" + i + ".jsonl", TrainingData.VALID);
            admin.files().upload(dir.resolve("page-" + i + ".jsonl"), FilePurpose.FINE_TUNE);
        }
        TrainingData.write(dir, "other.jsonl", TrainingData.VALID);
        admin.files().upload(dir.resolve("other.jsonl"), FilePurpose.BATCH);

        var firstPage = admin.files().list(FileListQuery.builder().search("page-").pageSize(2).build());
        List<String> all;
        try (Stream<FileObject> files = admin.files().listAll(FileListQuery.builder().search("page-").pageSize(2)
                .build())) {
            all = files.map(FileObject::filename).toList();
        }
        var batch = admin.files().list(FileListQuery.builder().purpose(FilePurpose.BATCH).search("other").build());

        assertThat(firstPage.data()).hasSize(2);
        assertThat(firstPage.total()).isEqualTo(5);
        assertThat(all).containsExactly("page-0.jsonl", "page-1.jsonl", "page-2.jsonl", "page-3.jsonl",
                "page-4.jsonl");
        assertThat(batch.data()).extracting(FileObject::filename).containsExactly("other.jsonl");
    }

    @Test
    void retrievesDeletesAndSignsUrls() {
        FileObject uploaded = admin.files().upload(TrainingData.write(dir, "t.jsonl", TrainingData.VALID),
                FilePurpose.FINE_TUNE);

        FileObject retrieved = admin.files().retrieve(uploaded.id());
        String url = admin.files().signedUrl(uploaded.id(), 2).url();
        var deleted = admin.files().delete(uploaded.id());

        assertThat(retrieved.id()).isEqualTo(uploaded.id());
        assertThat(retrieved.deleted()).isFalse();
        assertThat(url).contains(uploaded.id());
        assertThat(deleted.deleted()).isTrue();
        assertThatThrownBy(() -> admin.files().retrieve(uploaded.id())).hasMessageContaining("404");
    }

    @Test
    void downloadsIntoADirectoryUnderTheStoredName() throws IOException {
        FileObject uploaded = admin.files().upload(TrainingData.write(dir, "named.jsonl", TrainingData.VALID),
                FilePurpose.FINE_TUNE);
        Path target = Files.createDirectory(dir.resolve("out"));

        Path written = admin.files().download(uploaded.id(), target);

        assertThat(written).isEqualTo(target.resolve("named.jsonl"));
        assertThat(Files.readString(written)).isEqualTo(TrainingData.VALID);
    }

    @Test
    void aFailedDownloadLeavesNothingBehind(MistralEmulator emulator) throws IOException {
        FileObject uploaded = admin.files().upload(TrainingData.write(dir, "t.jsonl", TrainingData.VALID),
                FilePurpose.FINE_TUNE);
        Path target = Files.createDirectory(dir.resolve("out")).resolve("copy.jsonl");
        emulator.faults().next(Fault.status(404));

        assertThatThrownBy(() -> admin.files().download(uploaded.id(), target)).isInstanceOf(RuntimeException.class);

        assertThat(Files.list(target.getParent())).isEmpty();
    }

    @Test
    void refusesAMissingFileAndTheUnknownPurposeBeforeSending() {
        assertThatThrownBy(() -> admin.files().upload(dir.resolve("missing.jsonl"), FilePurpose.FINE_TUNE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readable regular file");
        Path file = TrainingData.write(dir, "t.jsonl", TrainingData.VALID);
        assertThatThrownBy(() -> admin.files().upload(file, FilePurpose.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FINE_TUNE, BATCH or OCR");
    }

    @Test
    void sharesTheTransportOfAnExistingClient() {
        try (MistralClient client = MistralClient.builder().apiKey("k").baseUrl(EMULATOR.baseUrl()).build();
             MistralAdminClient shared = MistralAdminClient.from(client)) {
            assertThat(shared.client()).isSameAs(client);
            assertThat(shared.files().list().object()).isEqualTo("list");
        }
    }
}
