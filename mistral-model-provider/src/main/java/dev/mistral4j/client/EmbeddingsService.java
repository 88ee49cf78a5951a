package dev.mistral4j.client;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.mistral4j.client.embeddings.EmbeddingRequest;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.client.embeddings.EncodingFormat;
import dev.mistral4j.client.internal.DeprecationWarnings;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.spi.ApiRequest;

/**
 * {@code POST /v1/embeddings}: one request as given, within the API's limits (512 inputs, 16,384 tokens).
 * {@code MistralEmbeddingModel} splits larger inputs into batches. The answer to {@code encoding_format: base64} is
 * decoded by the request's {@code output_dtype} into the same numbers as arrays (an array answer is read too); a
 * base64 string answering any other request is refused. Obtain it from
 * {@link MistralClient#embeddings()}.
 */
public final class EmbeddingsService {

    private final HttpTransport transport;
    private final DeprecationWarnings deprecations;
    private final ObjectReader numbersReader;

    EmbeddingsService(HttpTransport transport, DeprecationWarnings deprecations) {
        this.transport = transport;
        this.deprecations = deprecations;
        this.numbersReader = transport.json().readerFor(EmbeddingResponse.class);
    }

    /** Embeds the request's inputs; the answer's items carry the index of their input. */
    public EmbeddingResponse create(EmbeddingRequest request) {
        return createWithResponse(request).body();
    }

    /** Like {@link #create}, with the HTTP status, headers and request id. */
    public ApiResponse<EmbeddingResponse> createWithResponse(EmbeddingRequest request) {
        ApiRequest call = ApiRequest.post("/embeddings", request);
        // a base64 string is read only as the answer to a request for one
        ObjectReader reader = request.encodingFormat() != EncodingFormat.BASE64 ? numbersReader
                : EmbeddingResponse.reader(transport.json(), request.outputDtype());
        ApiResponse<EmbeddingResponse> response = transport.send(call, body -> reader.readValue(body.byteStream()));
        deprecations.check(request.model(), response);
        // a missing vector would silently shift every following one onto the wrong input
        if (response.body().data().size() != request.input().size()) {
            throw transport.errors().incompleteAnswer(call, response.body().data().size() + " embedding(s) for "
                    + request.input().size() + " input(s)");
        }
        return response;
    }
}
