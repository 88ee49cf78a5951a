package dev.mistral4j.rag;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic embedding model for tests: each word adds 1 to the component its hash picks, so texts sharing
 * words have close vectors. Counts what it is asked to embed; one token per word.
 */
final class WordCountingEmbeddingModel implements EmbeddingModel {

    private final String name;
    private final int dimension;
    private final List<String> embeddedTexts = new ArrayList<>();
    private int calls;
    private int failingCall;

    WordCountingEmbeddingModel(String name, int dimension) {
        this.name = name;
        this.dimension = dimension;
    }

    WordCountingEmbeddingModel() {
        this("word-counter", 64);
    }

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        calls++;
        if (calls == failingCall) {
            throw new IllegalStateException("call " + calls + " fails");
        }
        List<Embedding> embeddings = new ArrayList<>();
        int tokens = 0;
        for (TextSegment segment : segments) {
            embeddedTexts.add(segment.text());
            float[] vector = new float[dimension];
            for (String word : words(segment.text())) {
                vector[Math.floorMod(word.hashCode(), dimension)] += 1;
                tokens++;
            }
            Embedding embedding = Embedding.from(vector);
            embedding.normalize();
            embeddings.add(embedding);
        }
        return Response.from(embeddings, new TokenUsage(tokens));
    }

    static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toArray(String[]::new);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String modelName() {
        return name;
    }

    /** Makes the given call, counted from 1, throw. */
    synchronized void failCall(int number) {
        failingCall = number;
    }

    synchronized int calls() {
        return calls;
    }

    synchronized List<String> embeddedTexts() {
        return List.copyOf(embeddedTexts);
    }

    synchronized void reset() {
        calls = 0;
        embeddedTexts.clear();
    }
}
