package dev.mistral4j.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The file fingerprints of the JSON and the Lucene manifests: kept across reopening, dropped with their chunks. */
class FileFingerprintTest {

    @TempDir
    Path folder;

    static Stream<Arguments> manifests() {
        Function<Path, TrackedStore> json = folder -> new TrackedStore(
                new InMemoryEmbeddingStore<>(),
                StoreManifest.inFile(folder.resolve("manifest.json")));
        Function<Path, TrackedStore> lucene = folder -> TrackedStore.embedded(folder.resolve("index"));
        return Stream.of(Arguments.of("json", json), Arguments.of("lucene", lucene));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void fingerprintsAreKeptAcrossReopeningAndGoWithNewChunksOrTheSource(String name,
            Function<Path, TrackedStore> open) {
        try (TrackedStore store = open.apply(folder)) {
            StoreManifest manifest = store.manifest();
            manifest.putChunkHashes("a.pdf", List.of("h1", "h2"));
            manifest.putFileFingerprint("a.pdf", "sha256:aa");
            manifest.putChunkHashes("b.pdf", List.of("h3"));
            manifest.putFileFingerprint("b.pdf", "sha256:bb");
            manifest.putChunkHashes("c.txt", List.of("h4"));
            manifest.putFileFingerprint("c.txt", "sha256:cc");
            manifest.putFileFingerprint("never-put.pdf", "sha256:dd");
            manifest.commit();
        }
        try (TrackedStore store = open.apply(folder)) {
            StoreManifest manifest = store.manifest();
            assertThat(manifest.fileFingerprint("a.pdf")).contains("sha256:aa");
            assertThat(manifest.fileFingerprint("never-put.pdf")).isEmpty();
            manifest.putChunkHashes("b.pdf", List.of("h5"));
            manifest.removeSource("c.txt");
            manifest.commit();
        }
        try (TrackedStore store = open.apply(folder)) {
            StoreManifest manifest = store.manifest();
            assertThat(manifest.fileFingerprint("a.pdf")).contains("sha256:aa");
            assertThat(manifest.fileFingerprint("b.pdf")).isEmpty();
            assertThat(manifest.chunkHashes("b.pdf")).containsExactly("h5");
            assertThat(manifest.fileFingerprint("c.txt")).isEmpty();
            assertThat(manifest.sources()).containsExactlyInAnyOrder("a.pdf", "b.pdf");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void aFingerprintAloneIsACommitOfItsOwn(String name, Function<Path, TrackedStore> open) {
        try (TrackedStore store = open.apply(folder)) {
            store.manifest().putChunkHashes("a.pdf", List.of("h1"));
            store.manifest().commit();
            store.manifest().putFileFingerprint("a.pdf", "sha256:aa");
            store.manifest().commit();
        }
        try (TrackedStore store = open.apply(folder)) {
            assertThat(store.manifest().fileFingerprint("a.pdf")).contains("sha256:aa");
        }
    }

    @Test
    void aJsonManifestOfAnEarlierVersionHasNoFingerprints() throws Exception {
        Path file = Files.writeString(folder.resolve("old.json"),
                "{\"model\":\"m\",\"dimension\":3,\"sources\":{\"a.txt\":[\"h1\"]}}");

        StoreManifest manifest = StoreManifest.inFile(file);

        assertThat(manifest.chunkHashes("a.txt")).containsExactly("h1");
        assertThat(manifest.fileFingerprint("a.txt")).isEmpty();
    }
}
