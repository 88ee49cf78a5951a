package dev.mistral4j.langchain4j;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.batch.BatchError;
import dev.langchain4j.model.batch.BatchItemResult;
import dev.langchain4j.model.batch.BatchPage;
import dev.langchain4j.model.batch.BatchPagination;
import dev.langchain4j.model.batch.BatchRequest;
import dev.langchain4j.model.batch.BatchResponse;
import dev.langchain4j.model.embedding.BatchEmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import dev.mistral4j.client.batch.BatchEndpoint;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.client.batch.BatchResult;
import dev.mistral4j.client.embeddings.EmbeddingDtype;
import dev.mistral4j.client.embeddings.EmbeddingRequest;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.langchain4j.internal.BatchJobRunner;
import dev.mistral4j.langchain4j.internal.EmbeddingBatcher;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Mistral's batch service as a LangChain4j {@link BatchEmbeddingModel}, for corpora too large for the online
 * endpoint's rate limits. The builder takes {@link MistralEmbeddingModel}'s options under the same names.
 *
 * <p>{@link #submit} packs the segments in input order into requests under the same limits as the online model
 * ({@code maxInputsPerRequest}, {@code maxTokensPerRequest}; an input over {@code maxTokensPerInput} fails before
 * anything is sent), each request's {@code custom_id} naming its first segment and count. Up to
 * {@link MistralBatchOptions#maxInlineRequests()} requests go inline, more as a JSONL input file written line by line
 * and streamed to {@code /v1/files}. Once the job has ended, {@link #retrieve(String)} gives one result per segment
 * in input order, an embedding or a failure with the server's status and message;
 * {@link #retrieve(String, Consumer)} hands them over one at a time in constant memory, whatever the job's size
 * (the result files are spooled to disk and indexed, never held). Submitting and collecting are separate steps:
 * any process can {@link #await} or retrieve a job by id. {@link #cancel} is idempotent. Thread-safe.
 */
public final class MistralBatchEmbeddingModel implements BatchEmbeddingModel {

    private final String modelName;
    private final Integer outputDimension;
    private final EmbeddingDtype outputDtype;
    private final EmbeddingBatcher packer;
    private final BatchJobRunner runner;

    private MistralBatchEmbeddingModel(Builder builder) {
        this.modelName = builder.modelName();
        this.outputDimension = builder.outputDimension();
        this.outputDtype = builder.outputDtype();
        this.packer = builder.batcher(1, null);
        this.runner = new BatchJobRunner(builder.buildClient(), BatchEndpoint.EMBEDDINGS, builder.batchOptions);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the job; the response holds its id and state, no results yet.
     *
     * @throws IllegalArgumentException before anything is sent, when there is no segment, one is too long, or the
     *                                  model is known not to embed
     */
    @Override
    public BatchResponse<Response<Embedding>> submit(BatchRequest<TextSegment> batch) {
        List<TextSegment> segments = batch.requests();
        List<String> texts = new AbstractList<>() {
            @Override
            public String get(int index) {
                return segments.get(index).text();
            }

            @Override
            public int size() {
                return segments.size();
            }
        };
        List<EmbeddingBatcher.Batch> plan = packer.plan(texts);
        List<dev.mistral4j.client.batch.BatchRequest> requests = new AbstractList<>() {
            // built while the input file is written, so only one request body exists at a time
            @Override
            public dev.mistral4j.client.batch.BatchRequest get(int index) {
                EmbeddingBatcher.Batch pack = plan.get(index);
                EmbeddingRequest body = EmbeddingRequest.of(modelName, texts.subList(pack.from(), pack.to()))
                        .withOutputDimension(outputDimension).withOutputDtype(outputDtype);
                return dev.mistral4j.client.batch.BatchRequest.of(
                        BatchJobRunner.customId(pack.from(), pack.to() - pack.from()), body);
            }

            @Override
            public int size() {
                return plan.size();
            }
        };
        return BatchJobRunner.withoutResults(runner.submit(modelName, requests, segments.size()));
    }

    /** The job's state; once it has ended, one result per segment in input order (all held in memory). */
    @Override
    public BatchResponse<Response<Embedding>> retrieve(String batchId) {
        return collect(runner.job(batchId));
    }

    /**
     * The job's state without results; once it has ended, {@code each} is given one result per segment in input
     * order, one at a time, with memory that does not grow with the job.
     */
    public BatchResponse<Response<Embedding>> retrieve(String batchId,
                                                      Consumer<BatchItemResult<Response<Embedding>>> each) {
        BatchJob job = runner.job(batchId);
        if (job.isTerminal()) {
            runner.collect(job, EmbeddingResponse.class, MistralBatchEmbeddingModel::items, each);
        }
        return BatchJobRunner.withoutResults(job);
    }

    /**
     * Waits until the job ends, telling {@code progress} of each change (status, completed of total requests), and
     * returns its state, without results: collect them with {@link #retrieve(String, Consumer)} or
     * {@link #retrieve(String)}. A caller that crashed resumes by calling this again with the id.
     *
     * @throws dev.langchain4j.exception.TimeoutException when {@code timeout} passes first; the job goes on
     */
    public BatchResponse<Response<Embedding>> await(String batchId, Consumer<BatchJob> progress, Duration timeout) {
        return BatchJobRunner.withoutResults(runner.await(batchId, progress, timeout));
    }

    /** Asks the server to stop the job; a job that has ended is left as it is. */
    @Override
    public void cancel(String batchId) {
        runner.cancel(batchId);
    }

    /** One page of embedding batch jobs, newest first, without results; the page token is a page number. */
    @Override
    public BatchPage<Response<Embedding>> list(BatchPagination pagination) {
        return runner.list(pagination, BatchJobRunner::withoutResults);
    }

    public String modelName() {
        return modelName;
    }

    private BatchResponse<Response<Embedding>> collect(BatchJob job) {
        return runner.response(job, EmbeddingResponse.class, MistralBatchEmbeddingModel::items);
    }

    /** The embeddings of one request, by their index: the API does not promise to keep the order. */
    private static List<BatchItemResult<Response<Embedding>>> items(BatchResult<EmbeddingResponse> result,
                                                                    int inputs) {
        EmbeddingResponse body = result.body();
        Embedding[] ordered = new Embedding[inputs];
        List<dev.mistral4j.client.embeddings.Embedding> data = body.data();
        for (int i = 0; i < data.size(); i++) {
            int index = data.get(i).index() != null ? data.get(i).index() : i;
            if (index >= 0 && index < inputs) {
                ordered[index] = Embedding.from(data.get(i).embedding());
            }
        }
        // the request's usage is not split among its inputs: only a request of one input carries it
        TokenUsage usage = inputs == 1 && body.usage() != null ? new TokenUsage(body.usage().promptTokens(),
                body.usage().completionTokens(), body.usage().totalTokens()) : null;
        List<BatchItemResult<Response<Embedding>>> items = new ArrayList<>(inputs);
        for (int i = 0; i < inputs; i++) {
            items.add(ordered[i] != null ? BatchItemResult.success(Response.from(ordered[i], usage))
                    : BatchItemResult.failure(new BatchError(result.statusCode(), "the API answered no embedding "
                    + "for input " + i + " of request " + result.customId(),
                    List.of(Map.of("custom_id", result.customId())))));
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * Builds a {@link MistralBatchEmbeddingModel}: the options of {@link EmbeddingModelBuilder} and
     * {@link MistralModelBuilder}, plus {@link #timeoutHours} and {@link #batchOptions}.
     */
    public static final class Builder extends EmbeddingModelBuilder<Builder> {

        private MistralBatchOptions batchOptions = MistralBatchOptions.defaults();

        private Builder() {
        }

        /** Hours after which the server stops the job, at least 1; default the server's 24. */
        public Builder timeoutHours(Integer timeoutHours) {
            this.batchOptions = batchOptions.withTimeoutHours(timeoutHours);
            return this;
        }

        /** Inline limit, spool directory, metadata and polling; default {@link MistralBatchOptions#defaults()}. */
        public Builder batchOptions(MistralBatchOptions batchOptions) {
            this.batchOptions = Objects.requireNonNull(batchOptions, "batchOptions");
            return this;
        }

        public MistralBatchEmbeddingModel build() {
            checkEmbeddingOptions();
            return new MistralBatchEmbeddingModel(this);
        }
    }
}
