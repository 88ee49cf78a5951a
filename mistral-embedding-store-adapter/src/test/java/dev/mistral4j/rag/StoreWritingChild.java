package dev.mistral4j.rag;

import dev.langchain4j.data.segment.TextSegment;
import java.nio.file.Path;
import java.util.List;

/**
 * The process {@link CrashSafetyTest} kills: writes to a store in a loop, as fast as it can, printing
 * {@code committed N} after write N returned (so committed). Arguments: {@code tracked|plain} and the folder.
 * {@code tracked} ingests document {@code doc-N} (two chunks, one commit with the manifest) through
 * {@link TrackedStore#embedded(Path)}; {@code plain} adds segment {@code N} to a {@link LuceneEmbeddingStore}.
 */
public final class StoreWritingChild {

    private StoreWritingChild() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[1]);
        WordCountingEmbeddingModel model = new WordCountingEmbeddingModel();
        if (args[0].equals("tracked")) {
            TrackedStore store = TrackedStore.embedded(folder);
            DocumentIngestor ingestor = DocumentIngestor.builder().embeddingModel(model).store(store)
                    .chunkSize(30, 0).build();
            for (int n = 0; ; n++) {
                ingestor.ingest("doc-" + n, CrashSafetyTest.text(n));
                System.out.println("committed " + n);
            }
        }
        LuceneEmbeddingStore store = LuceneEmbeddingStore.open(folder);
        for (int n = 0; ; n++) {
            TextSegment segment = TextSegment.from(CrashSafetyTest.text(n));
            store.addAll(List.of(CrashSafetyTest.id(n)), List.of(model.embed(segment).content()),
                    List.of(segment));
            System.out.println("committed " + n);
        }
    }
}
