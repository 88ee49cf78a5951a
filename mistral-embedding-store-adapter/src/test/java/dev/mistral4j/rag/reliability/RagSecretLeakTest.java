package dev.mistral4j.rag.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import dev.mistral4j.rag.DocumentIngestor;
import dev.mistral4j.rag.IngestionReport;
import dev.mistral4j.rag.TrackedStore;
import dev.mistral4j.reliability.SecretScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RAG flow end to end with request/response logging on (ingest a folder through retried embedding requests,
 * re-ingest, query through AiServices, a failed ingest with a wrong key): the key appears in no log line, exception,
 * {@code toString()}, nor in the files the store and its manifest persist.
 */
class RagSecretLeakTest {

    static final String KEY = "sk-mistral4j-RAGCANARY-c3a9f0e6d2";
    static final String WRONG_KEY = "sk-mistral4j-WRONGRAGCANARY-4d7e";

    @RegisterExtension
    static final SecretScan SCAN = SecretScan.forSecrets(KEY, WRONG_KEY);

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    @TempDir
    Path folder;

    interface Librarian {
        Result<String> answer(String question);
    }

    private static MistralEmbeddingModel embeddings(String key) {
        return MistralEmbeddingModel.builder().apiKey(key).baseUrl(EMULATOR.baseUrl()).logRequests(true)
                .logResponses(true).retryPolicy(RetryPolicy.builder().maxAttempts(3)
                        .initialDelay(Duration.ofMillis(5)).build())
                .build();
    }

    @Test
    void theKeyAppearsNowhereInTheIngestAndQueryFlowNorInWhatTheStorePersists() throws IOException {
        Path documents = Files.createDirectories(folder.resolve("docs"));
        Files.writeString(documents.resolve("volcano.txt"), "Mount Vesuvius erupted in the year 79 AD. The "
                + "eruption buried the Roman town of Pompeii under ash and pumice.");
        Files.writeString(documents.resolve("bridge.md"), "The Golden Gate Bridge opened to traffic in 1937. Its "
                + "towers are painted in a colour called international orange.");
        Path storeFile = folder.resolve("library.store");
        MistralEmbeddingModel embeddings = embeddings(KEY);
        TrackedStore store = TrackedStore.embedded(storeFile);
        DocumentIngestor ingestor = DocumentIngestor.builder().embeddingModel(embeddings).store(store).build();

        EMULATOR.emulator().faults().next("/v1/embeddings", Fault.status(503), Fault.dropConnection());
        IngestionReport first = ingestor.ingest(documents);
        IngestionReport again = ingestor.sync(documents);
        Librarian librarian = AiServices.builder(Librarian.class)
                .chatModel(MistralChatModel.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                        .modelName("mistral-small-latest").logRequests(true).logResponses(true).build())
                .contentRetriever(store.contentRetriever(embeddings).maxResults(1).build())
                .build();
        Result<String> answer = librarian.answer("In which year did Mount Vesuvius erupt?");
        SCAN.inspect(first, again, answer, answer.sources(), store.contentRetriever(embeddings).maxResults(2).build()
                .retrieve(Query.from("Golden Gate towers")));
        SCAN.inspect(ingestor, store, embeddings);
        SCAN.inspectGraph(ingestor);

        store.close();
        Files.writeString(documents.resolve("lighthouse.txt"), "The lighthouse of Alexandria stood on Pharos.");
        TrackedStore reopened = TrackedStore.embedded(storeFile);
        DocumentIngestor wrongKey = DocumentIngestor.builder().embeddingModel(embeddings(WRONG_KEY))
                .store(reopened).build();
        Throwable unauthorized = catchThrowable(() -> wrongKey.sync(documents));
        SCAN.inspect(unauthorized);
        SCAN.inspectGraph(wrongKey);
        reopened.close();

        List<Path> persisted;
        try (Stream<Path> files = Files.walk(folder)) {
            persisted = files.filter(Files::isRegularFile).filter(file -> !file.startsWith(documents)).toList();
        }
        for (Path file : persisted) {
            // the index is binary: ISO-8859-1 maps every byte to a character, so an ASCII key shows as itself
            SCAN.inspect(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        System.out.printf("[reliability] RAG secret scan: ingested %s, re-synced %s, %d source(s) cited, "
                        + "wrong key: %s, %d persisted file(s) scanned%n", first, again, answer.sources().size(),
                unauthorized.getClass().getSimpleName(), persisted.size());

        assertThat(answer.content()).contains("79 AD");
        assertThat(unauthorized).isInstanceOf(AuthenticationException.class);
        assertThat(persisted).isNotEmpty();
        assertThat(SCAN.output()).contains("HTTP request: POST", "Authorization: Bearer ***");
    }
}
