package dev.mistral4j.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the emulator: Mistral embeddings into the embedded store, then AiServices answering. */
class AskingDocumentsOnTheEmulatorTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    @TempDir
    Path folder;

    interface Librarian {
        Result<String> answer(String question);
    }

    final MistralEmbeddingModel embeddings = MistralEmbeddingModel.builder().baseUrl(EMULATOR.baseUrl()).build();

    DocumentIngestor ingestor(TrackedStore store) {
        return DocumentIngestor.builder().embeddingModel(embeddings).store(store).build();
    }

    void ingestLibrary(TrackedStore store) {
        ingestor(store).ingest(
                DocumentIngestorTest.document("lighthouse.txt", "The lighthouse of Alexandria stood on the island of "
                        + "Pharos. Its fire guided ships into the harbour for many centuries."),
                DocumentIngestorTest.document("volcano.txt", "Mount Vesuvius erupted in the year 79 AD. The eruption "
                        + "buried the Roman town of Pompeii under ash and pumice."),
                DocumentIngestorTest.document("bridge.txt", "The Golden Gate Bridge opened to traffic in 1937. Its "
                        + "towers are painted in a colour called international orange."));
    }

    @Test
    void answersFromTheDocumentThatHoldsTheAnswerAndCitesIt() {
        TrackedStore store = TrackedStore.embedded(folder.resolve("library.store"));
        ingestLibrary(store);
        Librarian librarian = AiServices.builder(Librarian.class)
                .chatModel(MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest")
                        .build())
                .contentRetriever(store.contentRetriever(embeddings).maxResults(1).build())
                .build();

        Result<String> answer = librarian.answer("In which year did Mount Vesuvius erupt?");

        assertThat(answer.sources()).singleElement().satisfies(source -> {
            assertThat(source.textSegment().metadata().getString(SegmentMetadata.SOURCE)).isEqualTo("volcano.txt");
            assertThat(source.textSegment().metadata().getString(SegmentMetadata.EMBEDDING_MODEL))
                    .isEqualTo("mistral-embed");
        });
        assertThat(answer.content()).contains("Mount Vesuvius erupted in the year 79 AD.");
    }

    @Test
    void reingestingTheSameDocumentsSendsNoEmbeddingRequest() {
        try (TrackedStore store = TrackedStore.embedded(folder.resolve("library.store"))) {
            ingestLibrary(store);
        }
        EMULATOR.emulator().clearRecorded();

        try (TrackedStore store = TrackedStore.embedded(folder.resolve("library.store"))) {
            ingestLibrary(store);
        }

        assertThat(EMULATOR.emulator().requestCount()).isZero();
    }

    @Test
    void theRetrieverRanksTheDocumentSharingTheQuestionsWordsFirst() {
        TrackedStore store = TrackedStore.embedded(folder.resolve("library.store"));
        ingestLibrary(store);

        Content best = store.contentRetriever(embeddings).maxResults(3).build()
                .retrieve(Query.from("What colour are the towers of the Golden Gate Bridge?"))
                .get(0);

        assertThat(best.textSegment().metadata().getString(SegmentMetadata.SOURCE)).isEqualTo("bridge.txt");
    }
}
