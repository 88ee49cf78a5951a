package dev.mistral4j.langchain4j;

import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.batch.BatchError;
import dev.langchain4j.model.batch.BatchItemResult;
import dev.langchain4j.model.batch.BatchPage;
import dev.langchain4j.model.batch.BatchPagination;
import dev.langchain4j.model.batch.BatchRequest;
import dev.langchain4j.model.batch.BatchResponse;
import dev.langchain4j.model.chat.BatchChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.batch.BatchEndpoint;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.client.batch.BatchResult;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.langchain4j.internal.BatchJobRunner;
import dev.mistral4j.langchain4j.internal.ChatOptions;
import dev.mistral4j.langchain4j.internal.ChatRequestMapper;
import dev.mistral4j.langchain4j.internal.ChatResponseMapper;
import dev.mistral4j.langchain4j.internal.ToolCallIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Mistral's batch service as a LangChain4j {@link BatchChatModel}: a superset of {@code MistralAiBatchChatModel} (the
 * builder takes its options and those of {@link MistralChatModel}, under the same names).
 *
 * <p>{@link #submit} maps every request with the same mapper as the online chat models (tools, JSON schema,
 * thinking, images and documents, {@link MistralChatRequestParameters}), numbers them in their {@code custom_id}s
 * and sends them inline (up to {@link MistralBatchOptions#maxInlineRequests()}, at most 10,000) or as a JSONL
 * input file streamed to {@code /v1/files}. {@link #retrieve(String)} answers the state while the job runs and,
 * once it has ended, one result per request in input order: the {@code ChatResponse}, or a failure with the
 * server's status and message (a request without a result names the job's end and its reasons). Results are read
 * from local files; {@link #retrieve(String, Consumer)} hands them over one at a time, in constant memory.
 * Submitting and collecting are separate: any process can {@link #await} or retrieve a job by its id.
 * {@link #cancel} is idempotent. Thread-safe.
 */
public final class MistralBatchChatModel implements BatchChatModel {

    private final ChatOptions options;
    private final BatchJobRunner runner;

    private MistralBatchChatModel(ChatOptions options, MistralBatchOptions batchOptions) {
        this.options = options;
        this.runner = new BatchJobRunner(options.client(), BatchEndpoint.CHAT_COMPLETIONS, batchOptions);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the job; the response holds its id and state, no results yet.
     *
     * @throws IllegalArgumentException before anything is sent, when there is no request, a request breaks
     *                                  Mistral's conversation rules, or its model cannot serve chat completions
     */
    @Override
    public BatchResponse<ChatResponse> submit(BatchRequest<ChatRequest> batch) {
        List<ChatRequest> requests = batch.requests();
        List<dev.mistral4j.client.batch.BatchRequest> wire = new ArrayList<>(requests.size());
        String model = null;
        for (int i = 0; i < requests.size(); i++) {
            ChatRequest request = requests.get(i);
            MistralChatRequestParameters parameters = options.merged(request.parameters());
            ChatCompletionRequest body = ChatRequestMapper.toWire(request, parameters, new ToolCallIds(), false);
            model = i == 0 || Objects.equals(model, body.model()) ? body.model() : null;
            BatchModelCheck.requireServes(BatchEndpoint.CHAT_COMPLETIONS, body.model());
            wire.add(dev.mistral4j.client.batch.BatchRequest.of(BatchJobRunner.customId(i), body));
        }
        // one model for the whole job when every request agrees; else each body names its own
        return BatchJobRunner.withoutResults(runner.submit(model, wire, requests.size()));
    }

    /** The job's state; once it has ended, every request's result in input order. */
    @Override
    public BatchResponse<ChatResponse> retrieve(String batchId) {
        return collect(runner.job(batchId));
    }

    /**
     * The job's state without results; once it has ended, {@code each} is given every request's result in input
     * order, one at a time, with memory that does not grow with the job.
     */
    public BatchResponse<ChatResponse> retrieve(String batchId, Consumer<BatchItemResult<ChatResponse>> each) {
        BatchJob job = runner.job(batchId);
        if (job.isTerminal()) {
            runner.collect(job, ChatCompletionResponse.class, this::items, each);
        }
        return BatchJobRunner.withoutResults(job);
    }

    /**
     * Waits until the job ends, telling {@code progress} of each change (status, completed of total requests), and
     * returns its results. A caller that crashed resumes by calling this again with the id.
     *
     * @throws dev.langchain4j.exception.TimeoutException when {@code timeout} passes first; the job goes on
     */
    public BatchResponse<ChatResponse> await(String batchId, Consumer<BatchJob> progress, Duration timeout) {
        return collect(runner.await(batchId, progress, timeout));
    }

    /** Asks the server to stop the job; a job that has ended is left as it is. */
    @Override
    public void cancel(String batchId) {
        runner.cancel(batchId);
    }

    /** One page of chat batch jobs, newest first, without results; the page token is a page number. */
    @Override
    public BatchPage<ChatResponse> list(BatchPagination pagination) {
        return runner.list(pagination, BatchJobRunner::withoutResults);
    }

    /** The defaults every request is merged with. */
    public ChatRequestParameters defaultRequestParameters() {
        return options.defaults();
    }

    private BatchResponse<ChatResponse> collect(BatchJob job) {
        return runner.response(job, ChatCompletionResponse.class, this::items);
    }

    private List<BatchItemResult<ChatResponse>> items(BatchResult<ChatCompletionResponse> result, int inputs) {
        boolean returnThinking = Boolean.TRUE.equals(options.defaults().returnThinking());
        try {
            return List.of(BatchItemResult.success(ChatResponseMapper.fromWire(
                    new ApiResponse<>(result.body(), result.statusCode(), Map.of(), null), null, new ToolCallIds(),
                    returnThinking)));
        } catch (LangChain4jException e) {
            return List.of(BatchItemResult.failure(new BatchError(result.statusCode(), e.getMessage(),
                    List.of(Map.of("custom_id", result.customId())))));
        }
    }

    /**
     * Builds a {@link MistralBatchChatModel}: the chat options of {@link ChatModelBuilder} and the connection options
     * of {@link MistralModelBuilder}, plus {@link #timeoutHours} and {@link #batchOptions}. Listeners are refused:
     * a batch has no request and response pair on the caller's side to report.
     */
    public static final class Builder extends ChatModelBuilder<Builder> {

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

        /** The model; fails naming the option when {@code modelName} or the API key is missing. */
        public MistralBatchChatModel build() {
            ChatOptions chat = chatOptions();
            if (!chat.listeners().isEmpty()) {
                throw new IllegalArgumentException("listeners are not supported by the batch chat model: its "
                        + "requests and responses never meet on this side; use them on MistralChatModel");
            }
            return new MistralBatchChatModel(chat, batchOptions);
        }
    }
}
