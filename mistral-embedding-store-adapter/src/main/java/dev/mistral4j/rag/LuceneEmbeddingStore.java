package dev.mistral4j.rag;

import static dev.langchain4j.internal.ValidationUtils.ensureNotBlank;
import static dev.langchain4j.internal.ValidationUtils.ensureNotEmpty;
import static dev.langchain4j.internal.ValidationUtils.ensureNotNull;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * An {@link EmbeddingStore} of text segments in a folder on disk: an Apache Lucene index with the vectors in an HNSW
 * graph, the segments' text and metadata stored beside them, and metadata filters applied inside the vector search, so
 * that a filtered search still returns its {@code maxResults} best matches.
 *
 * <p>Embeddings are compared by cosine similarity. They are stored at unit length (the dot product of unit vectors is
 * their cosine, and cheaper): one that is not (Mistral's embeddings are) is scaled when added and comes back scaled.
 *
 * <p>Every {@code add} and {@code remove} is committed before it returns: after a crash the store opens with every
 * call that returned, and never with a part of one. The index is read through memory-mapped files, so opening it does
 * not load the vectors onto the heap. Scores are LangChain4j's relevance scores ({@code (cosine + 1) / 2}), as
 * {@code InMemoryEmbeddingStore} reports them; a search finds approximate nearest neighbours, the more
 * {@link Builder#searchCandidates(int) candidates} the closer to exact, and the exact ones where a filter admits few
 * enough segments ({@link Builder#exactSearchLimit(int)}). A commit that follows a bulk write (as many segments added
 * since the last compaction as half the store) merges the index into one index segment, so that a search walks one
 * graph; smaller writes are merged by Lucene's policy, without rewriting the store.
 *
 * <p>Thread-safe. One instance at a time owns a folder (a second one, in this process or another, is refused);
 * {@link #close()} releases it.
 */
public final class LuceneEmbeddingStore implements EmbeddingStore<TextSegment>, AutoCloseable {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String VECTOR = "vector";
    static final String TEXT = "text";
    /** What every segment document holds in {@link #KIND}, so that other documents (a manifest) stay apart. */
    static final Query SEGMENTS = new TermQuery(new Term(KIND, "segment"));
    /** Mistral's widest embeddings (codestral-embed) have 3,072 dimensions; Lucene's default limit is 1,024. */
    static final int MAX_DIMENSIONS = 4096;

    /** How far from 1 a squared length may be for a vector to count as unit: float rounding of a normalized one. */
    private static final double UNIT_TOLERANCE = 1e-5;
    private static final Set<String> STORED_FIELDS = Set.of(ID, TEXT, LuceneMetadata.STORED);

    private final Path folder;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean commitEveryWrite;
    private final int searchCandidates;
    private final int exactSearchLimit;
    private final LuceneFilters filters = new LuceneFilters(SEGMENTS);
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong searchableWrites = new AtomicLong();
    /** Segments added since the index was last merged into one index segment, or opened. */
    private final AtomicLong addedSinceCompaction = new AtomicLong();
    /**
     * Whether writes wait for {@link #commit} (only when commits are deferred): set under the read lock of
     * {@link #commits}, cleared under its write lock, so that a commit never clears it for a write it does not hold.
     */
    private volatile boolean uncommitted;
    /**
     * Writes apply their changes under the read lock, side by side (the writer is thread-safe); commits and close hold
     * the write lock, so that they see whole writes only. Not the writer's monitor: Lucene asserts that nobody holds
     * it while it commits.
     */
    private final ReentrantReadWriteLock commits = new ReentrantReadWriteLock();

    private LuceneEmbeddingStore(Builder builder, boolean commitEveryWrite) {
        this.folder = Objects.requireNonNull(builder.folder, "folder is required");
        this.commitEveryWrite = commitEveryWrite;
        this.searchCandidates = builder.searchCandidates;
        this.exactSearchLimit = builder.exactSearchLimit;
        KnnVectorsFormat vectors = new WideHnswFormat(builder.maxConnections, builder.beamWidth);
        IndexWriterConfig config = new IndexWriterConfig()
                .setCodec(new Lucene912Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return vectors;
                    }
                })
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(builder.writeBufferMegabytes)
                // close() commits finished merges, or rolls back when writes await a manifest commit
                .setCommitOnClose(true);
        IndexWriter opened = null;
        try {
            MMapDirectory directory = new MMapDirectory(folder);
            boolean created = !DirectoryReader.indexExists(directory);
            opened = new IndexWriter(directory, config);
            if (created) {
                // a new folder holds an empty store at once, not an index that cannot be opened
                opened.commit();
            }
            this.writer = opened;
            this.searchers = new SearcherManager(opened, true, false, null);
        } catch (LockObtainFailedException e) {
            closeQuietly(opened);
            throw new IllegalStateException("The store in " + folder + " is open elsewhere (in this process or "
                    + "another): close it there first", e);
        } catch (IOException e) {
            closeQuietly(opened);
            throw new UncheckedIOException("Cannot open the store in " + folder, e);
        }
    }

    /** A store in {@code folder} (created when missing) with the default options. */
    public static LuceneEmbeddingStore open(Path folder) {
        return builder().folder(folder).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The store of {@link TrackedStore#embedded(Path)}: writes become durable on {@link #commit}, with its data. */
    static LuceneEmbeddingStore openDeferringCommits(Path folder) {
        return new LuceneEmbeddingStore(builder().folder(folder), false);
    }

    @Override
    public String add(Embedding embedding) {
        String id = UUID.randomUUID().toString();
        add(id, embedding);
        return id;
    }

    @Override
    public void add(String id, Embedding embedding) {
        addAll(List.of(id), List.of(embedding), null);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = UUID.randomUUID().toString();
        addAll(List.of(id), List.of(embedding), List.of(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        List<String> ids = generateIds(embeddings.size());
        addAll(ids, embeddings, null);
        return ids;
    }

    /**
     * Adds the embeddings under the given ids, replacing what the store held under those ids. A null or blank id, a
     * null embedding or one of length 0 refuses the whole call, naming its position, before anything is written.
     */
    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        ensureNotNull(ids, "ids");
        ensureNotNull(embeddings, "embeddings");
        if (ids.size() != embeddings.size() || (segments != null && segments.size() != ids.size())) {
            throw new IllegalArgumentException("The list of ids and embeddings and embedded must have the same size");
        }
        if (ids.isEmpty()) {
            return;
        }
        // every document is made before the first is written: a refused one leaves nothing of the call in the writer
        Term[] terms = new Term[ids.size()];
        Document[] documents = new Document[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            terms[i] = new Term(ID, validId(ids.get(i), i));
            Embedding embedding = embeddings.get(i);
            if (embedding == null) {
                throw new IllegalArgumentException("embeddings[" + i + "] is null");
            }
            documents[i] = document(terms[i].text(), embedding, segments == null ? null : segments.get(i), i);
        }
        write(writer -> {
            addedSinceCompaction.addAndGet(documents.length);
            for (int i = 0; i < documents.length; i++) {
                writer.updateDocument(terms[i], documents[i]);
            }
        });
    }

    @Override
    public void remove(String id) {
        ensureNotBlank(id, "id");
        removeAll(List.of(id));
    }

    /** Removes the segments of the given ids; a null or blank one refuses the whole call, naming its position. */
    @Override
    public void removeAll(Collection<String> ids) {
        ensureNotEmpty(ids, "ids");
        Term[] terms = new Term[ids.size()];
        int i = 0;
        for (String id : ids) {
            terms[i] = new Term(ID, validId(id, i));
            i++;
        }
        write(writer -> writer.deleteDocuments(terms));
    }

    /** Removes every segment whose metadata match; applied in the index, without reading the segments. */
    @Override
    public void removeAll(Filter filter) {
        ensureNotNull(filter, "filter");
        Query matching = new BooleanQuery.Builder().add(SEGMENTS, Occur.FILTER)
                .add(filters.toQuery(filter), Occur.FILTER).build();
        write(writer -> writer.deleteDocuments(matching));
    }

    @Override
    public void removeAll() {
        write(writer -> writer.deleteDocuments(SEGMENTS));
    }

    /**
     * The {@code maxResults} segments most similar to the query embedding among those the filter admits, best first,
     * leaving out those scoring below {@code minScore}.
     */
    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        float[] target = unitLength(request.queryEmbedding().vector());
        int candidates = Math.max(request.maxResults(), searchCandidates);
        // every search has a filter, so that a small index segment (one of recent writes) is searched exactly
        Query filter = request.filter() == null ? SEGMENTS : filters.toQuery(request.filter());
        IndexSearcher searcher = searcher();
        try {
            TopDocs top = searcher.search(new StoreVectorQuery(target, candidates, filter, exactSearchLimit),
                    request.maxResults());
            List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                if (hit.score < request.minScore()) {
                    break;
                }
                matches.add(match(searcher, hit));
            }
            return new EmbeddingSearchResult<>(matches);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the store in " + folder, e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Releases the folder, once merges in progress are done; writes that were not committed (only possible under a
     * manifest) are dropped.
     */
    @Override
    public void close() {
        commits.writeLock().lock();
        try {
            searchers.close();
            if (uncommitted) {
                writer.rollback();
            } else {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the store in " + folder, e);
        } finally {
            commits.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "LuceneEmbeddingStore[" + folder + "]";
    }

    /**
     * Makes every write that returned durable together with the given changes and commit data, in one Lucene commit.
     * Writes made meanwhile wait for it, and so belong to a later commit.
     */
    void commit(Map<String, String> commitData, IndexChange changes) {
        commits.writeLock().lock();
        try {
            // changes that fail half-way are not for close() to commit
            uncommitted = true;
            changes.applyTo(writer);
            writer.setLiveCommitData(new HashMap<>(commitData).entrySet());
            commitAndCompact();
            uncommitted = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the store in " + folder, e);
        } finally {
            commits.writeLock().unlock();
        }
        writes.incrementAndGet();
    }

    /** The data of the commit the store opened with, or of the last {@link #commit}. */
    Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /** How many index segments the last commit holds: each has an HNSW graph of its own that a search walks. */
    int indexSegments() {
        try {
            return SegmentInfos.readLatestCommit(writer.getDirectory()).size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the commit of the store in " + folder, e);
        }
    }

    /** Runs the reading on a searcher that sees every write made so far. */
    <T> T read(SearcherReading<T> reading) {
        IndexSearcher searcher = searcher();
        try {
            return reading.readFrom(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the store in " + folder, e);
        } finally {
            release(searcher);
        }
    }

    /** Changes to the index made with the writer. */
    @FunctionalInterface
    interface IndexChange {
        void applyTo(IndexWriter writer) throws IOException;
    }

    /** A reading of the index. */
    @FunctionalInterface
    interface SearcherReading<T> {
        T readFrom(IndexSearcher searcher) throws IOException;
    }

    /** Applies the change whole before any commit sees it, then commits it unless commits are deferred. */
    private void write(IndexChange change) {
        try {
            commits.readLock().lock();
            try {
                if (!commitEveryWrite) {
                    // before the change: a write that fails half-way is rolled back on close too
                    uncommitted = true;
                }
                change.applyTo(writer);
            } finally {
                commits.readLock().unlock();
            }
            if (commitEveryWrite) {
                // another thread's commit may have made this write durable already: whole, as this one does
                commits.writeLock().lock();
                try {
                    commitAndCompact();
                } finally {
                    commits.writeLock().unlock();
                }
            }
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the store in " + folder, e);
        }
    }

    /**
     * Commits; then, when the segments added since the last compaction are at least half of the store (a first or a
     * bulk ingestion) and the index has more than one segment, merges it into one and commits that. A search walks one
     * HNSW graph per index segment, so its cost grows with their number; small later writes are left to Lucene's
     * merge policy, so that re-ingesting a few documents does not rewrite the store. Compactions happen at sizes that
     * at least double, so their work stays proportional to what was written. A crash during one leaves the commit
     * before it.
     */
    private void commitAndCompact() throws IOException {
        writer.commit();
        long added = addedSinceCompaction.get();
        if (added > 0 && added * 2 >= writer.getDocStats().numDocs && indexSegments() > 1) {
            writer.forceMerge(1);
            writer.commit();
            addedSinceCompaction.addAndGet(-added);
        }
    }

    /** A searcher that sees every write that returned before this call; reopened only when something was written. */
    private IndexSearcher searcher() {
        long written = writes.get();
        try {
            if (searchableWrites.get() < written) {
                searchers.maybeRefreshBlocking();
                searchableWrites.accumulateAndGet(written, Math::max);
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a searcher on the store in " + folder, e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release a searcher of the store in " + folder, e);
        }
    }

    /** The id at {@code position} of a call's ids, refused naming that position when it is null or blank. */
    private static String validId(String id, int position) {
        if (id == null) {
            throw new IllegalArgumentException("ids[" + position + "] is null");
        }
        if (id.isBlank()) {
            throw new IllegalArgumentException("ids[" + position + "] is blank");
        }
        return id;
    }

    private static Document document(String id, Embedding embedding, TextSegment segment, int position) {
        float[] unit;
        try {
            unit = unitLength(embedding.vector());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("embeddings[" + position + "]: " + e.getMessage(), e);
        }
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new StringField(KIND, "segment", Field.Store.NO));
        document.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
        if (segment != null) {
            document.add(new StoredField(TEXT, segment.text()));
            LuceneMetadata.addTo(document, segment.metadata());
        }
        return document;
    }

    /**
     * The vector scaled to length 1, or itself when it is that already (Mistral's embeddings are): the dot product of
     * unit vectors is their cosine, and three times cheaper to compute.
     */
    static float[] unitLength(float[] vector) {
        double squares = 0;
        for (float component : vector) {
            squares += component * component;
        }
        if (Math.abs(squares - 1) <= UNIT_TOLERANCE) {
            return vector;
        }
        if (squares == 0 || !Double.isFinite(squares)) {
            throw new IllegalArgumentException("An embedding of length " + Math.sqrt(squares) + " has no direction: "
                    + "the store compares embeddings by cosine similarity");
        }
        double norm = Math.sqrt(squares);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    private static EmbeddingMatch<TextSegment> match(IndexSearcher searcher, ScoreDoc hit) throws IOException {
        Document stored = searcher.storedFields().document(hit.doc, STORED_FIELDS);
        String text = stored.get(TEXT);
        TextSegment segment = null;
        if (text != null) {
            BytesRef metadata = stored.getBinaryValue(LuceneMetadata.STORED);
            segment = TextSegment.from(text, LuceneMetadata.read(metadata));
        }
        return new EmbeddingMatch<>((double) hit.score, stored.get(ID), Embedding.from(vectorOf(searcher, hit.doc)),
                segment);
    }

    private static float[] vectorOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues vectors = leaf.reader().getFloatVectorValues(VECTOR);
        int target = doc - leaf.docBase;
        if (vectors.advance(target) != target) {
            throw new IllegalStateException("A segment of the store has no vector: the index is damaged");
        }
        return vectors.vectorValue().clone();
    }

    private static void closeQuietly(IndexWriter writer) {
        if (writer != null) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // the failure that made us close is the one to report
            }
        }
    }

    /**
     * The vector search, exact in an index segment where a filter admits at most {@code exactSearchLimit} documents:
     * comparing the query with each of them costs less than a graph walk that would visit as many, and finds the true
     * nearest ones. Lucene searches exactly on its own only where the walk visited more documents than the filter
     * admits, after it did.
     */
    private static final class StoreVectorQuery extends KnnFloatVectorQuery {

        private static final TopDocs INCOMPLETE = new TopDocs(new TotalHits(0,
                TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), new ScoreDoc[0]);

        private final int exactSearchLimit;

        StoreVectorQuery(float[] target, int candidates, Query filter, int exactSearchLimit) {
            super(VECTOR, target, candidates, filter);
            this.exactSearchLimit = exactSearchLimit;
        }

        @Override
        protected TopDocs approximateSearch(LeafReaderContext context, Bits acceptDocs, int visitedLimit,
                KnnCollectorManager collectors) throws IOException {
            // under a filter the limit is one more than the documents it admits; without one, no limit
            if (visitedLimit != Integer.MAX_VALUE && visitedLimit - 1 <= exactSearchLimit) {
                return INCOMPLETE;
            }
            return super.approximateSearch(context, acceptDocs, visitedLimit, collectors);
        }
    }

    /**
     * Lucene's HNSW format with room for {@link #MAX_DIMENSIONS}. It writes the files of
     * {@link Lucene99HnswVectorsFormat} under that format's name, so that Lucene reads them with its own reader.
     */
    private static final class WideHnswFormat extends KnnVectorsFormat {

        private final KnnVectorsFormat delegate;

        WideHnswFormat(int maxConnections, int beamWidth) {
            super("Lucene99HnswVectorsFormat");
            this.delegate = new Lucene99HnswVectorsFormat(maxConnections, beamWidth);
        }

        @Override
        public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
            return delegate.fieldsWriter(state);
        }

        @Override
        public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
            return delegate.fieldsReader(state);
        }

        @Override
        public int getMaxDimensions(String fieldName) {
            return MAX_DIMENSIONS;
        }
    }

    /** Options of a {@link LuceneEmbeddingStore}; the folder is required. */
    public static final class Builder {

        private Path folder;
        // on 10,000 of the emulator's vectors (one index segment, 200 candidates), against Lucene's default of 16:
        // recall@10 0.979 instead of 0.923 for 6% more CPU per search, and 35% more per insertion
        private int maxConnections = 32;
        private int beamWidth = 100;
        // recall@10 on 10,000 of the emulator's vectors with 32 connections: 0.945 with 100, 0.979 with 200, 0.992
        // with 400 candidates
        private int searchCandidates = 200;
        private double writeBufferMegabytes = 64;
        private int exactSearchLimit = 20_000;

        private Builder() {
        }

        /** The folder of the index, created when missing. */
        public Builder folder(Path folder) {
            this.folder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * Neighbours per node in the HNSW graph (Lucene's {@code M}), from 2 to 512; default 32. More: better recall,
         * a bigger graph and slower writes.
         */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 2 || maxConnections > Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN) {
                throw new IllegalArgumentException("maxConnections must be from 2 to "
                        + Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN + ", got " + maxConnections);
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * Candidates considered when a vector joins the graph (Lucene's {@code beamWidth}), from 1 to 3200; default
         * 100. More: a better graph and slower writes.
         */
        public Builder beamWidth(int beamWidth) {
            if (beamWidth < 1 || beamWidth > Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH) {
                throw new IllegalArgumentException("beamWidth must be from 1 to "
                        + Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH + ", got " + beamWidth);
            }
            this.beamWidth = beamWidth;
            return this;
        }

        /**
         * Nearest neighbours a search collects before it keeps the best {@code maxResults}, at least 1; default 200.
         * More: results closer to an exact search, and slower searches.
         */
        public Builder searchCandidates(int searchCandidates) {
            if (searchCandidates < 1) {
                throw new IllegalArgumentException("searchCandidates must be at least 1, got " + searchCandidates);
            }
            this.searchCandidates = searchCandidates;
            return this;
        }

        /**
         * Filtered searches compare the query with every segment the filter admits when it admits at most this many
         * in an index segment (exact results; about 0.5 ms per 1,000 segments of 1,024 dimensions), and walk the HNSW
         * graph otherwise; from 0 (always walk) to 1,000,000; default 20,000.
         */
        public Builder exactSearchLimit(int exactSearchLimit) {
            if (exactSearchLimit < 0 || exactSearchLimit > 1_000_000) {
                throw new IllegalArgumentException("exactSearchLimit must be from 0 to 1,000,000, got "
                        + exactSearchLimit);
            }
            this.exactSearchLimit = exactSearchLimit;
            return this;
        }

        /** Heap for documents not yet written to disk, from 1 to 2048 MiB; default 64. */
        public Builder writeBufferMegabytes(double megabytes) {
            if (megabytes < 1 || megabytes > 2048) {
                throw new IllegalArgumentException("writeBufferMegabytes must be from 1 to 2048, got " + megabytes);
            }
            this.writeBufferMegabytes = megabytes;
            return this;
        }

        public LuceneEmbeddingStore build() {
            return new LuceneEmbeddingStore(this, true);
        }
    }
}
