package dev.mistral4j.benchmarks;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.mistral4j.rag.SegmentMetadata;
import dev.mistral4j.rag.TrackedStore;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The JVM of case 9's searches, started with {@code -Xmx256m}: opens the embedded store, then runs every query three
 * times unfiltered and three times filtered ({@link EmbeddedStore#TENTH}). Prints {@code open <seconds>},
 * {@code query|filtered timed <ms>} for the last two runs, {@code query|filtered result - <keys>} for the last, and
 * {@code heap <bytes>}: the heap pools' peak sum while searching, after a GC and a reset.
 *
 * <p>Arguments: the store folder, the query file (count, then per query its dimension and floats).
 */
public final class StoreQueryChild {

    private static final int RUNS = 3;

    private StoreQueryChild() {
    }

    /** A segment's identity across stores: source and chunk index. */
    static String key(Metadata metadata) {
        return metadata.getString(SegmentMetadata.SOURCE) + "#" + metadata.getInteger(SegmentMetadata.CHUNK_INDEX);
    }

    public static void main(String[] args) throws IOException {
        List<Embedding> queries = read(Path.of(args[1]));
        long started = System.nanoTime();
        try (TrackedStore store = TrackedStore.embedded(Path.of(args[0]))) {
            System.out.printf(Locale.ROOT, "open %.4f%n", (System.nanoTime() - started) / 1e9);
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            for (int run = 0; run < RUNS; run++) {
                search(store, queries, null, "query", run);
                search(store, queries, EmbeddedStore.TENTH, "filtered", run);
            }
            System.out.println("heap " + heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
        }
    }

    private static void search(TrackedStore store, List<Embedding> queries, Filter filter, String name, int run) {
        for (Embedding query : queries) {
            long started = System.nanoTime();
            List<EmbeddingMatch<TextSegment>> matches = store.store().search(EmbeddingSearchRequest.builder()
                    .queryEmbedding(query).maxResults(EmbeddedStore.K).filter(filter).build()).matches();
            double millis = (System.nanoTime() - started) / 1e6;
            if (run > 0) {
                System.out.printf(Locale.ROOT, "%s timed %.4f%n", name, millis);
            }
            if (run == RUNS - 1) {
                System.out.println(name + " result - " + matches.stream()
                        .map(match -> key(match.embedded().metadata())).collect(Collectors.joining(",")));
            }
        }
    }

    private static List<Embedding> read(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file); DataInputStream in = new DataInputStream(
                new BufferedInputStream(stream))) {
            int count = in.readInt();
            List<Embedding> queries = new ArrayList<>(count);
            for (int q = 0; q < count; q++) {
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                queries.add(Embedding.from(vector));
            }
            return queries;
        }
    }
}
