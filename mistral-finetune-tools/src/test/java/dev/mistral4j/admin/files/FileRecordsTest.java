package dev.mistral4j.admin.files;

import static dev.mistral4j.admin.WireJson.read;
import static dev.mistral4j.admin.WireJson.specExample;
import static dev.mistral4j.admin.WireJson.tree;
import static dev.mistral4j.admin.WireJson.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.emulator.contract.ContractValidator;
import org.junit.jupiter.api.Test;

class FileRecordsTest {

    private static final String FILE_ID = "e85980c9-409e-4a46-9304-36588f6292b0";
    private static final String FULL_FILE = """
            {"id":"%s","object":"file","bytes":13000,"created_at":1759500189,"filename":"train.jsonl",
             "purpose":"fine-tune","sample_type":"instruct","num_lines":2,"mimetype":"application/jsonl",
             "source":"upload","signature":"d4821d2de1917341","expires_at":1760000000,"visibility":"workspace",
             "deleted":false}""".formatted(FILE_ID);

    @Test
    void readsTheUploadExampleOfTheSpec() {
        FileObject file = read(specExample("post", "/v1/files"), FileObject.class);

        assertThat(file.id()).isEqualTo(FILE_ID);
        assertThat(file.bytes()).isNull();
        assertThat(file.createdAt()).isEqualTo(1759500189L);
        assertThat(file.filename()).isEqualTo("example.file.jsonl");
        assertThat(file.filePurpose()).isEqualTo(FilePurpose.FINE_TUNE);
        assertThat(file.fileSampleType()).isEqualTo(FileSampleType.INSTRUCT);
        assertThat(file.fileSource()).isEqualTo(FileSource.UPLOAD);
        assertThat(file.numLines()).isEqualTo(2L);
        assertThat(file.mimetype()).isEqualTo("application/jsonl");
        assertThat(file.signature()).isEqualTo("d4821d2de1917341");
    }

    @Test
    void readsTheListExampleOfTheSpec() {
        FileList list = read(specExample("get", "/v1/files"), FileList.class);

        assertThat(list.object()).isEqualTo("list");
        assertThat(list.total()).isEqualTo(2L);
        assertThat(list.data()).hasSize(2).allSatisfy(file -> {
            assertThat(file.filePurpose()).isEqualTo(FilePurpose.BATCH);
            assertThat(file.fileSampleType()).isEqualTo(FileSampleType.BATCH_RESULT);
            assertThat(file.fileSource()).isEqualTo(FileSource.MISTRAL);
            assertThat(file.signature()).isNull();
        });
    }

    @Test
    void readsTheRetrieveDeleteAndSignedUrlExamplesOfTheSpec() {
        FileObject retrieved = read(specExample("get", "/v1/files/{file_id}"), FileObject.class);
        FileDeleted deleted = read(specExample("delete", "/v1/files/{file_id}"), FileDeleted.class);
        FileSignedUrl url = read(specExample("get", "/v1/files/{file_id}/url"), FileSignedUrl.class);

        assertThat(retrieved.deleted()).isFalse();
        assertThat(deleted).isEqualTo(new FileDeleted(FILE_ID, "file", true));
        assertThat(url.url()).startsWith("https://").contains("sig=");
    }

    @Test
    void keepsEveryFieldOfAFileOnARoundTrip() {
        assertThat(ContractValidator.mistralApi().validateResponse("GET", "/v1/files/" + FILE_ID, 200,
                "application/json", FULL_FILE)).isEmpty();

        FileObject file = read(FULL_FILE, FileObject.class);

        assertThat(tree(write(file))).isEqualTo(tree(FULL_FILE));
        assertThat(file.fileVisibility()).isEqualTo(FileVisibility.WORKSPACE);
        assertThat(file.expiresAt()).isEqualTo(1760000000L);
    }

    @Test
    void keepsValuesNewerThanTheLibraryAndIgnoresUnknownFields() {
        FileObject file = read("{\"id\":\"x\",\"purpose\":\"audio\",\"source\":\"s3\",\"sample_type\":\"speech\","
                + "\"visibility\":\"public\",\"new_field\":{\"a\":1}}", FileObject.class);

        assertThat(file.purpose()).isEqualTo("audio");
        assertThat(file.filePurpose()).isEqualTo(FilePurpose.UNKNOWN);
        assertThat(file.fileSource()).isEqualTo(FileSource.UNKNOWN);
        assertThat(file.fileSampleType()).isEqualTo(FileSampleType.UNKNOWN);
        assertThat(file.fileVisibility()).isEqualTo(FileVisibility.UNKNOWN);
        assertThat(write(file)).doesNotContain("null", "new_field");
    }

    @Test
    void signedUrlToStringHidesTheSignature() {
        FileSignedUrl url = new FileSignedUrl("https://files.example/fine-tune/abc.jsonl?se=2025&sig=SECRET");

        assertThat(url.toString()).contains("https://files.example/fine-tune/abc.jsonl").doesNotContain("SECRET");
    }

    @Test
    void purposesMapToTheirWireValues() {
        assertThat(FilePurpose.FINE_TUNE.wireValue()).isEqualTo("fine-tune");
        assertThat(FilePurpose.fromWire("ocr")).isEqualTo(FilePurpose.OCR);
        assertThat(FilePurpose.fromWire(null)).isEqualTo(FilePurpose.UNKNOWN);
    }
}
