package dev.mistral4j.langchain4j;


import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import dev.langchain4j.model.embedding.request.EmbeddingInput;
import dev.langchain4j.model.embedding.request.EmbeddingParameter;
import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.langchain4j.model.embedding.request.EmbeddingRequestParameters;
import dev.langchain4j.model.embedding.response.EmbeddingResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.internal.OptionCheck;
import dev.mistral4j.client.common.Usage;
import dev.mistral4j.client.embeddings.EmbeddingDtype;
import dev.mistral4j.client.embeddings.EncodingFormat;
import dev.mistral4j.langchain4j.internal.EmbeddingBatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * A LangChain4j {@link EmbeddingModel} over {@code POST /v1/embeddings}, for inputs of any size.
 *
 * <p>{@code embedAll} packs the texts, in input order, into requests of at most {@code maxInputsPerRequest} inputs
 * (default 512) and {@code maxTokensPerRequest} estimated tokens (default 16,384), the API's limits. Tokens are
 * estimated conservatively by default, one per started group of three UTF-8 bytes (Mistral's tokenizers average
 * about four), or by the {@link TokenCountEstimator} you give. An input estimated above {@code maxTokensPerInput}
 * (default 8,192) fails the call with an {@link IllegalArgumentException} naming its index and estimate, before any
 * request is sent. Requests run concurrently, at most {@code maxConcurrentBatches} on the wire at once (default 4),
 * their answers parsed meanwhile by up to as many workers again: one is the calling thread, the others run on the
 * model's own pool of daemon threads (created with the model, reused by every call, idle threads ended after a
 * minute, all ended by {@link #close()}) or on your {@link Executor}; each request is retried by the client's retry
 * policy. The embeddings come back in input order with the summed token usage; if a
 * request still fails, the call fails with the same kind of LangChain4j exception naming that request's input
 * range, and returns nothing.
 *
 * <p>{@link #dimension()} answers without a network call for the {@link MistralEmbeddingModelName} models and when
 * {@code outputDimension} is set (divided by 8 for the packed {@code binary} and {@code ubinary} dtypes); otherwise
 * it embeds one short text once and remembers the length. Thread-safe.
 *
 * <p>Per call, {@code embed(EmbeddingRequest)} takes {@link MistralEmbeddingRequestParameters}: the model name,
 * dimensions, and Mistral's {@code output_dtype}, {@code encoding_format} and {@code metadata} (see there why they are
 * LangChain4j parameter keys rather than another {@code embedAll} overload).
 */
public final class MistralEmbeddingModel implements EmbeddingModel, AutoCloseable {

    private static final String PROBE_TEXT = "dimension";

    private final MistralClient client;
    private final String modelName;
    private final Integer outputDimension;
    private final EmbeddingDtype outputDtype;
    private final EmbeddingBatcher batcher;
    private final List<EmbeddingModelListener> listeners;
    private final Object probeLock = new Object();
    private volatile Integer probedDimension;

    private MistralEmbeddingModel(Builder builder) {
        this.client = builder.buildClient();
        this.modelName = builder.modelName();
        this.outputDimension = builder.outputDimension();
        this.outputDtype = builder.outputDtype();
        this.batcher = builder.batcher(builder.maxConcurrentBatches, builder.executor);
        this.listeners = List.copyOf(builder.listeners);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EmbeddingResponse doEmbed(EmbeddingRequest request) {
        List<String> texts = request.inputs().stream().map(EmbeddingInput::text).toList();
        Call call = Call.of(request.parameters(), this);
        List<Embedding> embeddings = new ArrayList<>(texts.size());
        TokenUsage usage = null;
        if (!texts.isEmpty()) {
            List<EmbeddingBatcher.Batch> batches = batcher.plan(texts);
            // the answer is parsed after its request leaves the wire, so the next request starts meanwhile
            List<dev.mistral4j.client.embeddings.EmbeddingResponse> responses = batcher.run(batches,
                    batch -> client.embeddings().receive(call.request(texts.subList(batch.from(), batch.to()))),
                    received -> received.read().body());
            for (dev.mistral4j.client.embeddings.EmbeddingResponse response : responses) {
                embeddings.addAll(inOrder(response));
                usage = TokenUsage.sum(usage, tokenUsage(response.usage()));
            }
        }
        return EmbeddingResponse.builder().embeddings(embeddings).modelName(call.model()).tokenUsage(usage).build();
    }

    /** One call's options: the request's parameters over the model's. */
    private record Call(String model, Integer dimension, EmbeddingDtype dtype, EncodingFormat encoding,
                        Map<String, Object> metadata) {

        static Call of(EmbeddingRequestParameters parameters, MistralEmbeddingModel model) {
            EmbeddingDtype dtype = parameters.parameter(MistralEmbeddingRequestParameters.OUTPUT_DTYPE);
            return new Call(parameters.modelName() != null ? parameters.modelName() : model.modelName,
                    parameters.dimensions() != null ? parameters.dimensions() : model.outputDimension,
                    dtype != null ? dtype : model.outputDtype,
                    parameters.parameter(MistralEmbeddingRequestParameters.ENCODING_FORMAT),
                    parameters.parameter(MistralEmbeddingRequestParameters.METADATA));
        }

        dev.mistral4j.client.embeddings.EmbeddingRequest request(List<String> texts) {
            return new dev.mistral4j.client.embeddings.EmbeddingRequest(model, metadata, texts, dimension, dtype,
                    encoding);
        }
    }

    /** The batch's embeddings by the index of their input: the API does not promise to keep the order. */
    private static List<Embedding> inOrder(dev.mistral4j.client.embeddings.EmbeddingResponse response) {
        Embedding[] ordered = new Embedding[response.data().size()];
        for (int i = 0; i < ordered.length; i++) {
            dev.mistral4j.client.embeddings.Embedding item = response.data().get(i);
            int index = item.index() != null ? item.index() : i;
            if (index < 0 || index >= ordered.length || ordered[index] != null) {
                throw new LangChain4jException("the API answered an embedding with index " + item.index()
                        + " for a request of " + ordered.length + " inputs");
            }
            ordered[index] = Embedding.from(item.embedding());
        }
        return Arrays.asList(ordered);
    }

    private static TokenUsage tokenUsage(Usage usage) {
        return usage == null ? null
                : new TokenUsage(usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
    }

    @Override
    public int dimension() {
        OptionalInt known = knownDimension();
        if (known.isPresent()) {
            return known.getAsInt();
        }
        Integer probed = probedDimension;
        if (probed == null) {
            synchronized (probeLock) {
                probed = probedDimension;
                if (probed == null) {
                    probed = client.embeddings().create(Call.of(defaultRequestParameters(), this)
                            .request(List.of(PROBE_TEXT))).data().get(0).dimension();
                    probedDimension = probed;
                }
            }
        }
        return probed;
    }

    private OptionalInt knownDimension() {
        OptionalInt numbers = outputDimension != null
                ? OptionalInt.of(outputDimension) : MistralEmbeddingModelName.defaultDimensionOf(modelName);
        boolean packed = outputDtype == EmbeddingDtype.BINARY || outputDtype == EmbeddingDtype.UBINARY;
        // binary dtypes pack eight dimensions into each number
        return packed && numbers.isPresent() ? OptionalInt.of(numbers.getAsInt() / 8) : numbers;
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.MISTRAL_AI;
    }

    @Override
    public List<EmbeddingModelListener> listeners() {
        return listeners;
    }

    /**
     * The model name, Mistral's {@link MistralEmbeddingRequestParameters} keys, and dimensions unless the model is
     * known to have one fixed length (mistral-embed).
     */
    @Override
    public Set<EmbeddingParameter<?>> supportedParameters() {
        Set<EmbeddingParameter<?>> supported = new LinkedHashSet<>(List.of(EmbeddingRequestParameters.MODEL_NAME,
                MistralEmbeddingRequestParameters.OUTPUT_DTYPE, MistralEmbeddingRequestParameters.ENCODING_FORMAT,
                MistralEmbeddingRequestParameters.METADATA));
        if (!fixedDimension(modelName)) {
            supported.add(EmbeddingRequestParameters.DIMENSIONS);
        }
        return Collections.unmodifiableSet(supported);
    }

    static boolean fixedDimension(String modelName) {
        return MistralEmbeddingModelName.of(modelName).map(name -> !name.choosableDimension()).orElse(false);
    }

    @Override
    public EmbeddingRequestParameters defaultRequestParameters() {
        return MistralEmbeddingRequestParameters.builder().modelName(modelName).dimensions(outputDimension)
                .outputDtype(outputDtype).build();
    }

    /**
     * Ends the model's own threads at once (an {@link Builder#executor(Executor) executor} you gave is left open);
     * a later {@code embedAll} sends its requests one after another on the calling thread. The client stays open.
     */
    @Override
    public void close() {
        batcher.close();
    }

    @Override
    public String toString() {
        return "MistralEmbeddingModel{modelName=" + modelName + ", outputDimension=" + outputDimension
                + ", outputDtype=" + outputDtype + '}';
    }

    /**
     * Configures a {@link MistralEmbeddingModel}: the options of {@code langchain4j-mistral-ai}'s builder under the
     * same names, plus output dimension and dtype, batching limits, token estimate, concurrency and listeners.
     */
    public static final class Builder extends EmbeddingModelBuilder<Builder> {

        private int maxConcurrentBatches = 4;
        private Executor executor;
        private List<EmbeddingModelListener> listeners = List.of();

        private Builder() {
        }

        /**
         * The most requests (batches) of one {@code embedAll} call in flight at once, 1 to 64; default 4. Not to be
         * confused with the client's {@code maxConcurrentRequests}, which bounds the streams and asynchronous calls
         * of every model sharing the client's dispatcher.
         */
        public Builder maxConcurrentBatches(int maxConcurrentBatches) {
            this.maxConcurrentBatches = OptionCheck.between("maxConcurrentBatches", maxConcurrentBatches, 1, 64);
            return this;
        }

        /**
         * Runs the concurrent requests and the parsing of their answers on your executor instead of the model's own
         * pool; the calling thread always takes one share of them, and {@code maxConcurrentBatches} still bounds the
         * requests on the wire.
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /** Listeners told of each {@code embed} and {@code embedAll} call (once per call, not per request). */
        public Builder listeners(List<EmbeddingModelListener> listeners) {
            this.listeners = listeners == null ? List.of() : List.copyOf(listeners);
            return this;
        }

        public MistralEmbeddingModel build() {
            checkEmbeddingOptions();
            return new MistralEmbeddingModel(this);
        }
    }
}
