package dev.mistral4j.samples.boot;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.service.AiServices;
import dev.mistral4j.rag.DocumentIngestor;
import dev.mistral4j.rag.TrackedStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The RAG side: the bundled documents ingested (incrementally: unchanged chunks are skipped on restart) into an
 * embedded store that persists to a file, and the {@link Librarian} AiService retrieving from it.
 */
@Configuration(proxyBeanMethods = false)
class RagConfiguration {

    @Bean
    TrackedStore documentStore(@Value("${sample.store-file}") Path storeFile, EmbeddingModel embeddingModel)
            throws IOException {
        Files.createDirectories(storeFile.toAbsolutePath().getParent());
        TrackedStore store = TrackedStore.embedded(storeFile);
        DocumentIngestor ingestor = DocumentIngestor.builder().embeddingModel(embeddingModel).store(store).build();
        for (Resource document : new PathMatchingResourcePatternResolver().getResources("classpath:docs/*.md")) {
            try (InputStream text = document.getInputStream()) {
                ingestor.ingest(document.getFilename(), new String(text.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return store;
    }

    @Bean
    Librarian librarian(ChatModel chatModel, EmbeddingModel embeddingModel, TrackedStore documentStore) {
        return AiServices.builder(Librarian.class)
                .chatModel(chatModel)
                .contentRetriever(documentStore.contentRetriever(embeddingModel).maxResults(2).build())
                .build();
    }
}
