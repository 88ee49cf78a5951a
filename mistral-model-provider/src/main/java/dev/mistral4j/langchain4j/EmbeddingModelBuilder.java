package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.TokenCountEstimator;
import dev.mistral4j.client.embeddings.EmbeddingDtype;
import dev.mistral4j.client.internal.OptionCheck;
import dev.mistral4j.langchain4j.internal.EmbeddingBatcher;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

/**
 * The options of both Mistral embedding models, online and batch, under the names {@code langchain4j-mistral-ai}'s
 * embedding builder uses, plus output dimension and dtype, the packing limits and the token estimate.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class EmbeddingModelBuilder<B extends EmbeddingModelBuilder<B>> extends MistralModelBuilder<B> {

    private String modelName = MistralEmbeddingModelName.MISTRAL_EMBED.toString();
    private Integer outputDimension;
    private EmbeddingDtype outputDtype;
    private int maxInputsPerRequest = 512;
    private int maxTokensPerRequest = 16_384;
    private int maxTokensPerInput = 8_192;
    private ToIntFunction<String> tokenCount = new MistralTokenCountEstimator()::estimateTokenCountInText;

    protected EmbeddingModelBuilder() {
    }

    /** The model id; default {@code mistral-embed}. */
    public B modelName(String modelName) {
        this.modelName = OptionCheck.modelName(modelName, "mistral-embed");
        return self();
    }

    /** The model; default {@link MistralEmbeddingModelName#MISTRAL_EMBED}. */
    public B modelName(MistralEmbeddingModelName modelName) {
        return modelName(requireNonNull(modelName, "modelName").toString());
    }

    /** The length of the embeddings, for models that let you choose ({@code codestral-embed}); default the model's. */
    public B outputDimension(Integer outputDimension) {
        if (outputDimension != null && outputDimension < 1) {
            throw new IllegalArgumentException("outputDimension must be positive, got " + outputDimension);
        }
        this.outputDimension = outputDimension;
        return self();
    }

    /**
     * The number type of the embeddings (float, int8, uint8, binary, ubinary); default float. Integer types come
     * back as whole numbers in the float vectors; binary types pack eight dimensions into each number.
     */
    public B outputDtype(EmbeddingDtype outputDtype) {
        this.outputDtype = outputDtype;
        return self();
    }

    /** The most inputs in one request, at least 1; default 512, the API's limit. */
    public B maxInputsPerRequest(int maxInputsPerRequest) {
        this.maxInputsPerRequest = atLeastOne("maxInputsPerRequest", maxInputsPerRequest);
        return self();
    }

    /** The most estimated tokens in one request, at least 1; default 16,384, the API's limit. */
    public B maxTokensPerRequest(int maxTokensPerRequest) {
        this.maxTokensPerRequest = atLeastOne("maxTokensPerRequest", maxTokensPerRequest);
        return self();
    }

    /** The most estimated tokens in one input, at least 1 and at most maxTokensPerRequest; default 8,192. */
    public B maxTokensPerInput(int maxTokensPerInput) {
        this.maxTokensPerInput = atLeastOne("maxTokensPerInput", maxTokensPerInput);
        return self();
    }

    /** Estimates tokens with your tokenizer instead of the conservative default of three UTF-8 bytes per token. */
    public B tokenCountEstimator(TokenCountEstimator estimator) {
        requireNonNull(estimator, "tokenCountEstimator");
        return tokenCountEstimator(estimator::estimateTokenCountInText);
    }

    /** Estimates the tokens of one text with {@code estimator}. */
    public B tokenCountEstimator(ToIntFunction<String> estimator) {
        this.tokenCount = requireNonNull(estimator, "tokenCountEstimator");
        return self();
    }

    String modelName() {
        return modelName;
    }

    Integer outputDimension() {
        return outputDimension;
    }

    EmbeddingDtype outputDtype() {
        return outputDtype;
    }

    /** A batcher packing inputs under these limits, sending at most {@code concurrency} requests at once. */
    EmbeddingBatcher batcher(int concurrency, Executor executor) {
        return new EmbeddingBatcher(maxInputsPerRequest, maxTokensPerRequest, maxTokensPerInput, tokenCount,
                concurrency, executor);
    }

    /** The checks between options, for the concrete builders' {@code build()}. */
    void checkEmbeddingOptions() {
        if (outputDimension != null && MistralEmbeddingModel.fixedDimension(modelName)) {
            throw new IllegalArgumentException(modelName + " has a fixed dimension and takes no outputDimension; "
                    + "use a model that does, such as " + MistralEmbeddingModelName.CODESTRAL_EMBED);
        }
        if (maxTokensPerInput > maxTokensPerRequest) {
            throw new IllegalArgumentException("maxTokensPerInput (" + maxTokensPerInput
                    + ") must not be above maxTokensPerRequest (" + maxTokensPerRequest + ")");
        }
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }
}
