package dev.mistral4j.rag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The manifest of the embedded store, inside its index: one document per source (its chunk hashes in order and its
 * file fingerprint) and the embedding space in the commit data, both written in the Lucene commit that makes the segments durable, so that the
 * store and its manifest cannot disagree after a crash. A commit rewrites only the sources that changed.
 */
final class LuceneStoreManifest implements StoreManifest {

    static final String MODEL = "embedding_model";
    static final String DIMENSION = "embedding_dimension";
    private static final String SOURCE = "manifest.source";
    private static final String HASHES = "manifest.hashes";
    private static final String FINGERPRINT = "manifest.fingerprint";
    private static final Query SOURCES = new TermQuery(new Term(LuceneEmbeddingStore.KIND, "source"));

    private final LuceneEmbeddingStore store;
    private final ManifestSources sources;
    private EmbeddingSpace space;

    private LuceneStoreManifest(LuceneEmbeddingStore store, ManifestSources sources, EmbeddingSpace space) {
        this.store = store;
        this.sources = sources;
        this.space = space;
    }

    /** Reads the manifest the store's last commit holds. */
    static LuceneStoreManifest open(LuceneEmbeddingStore store) {
        Map<String, String> data = store.commitData();
        EmbeddingSpace space = data.containsKey(MODEL)
                ? new EmbeddingSpace(data.get(MODEL), Integer.parseInt(data.get(DIMENSION)))
                : null;
        ManifestSources sources = store.read(searcher -> {
            Map<String, List<String>> read = new HashMap<>();
            Map<String, String> fingerprints = new HashMap<>();
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(SOURCES, Math.max(1, searcher.count(SOURCES))).scoreDocs) {
                Document document = fields.document(hit.doc);
                read.put(document.get(SOURCE), List.of(document.getValues(HASHES)));
                if (document.get(FINGERPRINT) != null) {
                    fingerprints.put(document.get(SOURCE), document.get(FINGERPRINT));
                }
            }
            return new ManifestSources(read, fingerprints);
        });
        return new LuceneStoreManifest(store, sources, space);
    }

    @Override
    public Optional<EmbeddingSpace> embeddingSpace() {
        return Optional.ofNullable(space);
    }

    @Override
    public void recordEmbeddingSpace(EmbeddingSpace space) {
        this.space = space;
    }

    @Override
    public Set<String> sources() {
        return sources.sources();
    }

    @Override
    public List<String> chunkHashes(String source) {
        return sources.chunkHashes(source);
    }

    @Override
    public void putChunkHashes(String source, List<String> hashes) {
        sources.put(source, hashes);
    }

    @Override
    public Optional<String> fileFingerprint(String source) {
        return Optional.ofNullable(sources.fingerprint(source));
    }

    @Override
    public void putFileFingerprint(String source, String fingerprint) {
        sources.putFingerprint(source, fingerprint);
    }

    @Override
    public void removeSource(String source) {
        sources.remove(source);
    }

    /** One Lucene commit: the store's writes since the last one, the changed sources and the space. */
    @Override
    public void commit() {
        Map<String, String> data = new HashMap<>();
        if (space != null) {
            data.put(MODEL, space.modelName());
            data.put(DIMENSION, Integer.toString(space.dimension()));
        }
        store.commit(data, writer -> {
            for (String source : sources.changed()) {
                Term term = new Term(SOURCE, source);
                List<String> hashes = sources.all().get(source);
                if (hashes == null) {
                    writer.deleteDocuments(term);
                } else {
                    writer.updateDocument(term, document(source, hashes, sources.fingerprint(source)));
                }
            }
        });
        sources.committed();
    }

    private static Document document(String source, List<String> hashes, String fingerprint) {
        Document document = new Document();
        document.add(new StringField(LuceneEmbeddingStore.KIND, "source", Field.Store.NO));
        document.add(new StringField(SOURCE, source, Field.Store.YES));
        if (fingerprint != null) {
            document.add(new StoredField(FINGERPRINT, fingerprint));
        }
        // one value per chunk, kept in order
        hashes.forEach(hash -> document.add(new StoredField(HASHES, hash)));
        return document;
    }
}
