package dev.mistral4j.langchain4j;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.common.AbstractEmbeddingModelIT;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * LangChain4j's own embedding model suite, on the emulator, for a fixed-length and a choosable-length model. No case
 * is disabled by hand: the suite skips only what its capability switches rule out (input types, images, and for each
 * model whichever of the two dimension cases does not apply).
 */
class MistralEmbeddingModelConformanceTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static MistralEmbeddingModel.Builder model(String name) {
        return MistralEmbeddingModel.builder().baseUrl(EMULATOR.baseUrl()).modelName(name);
    }

    /** What Mistral's embedding endpoint offers: text only, no query/document input types. */
    abstract static class MistralSuite extends AbstractEmbeddingModelIT {

        @Override
        protected boolean supportsInputTypeParameter() {
            return false;
        }

        @Override
        protected boolean supportsImageInput() {
            return false;
        }

        @Override
        protected boolean supportsInterleavedInput() {
            return false;
        }
    }

    @Nested
    class MistralEmbed extends MistralSuite {

        @Override
        protected List<EmbeddingModel> models() {
            return List.of(model("mistral-embed").build());
        }

        @Override
        protected EmbeddingModel modelWith(EmbeddingModelListener listener) {
            return model("mistral-embed").listeners(List.of(listener)).build();
        }

        @Override
        protected EmbeddingModel failingModelWith(EmbeddingModelListener listener) {
            return model("no-such-embedding-model").listeners(List.of(listener)).build();
        }

        @Override
        protected boolean supportsDimensionsParameter() {
            return false;
        }
    }

    @Nested
    class CodestralEmbed extends MistralSuite {

        @Override
        protected List<EmbeddingModel> models() {
            return List.of(model("codestral-embed").build());
        }

        @Override
        protected EmbeddingModel modelWith(EmbeddingModelListener listener) {
            return model("codestral-embed").listeners(List.of(listener)).build();
        }

        @Override
        protected EmbeddingModel failingModelWith(EmbeddingModelListener listener) {
            return model("no-such-embedding-model").listeners(List.of(listener)).build();
        }

        @Override
        protected boolean supportsDimensionsParameter() {
            return true;
        }
    }
}
