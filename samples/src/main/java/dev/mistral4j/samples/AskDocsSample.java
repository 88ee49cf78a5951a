package dev.mistral4j.samples;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import dev.mistral4j.rag.DocumentIngestor;
import dev.mistral4j.rag.IngestionReport;
import dev.mistral4j.rag.SegmentMetadata;
import dev.mistral4j.rag.TrackedStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Ask your docs: ingests a folder of text and Markdown files into an embedded store that persists to a file, then
 * answers questions with the passages they come from. Run it twice: the second run embeds nothing.
 *
 * <pre>
 * java -cp mistral4j-samples.jar dev.mistral4j.samples.AskDocsSample [folder] [question ...]
 * </pre>
 *
 * Without a folder it asks about the public-domain texts it ships (see {@code ask-docs/README.md}). Offline on the
 * emulator unless {@code MISTRAL_API_KEY} is set.
 */
public final class AskDocsSample {

    static final List<String> SHIPPED_TEXTS = List.of("gettysburg-address.txt", "us-constitution-preamble.txt",
            "the-fox-and-the-grapes.txt", "the-hare-and-the-tortoise.txt");
    static final List<String> SHIPPED_QUESTIONS = List.of(
            "What shall not perish from the earth?",
            "Why did a famished fox call grapes sour?",
            "Who wins the race?");

    /** What the librarian is asked; the retrieved passages come back with the answer. */
    interface Librarian {
        Result<String> answer(String question);
    }

    private AskDocsSample() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : shippedTexts();
        List<String> questions = args.length > 1 ? List.of(args).subList(1, args.length) : SHIPPED_QUESTIONS;
        try (SampleEnvironment environment = SampleEnvironment.start()) {
            // vectors of the emulator and of the API are not comparable: one store folder each
            Path storeFile = Path.of(System.getProperty("java.io.tmpdir"),
                    "mistral4j-ask-docs-" + (environment.offline() ? "emulator" : "api") + ".store");
            run(environment, folder, storeFile, questions, System.out);
        }
    }

    static void run(SampleEnvironment environment, Path folder, Path storeFile, List<String> questions,
            PrintStream out) {
        MistralEmbeddingModel embeddings = MistralEmbeddingModel.builder().client(environment.client()).build();
        try (TrackedStore store = TrackedStore.embedded(storeFile)) {
            ingestAndAsk(environment, embeddings, store, folder, storeFile, questions, out);
        }
    }

    private static void ingestAndAsk(SampleEnvironment environment, MistralEmbeddingModel embeddings,
            TrackedStore store, Path folder, Path storeFile, List<String> questions, PrintStream out) {
        IngestionReport report = DocumentIngestor.builder()
                .embeddingModel(embeddings)
                .store(store)
                // short passages, so that an answer cites the passage it comes from rather than a whole text
                .chunkSize(120, 20)
                .progressListener(progress -> out.printf("  %d/%d documents, %d chunks embedded, %d unchanged%n",
                        progress.documentsDone(), progress.documentsTotal(), progress.chunksEmbedded(),
                        progress.chunksSkipped()))
                .build()
                .sync(folder);
        out.printf("Ingested %s into %s: %d documents, %d chunks embedded (%d tokens), %d unchanged, %d removed%n",
                folder, storeFile, report.documents(), report.chunksEmbedded(), report.tokens(),
                report.chunksSkipped(), report.chunksRemoved());

        ask(environment.client(), embeddings, store, questions, out, metadata -> "passage "
                + metadata.getInteger(SegmentMetadata.CHUNK_INDEX));
    }

    /**
     * Asks each question of a librarian retrieving from {@code store}, and prints the answer with its sources, each
     * placed in its file by {@code place} (a passage number, a page).
     */
    static void ask(MistralClient client, MistralEmbeddingModel embeddings, TrackedStore store, List<String> questions,
            PrintStream out, Function<Metadata, String> place) {
        Librarian librarian = AiServices.builder(Librarian.class)
                .chatModel(MistralChatModel.builder().client(client).modelName("mistral-small-latest").build())
                .contentRetriever(store.contentRetriever(embeddings).maxResults(2).build())
                .build();
        for (String question : questions) {
            Result<String> answer = librarian.answer(question);
            out.println();
            out.println("Q: " + question);
            out.println("A: " + answer.content());
            for (Content source : answer.sources()) {
                Metadata metadata = source.textSegment().metadata();
                out.printf("   source: %s, %s%n", metadata.getString(SegmentMetadata.SOURCE), place.apply(metadata));
            }
        }
    }

    /** The shipped texts, copied out of the class path (they may sit in a jar) into a temporary folder. */
    static Path shippedTexts() throws IOException {
        Path folder = Files.createTempDirectory("mistral4j-ask-docs");
        // deleted on exit in reverse order: the files, then the folder
        folder.toFile().deleteOnExit();
        for (String name : SHIPPED_TEXTS) {
            try (InputStream text = AskDocsSample.class.getResourceAsStream("/ask-docs/library/" + name)) {
                if (text == null) {
                    throw new IllegalStateException("The sample's text " + name + " is missing from the class path");
                }
                Files.copy(text, folder.resolve(name));
            }
            folder.resolve(name).toFile().deleteOnExit();
        }
        return folder;
    }
}
