package dev.mistral4j.client.spi;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.TransferProgress;

/**
 * The HTTP stack of one {@link MistralClient}, for mistral4j's sibling modules that add services of their own (the
 * admin module's files, fine-tuning and models): they share the client's connection pool, key, headers,
 * {@link RetryPolicy}, timeouts and LangChain4j exception types instead of opening a second stack. Obtain it with
 * {@link MistralTransports#of(MistralClient)}. Thread-safe.
 *
 * <p>Every method throws the client's LangChain4j exceptions (see {@code MistralHttpException}) when a call fails.
 */
public interface MistralTransport {

    /** The mapper every wire type is written and read with. */
    ObjectMapper json();

    /** The base URL, such as {@code https://api.mistral.ai/v1}. */
    String baseUrl();

    /** Sends {@code request} and reads a JSON answer into {@code type}. */
    <T> ApiResponse<T> sendJson(ApiRequest request, Class<T> type);

    /**
     * Sends {@code request} on the calling thread, retrying as the {@link RetryPolicy} allows, and reads a
     * successful answer with {@code reader}.
     */
    <T> ApiResponse<T> send(ApiRequest request, ResponseReader<T> reader);

    /**
     * Sends a streaming request and delivers each {@code data:} payload to {@code listener} on a transport thread.
     * The request is retried as the {@link RetryPolicy} allows until the first event has been delivered, never after.
     * The stream must end with {@code data: [DONE]}; one that ends otherwise is reported as an error.
     *
     * @return a handle whose {@code cancel()} closes the connection; no callback follows a cancellation
     */
    StreamingHandle stream(ApiRequest request, StreamListener<String> listener);

    /**
     * POSTs {@code upload} to {@code path} as {@code multipart/form-data} (its fields, then its file part) and reads
     * the JSON answer into {@code type}. The file part is copied in 64 KiB chunks: memory stays constant whatever its
     * size. An upload from a file is read again on each attempt and retried as the {@link RetryPolicy} allows; one
     * from a stream is sent once.
     */
    <T> ApiResponse<T> upload(String path, FileUpload upload, Class<T> type);

    /**
     * GETs {@code path} and hands the body to {@code reader} as a stream that reports each chunk read to
     * {@code progress}; nothing is buffered beyond one chunk. A failure while reading counts as a failed attempt and
     * is retried as the {@link RetryPolicy} allows (the reader is then called again, progress starting from zero).
     */
    <T> ApiResponse<T> download(String path, TransferProgress progress, ContentReader<T> reader);
}
