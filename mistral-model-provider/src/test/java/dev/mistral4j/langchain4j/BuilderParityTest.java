package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModelName;
import dev.langchain4j.model.mistralai.MistralAiEmbeddingModel;
import dev.langchain4j.model.mistralai.MistralAiStreamingChatModel;
import dev.langchain4j.model.mistralai.MistralAiEmbeddingModelName;
import dev.langchain4j.model.mistralai.MistralAiFimModel;
import dev.langchain4j.model.mistralai.MistralAiFimModelName;
import dev.langchain4j.model.mistralai.MistralAiModelCatalog;
import dev.langchain4j.model.mistralai.MistralAiModerationModel;
import dev.langchain4j.model.mistralai.MistralAiStreamingFimModel;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Each builder takes every option of its {@code langchain4j-mistral-ai} 1.18.1 peer under the same name. */
class BuilderParityTest {

    @Test
    void chatModelBuilderTakesEveryOptionOfThePeer() {
        BuilderParity.of(MistralAiChatModel.MistralAiChatModelBuilder.class)
                .mapping(MistralAiChatModelName.class, MistralChatModelName.class)
                .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
                .assertCoveredBy(MistralChatModel.Builder.class);
    }

    @Test
    void streamingChatModelBuilderTakesEveryOptionOfThePeer() {
        BuilderParity.of(MistralAiStreamingChatModel.MistralAiStreamingChatModelBuilder.class)
                .mapping(MistralAiChatModelName.class, MistralChatModelName.class)
                .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
                .assertCoveredBy(MistralStreamingChatModel.Builder.class);
    }

    @Test
    void embeddingModelBuilderTakesEveryOptionOfThePeer() {
        BuilderParity.of(MistralAiEmbeddingModel.MistralAiEmbeddingModelBuilder.class)
                .mapping(MistralAiEmbeddingModelName.class, MistralEmbeddingModelName.class)
                .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
                .assertCoveredBy(MistralEmbeddingModel.Builder.class);
    }

    @Test
    void fimModelBuilderTakesEveryOptionOfThePeer() {
        BuilderParity.of(MistralAiFimModel.Builder.class)
                .mapping(MistralAiFimModelName.class, MistralFimModelName.class)
                .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
                .assertCoveredBy(MistralFimModel.Builder.class);
    }

    @Test
    void streamingFimModelBuilderTakesEveryOptionOfThePeer() {
        BuilderParity.of(MistralAiStreamingFimModel.Builder.class)
                .mapping(MistralAiFimModelName.class, MistralFimModelName.class)
                .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
                .assertCoveredBy(MistralStreamingFimModel.Builder.class);
    }

    @Test
    void modelCatalogBuilderTakesEveryOptionOfThePeer() {
        BuilderParity.of(MistralAiModelCatalog.Builder.class)
                .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
                .assertCoveredBy(MistralModelCatalog.Builder.class);
    }

    @Test
    void moderationModelBuilderTakesEveryOptionOfThePeer() {
        BuilderParity.of(MistralAiModerationModel.Builder.class)
                .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
                .assertCoveredBy(MistralModerationModel.Builder.class);
    }

    @Test
    void parityFailsWhenAPeerOptionIsMissing() {
        // the helper itself must catch a gap: our catalog builder has no modelName(String)
        assertThatThrownBy(() -> BuilderParity.of(MistralAiModerationModel.Builder.class)
                .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
                .assertCoveredBy(MistralModelCatalog.Builder.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("modelName(String)");
    }

    @Test
    void parityFailsWhenAReplacementIsMissing() {
        assertThatThrownBy(() -> BuilderParity.of(MistralAiModelCatalog.Builder.class)
                .replacedBy("httpClientBuilder", "httpClientBuilder", HttpClientBuilder.class)
                .assertCoveredBy(MistralModelCatalog.Builder.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("replaces httpClientBuilder");
    }
}
