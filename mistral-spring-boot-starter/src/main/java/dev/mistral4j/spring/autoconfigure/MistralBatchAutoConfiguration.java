package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.MistralProperties.BATCH_CHAT_MODEL;
import static dev.mistral4j.spring.autoconfigure.MistralProperties.BATCH_EMBEDDING_MODEL;

import dev.langchain4j.model.chat.BatchChatModel;
import dev.langchain4j.model.embedding.BatchEmbeddingModel;
import dev.mistral4j.langchain4j.MistralBatchChatModel;
import dev.mistral4j.langchain4j.MistralBatchEmbeddingModel;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link MistralBatchChatModel} from {@code langchain4j.mistral-ai.batch-chat-model} and
 * {@link MistralBatchEmbeddingModel} from {@code batch-embedding-model}: Mistral's batch service behind LangChain4j's
 * {@link BatchChatModel} and {@link BatchEmbeddingModel}; an application's own bean of either interface replaces
 * ours.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
public class MistralBatchAutoConfiguration {

    @Bean
    @ConditionalOnMistralGroup(BATCH_CHAT_MODEL)
    @ConditionalOnMissingBean(BatchChatModel.class)
    MistralBatchChatModel mistralBatchChatModel(MistralProperties properties, MistralClients clients) {
        BatchChatModelProperties chat = properties.getBatchChatModel();
        // no listeners: a batch's requests and responses never meet on this side, and the builder refuses them
        return GroupModels.build(BATCH_CHAT_MODEL, chat, clients, MistralBatchChatModel.builder(), builder -> GroupModels
                .chat(builder, chat, clients.emulated(), List.of())
                .batchOptions(chat.getJob().toOptions())
                .build());
    }

    @Bean
    @ConditionalOnMistralGroup(BATCH_EMBEDDING_MODEL)
    @ConditionalOnMissingBean(BatchEmbeddingModel.class)
    MistralBatchEmbeddingModel mistralBatchEmbeddingModel(MistralProperties properties, MistralClients clients) {
        BatchEmbeddingModelProperties embedding = properties.getBatchEmbeddingModel();
        if (embedding.getMaxConcurrentBatches() != null) {
            throw new InvalidMistralPropertyException(
                    MistralProperties.PREFIX + "." + BATCH_EMBEDDING_MODEL + ".max-concurrent-batches",
                    "does not apply to a batch job, which the server runs as one request", null);
        }
        return GroupModels.build(BATCH_EMBEDDING_MODEL, embedding, clients, MistralBatchEmbeddingModel.builder(),
                builder -> GroupModels.embedding(builder, embedding)
                        .batchOptions(embedding.getJob().toOptions())
                        .build());
    }
}
