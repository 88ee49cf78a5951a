package dev.mistral4j.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process killed with SIGKILL while it writes leaves a store that opens with its last commit: every write that
 * returned before the kill, maybe the one in flight, and nothing of a later one.
 */
class CrashSafetyTest {

    private static final int KILL_AFTER_COMMITS = 25;
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path folder;

    /** Three short paragraphs: two chunks at 30 tokens. */
    static String text(int n) {
        return "Paragraph one of document " + n + " about rivers.\n\nParagraph two of document " + n
                + " about stones.\n\nParagraph three of document " + n + " about bridges.";
    }

    static String id(int n) {
        return UUID.nameUUIDFromBytes(("segment " + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tracked", "plain"})
    void aProcessKilledWhileItWritesLeavesExactlyACommittedPrefix(String mode) throws Exception {
        int lastReported = writeUntilKilled(mode);

        WordCountingEmbeddingModel model = new WordCountingEmbeddingModel();
        EmbeddingSearchRequest everything = EmbeddingSearchRequest.builder()
                .queryEmbedding(model.embed("paragraph document").content()).maxResults(10_000).build();
        if (mode.equals("tracked")) {
            try (TrackedStore store = TrackedStore.embedded(folder)) {
                TreeSet<Integer> documents = store.manifest().sources().stream()
                        .map(source -> Integer.parseInt(source.substring("doc-".length())))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(documents.last()).isGreaterThanOrEqualTo(lastReported);
                assertThat(documents).containsExactlyElementsOf(IntStream.rangeClosed(0, documents.last()).boxed()
                        .toList());
                Map<String, Long> chunksPerSource = store.store().search(everything).matches().stream()
                        .collect(Collectors.groupingBy(match -> match.embedded().metadata()
                                .getString(SegmentMetadata.SOURCE), Collectors.counting()));
                assertThat(chunksPerSource.keySet()).isEqualTo(store.manifest().sources());
                assertThat(chunksPerSource).allSatisfy((source, chunks) ->
                        assertThat(chunks).isEqualTo(store.manifest().chunkHashes(source).size()));
            }
        } else {
            try (LuceneEmbeddingStore store = LuceneEmbeddingStore.open(folder)) {
                List<String> ids = store.search(everything).matches().stream().map(EmbeddingMatch::embeddingId)
                        .toList();
                int count = ids.size();
                assertThat(count - 1).isGreaterThanOrEqualTo(lastReported);
                assertThat(ids).containsExactlyInAnyOrderElementsOf(IntStream.range(0, count)
                        .mapToObj(CrashSafetyTest::id).toList());
            }
        }
    }

    /** Starts the writer, kills it once it reported enough commits; returns the last commit it reported. */
    private int writeUntilKilled(String mode) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), StoreWritingChild.class.getName(), mode,
                folder.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            int reported = CompletableFuture.supplyAsync(() -> {
                try {
                    int last = -1;
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        last = Integer.parseInt(line.substring("committed ".length()));
                        if (last + 1 >= KILL_AFTER_COMMITS) {
                            break;
                        }
                    }
                    return last;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            // SIGKILL: no shutdown hook, no close, whatever the writer is doing
            child.destroyForcibly();
            assertThat(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(reported).as("commits the writer reported before it was killed")
                    .isEqualTo(KILL_AFTER_COMMITS - 1);
            return reported;
        } finally {
            child.destroyForcibly();
        }
    }
}
