package dev.mistral4j.client;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.mistral4j.client.embeddings.EmbeddingRequest;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.client.embeddings.EncodingFormat;
import dev.mistral4j.client.internal.DeprecationWarnings;
import dev.mistral4j.client.internal.EmbeddingAnswerReader;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.spi.ApiRequest;
import java.io.IOException;
import okhttp3.ResponseBody;

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
        return receive(request).read();
    }

    /**
     * The first half of {@link #createWithResponse}: sends the request and receives the whole answer, retried by the
     * client's policy like any call (a connection lost mid-answer included), without parsing it; {@link Received#read()}
     * does that. For a caller that bounds the requests on the wire and parses the answers outside that bound.
     */
    public Received receive(EmbeddingRequest request) {
        ApiRequest call = ApiRequest.post("/embeddings", request);
        return new Received(request, call, transport.send(call, ResponseBody::bytes));
    }

    /** An answer of {@code POST /v1/embeddings} received whole, not yet parsed. */
    public final class Received {

        private final EmbeddingRequest request;
        private final ApiRequest call;
        private final ApiResponse<byte[]> answer;

        private Received(EmbeddingRequest request, ApiRequest call, ApiResponse<byte[]> answer) {
            this.request = request;
            this.call = call;
            this.answer = answer;
        }

        /**
         * Parses the answer, as {@link #createWithResponse} returns it.
         *
         * @throws dev.langchain4j.exception.LangChain4jException when the body is not an answer to the request
         */
        public ApiResponse<EmbeddingResponse> read() {
            EmbeddingResponse body;
            try {
                // a base64 string is read only as the answer to a request for one
                body = request.encodingFormat() != EncodingFormat.BASE64
                        ? EmbeddingAnswerReader.read(answer.body(), numbersReader)
                        : EmbeddingResponse.reader(transport.json(), request.outputDtype()).readValue(answer.body());
            } catch (IOException malformed) {
                throw transport.errors().malformedBody(call, malformed);
            }
            ApiResponse<EmbeddingResponse> response = answer.withBody(body);
            deprecations.check(request.model(), response);
            // a missing vector would silently shift every following one onto the wrong input
            if (body.data().size() != request.input().size()) {
                throw transport.errors().incompleteAnswer(call, body.data().size() + " embedding(s) for "
                        + request.input().size() + " input(s)");
            }
            return response;
        }
    }
}
