package dev.mistral4j.rag;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.batch.BatchItemResult;
import dev.langchain4j.model.batch.BatchRequest;
import dev.langchain4j.model.batch.BatchResponse;
import dev.langchain4j.model.embedding.BatchEmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import dev.mistral4j.langchain4j.MistralBatchEmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Embeds one ingestion batch through a {@link BatchEmbeddingModel}: submits the segments as one job, reports its
 * progress until it ends, and returns the embeddings in input order; any failed segment fails the batch with the
 * server's message. A {@link MistralBatchEmbeddingModel} reports done and total requests and streams its results;
 * another model is polled with {@code retrieve} every {@code pollInterval}.
 */
final class BatchEmbedding {

    private final BatchEmbeddingModel model;
    private final Duration pollInterval;
    private final Duration timeout;
    private final Consumer<BatchIngestionProgress> listener;

    BatchEmbedding(BatchEmbeddingModel model, Duration pollInterval, Duration timeout,
                   Consumer<BatchIngestionProgress> listener) {
        this.model = model;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
        this.listener = listener;
    }

    Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        String id = model.submit(new BatchRequest<>(segments)).batchId();
        List<Embedding> embeddings = new ArrayList<>(segments.size());
        TokenUsage[] usage = {null};
        Consumer<BatchItemResult<Response<Embedding>>> collect = result -> {
            if (!result.isSuccess()) {
                throw new LangChain4jException("batch job " + id + " could not embed segment " + embeddings.size()
                        + ": " + result.error().message());
            }
            embeddings.add(result.response().content());
            usage[0] = TokenUsage.sum(usage[0], result.response().tokenUsage());
        };
        if (model instanceof MistralBatchEmbeddingModel mistral) {
            BatchResponse<Response<Embedding>> done = mistral.await(id, job -> listener.accept(
                    new BatchIngestionProgress(id, job.status(), job.completedRequests(), job.totalRequests())),
                    timeout);
            requireSucceeded(id, done);
            mistral.retrieve(id, collect);
        } else {
            BatchResponse<Response<Embedding>> done = poll(id);
            requireSucceeded(id, done);
            done.results().forEach(collect);
        }
        return Response.from(embeddings, usage[0]);
    }

    private BatchResponse<Response<Embedding>> poll(String id) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            BatchResponse<Response<Embedding>> response = model.retrieve(id);
            listener.accept(new BatchIngestionProgress(id, response.state().name(), -1, -1));
            if (response.state().isTerminal()) {
                return response;
            }
            if (System.nanoTime() > deadline) {
                throw new dev.langchain4j.exception.TimeoutException("batch job " + id + " was still "
                        + response.state() + " after " + timeout + "; it goes on on the server");
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LangChain4jException("waiting for batch job " + id + " was interrupted", e);
            }
        }
    }

    private static void requireSucceeded(String id, BatchResponse<Response<Embedding>> done) {
        if (done.state() != dev.langchain4j.model.batch.BatchState.SUCCEEDED) {
            String reason = done.errors().isEmpty() ? "" : ": " + done.errors().get(0).message();
            throw new LangChain4jException("batch job " + id + " ended " + done.state() + reason);
        }
    }
}
