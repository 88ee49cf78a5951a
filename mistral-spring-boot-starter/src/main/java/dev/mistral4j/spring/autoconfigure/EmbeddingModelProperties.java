package dev.mistral4j.spring.autoconfigure;

import dev.mistral4j.client.embeddings.EmbeddingDtype;

/**
 * The {@code embedding-model} group: the peer starter's properties, output dimension and dtype, batching and
 * concurrency.
 */
public class EmbeddingModelProperties extends ConnectionProperties {

    /** Model id; default mistral-embed. */
    private String modelName;

    /** Length of the embeddings, for models that let you choose (codestral-embed). */
    private Integer outputDimension;

    /** Number type of the embeddings: float, int8, uint8, binary or ubinary; default float. */
    private EmbeddingDtype outputDtype;

    /** Most inputs in one request; default 512. */
    private Integer maxInputsPerRequest;

    /** Most estimated tokens in one request; default 16384. */
    private Integer maxTokensPerRequest;

    /** Most estimated tokens in one input; default 8192. */
    private Integer maxTokensPerInput;

    /** Most requests of one embedAll call in flight at once, 1 to 64; default 4. */
    private Integer maxConcurrentBatches;

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public Integer getOutputDimension() {
        return outputDimension;
    }

    public void setOutputDimension(Integer outputDimension) {
        this.outputDimension = outputDimension;
    }

    public EmbeddingDtype getOutputDtype() {
        return outputDtype;
    }

    public void setOutputDtype(EmbeddingDtype outputDtype) {
        this.outputDtype = outputDtype;
    }

    public Integer getMaxInputsPerRequest() {
        return maxInputsPerRequest;
    }

    public void setMaxInputsPerRequest(Integer maxInputsPerRequest) {
        this.maxInputsPerRequest = maxInputsPerRequest;
    }

    public Integer getMaxTokensPerRequest() {
        return maxTokensPerRequest;
    }

    public void setMaxTokensPerRequest(Integer maxTokensPerRequest) {
        this.maxTokensPerRequest = maxTokensPerRequest;
    }

    public Integer getMaxTokensPerInput() {
        return maxTokensPerInput;
    }

    public void setMaxTokensPerInput(Integer maxTokensPerInput) {
        this.maxTokensPerInput = maxTokensPerInput;
    }

    public Integer getMaxConcurrentBatches() {
        return maxConcurrentBatches;
    }

    public void setMaxConcurrentBatches(Integer maxConcurrentBatches) {
        this.maxConcurrentBatches = maxConcurrentBatches;
    }
}
