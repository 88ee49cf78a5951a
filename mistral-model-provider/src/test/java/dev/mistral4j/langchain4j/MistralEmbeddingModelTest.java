package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import dev.langchain4j.model.embedding.listener.EmbeddingModelRequestContext;
import dev.langchain4j.model.embedding.listener.EmbeddingModelResponseContext;
import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.langchain4j.model.embedding.request.EmbeddingRequestParameters;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.MistralHttpException;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.client.embeddings.EmbeddingDtype;
import dev.mistral4j.client.embeddings.EncodingFormat;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MistralEmbeddingModelTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static final ObjectMapper JSON = new ObjectMapper();

    private MistralClient client;

    @BeforeEach
    void connect() {
        client = MistralClient.builder().baseUrl(EMULATOR.baseUrl())
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ofMillis(10)).build()).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private MistralEmbeddingModel.Builder model() {
        return MistralEmbeddingModel.builder().client(client);
    }

    private static List<TextSegment> segments(int count, String prefix) {
        return IntStream.range(0, count).mapToObj(i -> TextSegment.from(prefix + " number " + i)).toList();
    }

    private static List<RecordedRequest> embeddingRequests() {
        return EMULATOR.emulator().recordedRequests().stream()
                .filter(request -> request.path().equals("/v1/embeddings")).toList();
    }

    private static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void embedsMoreInputsThanOneRequestTakesInInputOrderWithSummedUsage() {
        MistralEmbeddingModel model = model().build();
        List<TextSegment> segments = segments(1100, "segment");

        Response<List<Embedding>> response = model.embedAll(segments);

        List<RecordedRequest> requests = embeddingRequests();
        assertThat(requests).hasSize(3).allSatisfy(request -> assertThat(body(request).get("input").size())
                .isLessThanOrEqualTo(512));
        assertThat(response.content()).hasSize(1100);
        // the emulator's vectors depend on the text only: each must equal the vector of its own input
        for (int index : new int[] {0, 511, 512, 1023, 1099}) {
            assertThat(response.content().get(index).vector())
                    .isEqualTo(model.embed(segments.get(index)).content().vector());
        }
        int billed = requests.stream().mapToInt(request -> body(request).get("input").size()).sum();
        assertThat(billed).isEqualTo(1100);
        assertThat(response.tokenUsage().inputTokenCount()).isPositive()
                .isEqualTo(response.tokenUsage().totalTokenCount());
    }

    @Test
    void staysUnderTheTokenLimitOfOneRequest() {
        // 2,000-byte inputs: about 500 real tokens each, 667 estimated; 33 of them would break 16,384
        List<TextSegment> segments = IntStream.range(0, 100)
                .mapToObj(i -> TextSegment.from(("word" + i + " ").repeat(400).substring(0, 2000)))
                .toList();

        Response<List<Embedding>> response = model().build().embedAll(segments);

        assertThat(response.content()).hasSize(100);
        assertThat(embeddingRequests()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(request -> assertThat(request.status()).isEqualTo(200))
                .allSatisfy(request -> assertThat(body(request).get("input").size()).isLessThanOrEqualTo(24));
    }

    @Test
    void anInputOverThePerInputLimitFailsBeforeAnyRequest() {
        List<TextSegment> segments = List.of(TextSegment.from("fine"), TextSegment.from("also fine"),
                TextSegment.from("z".repeat(30_000)));

        assertThatThrownBy(() -> model().build().embedAll(segments))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input 2")
                .hasMessageContaining("10000 tokens");
        assertThat(embeddingRequests()).isEmpty();
    }

    @Test
    void retriesAFailedRequestInTheClientAndStillReturnsEverything() {
        EMULATOR.emulator().faults().next("/v1/embeddings", Fault.status(503));

        Response<List<Embedding>> response = model().maxInputsPerRequest(10).build().embedAll(segments(30, "retry"));

        assertThat(response.content()).hasSize(30).doesNotContainNull();
        assertThat(embeddingRequests()).hasSize(4);
    }

    @Test
    void aRequestThatStillFailsFailsTheWholeCallNamingItsInputs() {
        EMULATOR.emulator().faults().next("/v1/embeddings", Fault.status(500), Fault.status(500), Fault.status(500));
        MistralClient noRetries = MistralClient.builder().baseUrl(EMULATOR.baseUrl()).maxRetries(0).build();
        MistralEmbeddingModel model = MistralEmbeddingModel.builder().client(noRetries).maxInputsPerRequest(10)
                .maxConcurrentBatches(1).build();

        assertThatThrownBy(() -> model.embedAll(segments(30, "failing")))
                .isInstanceOf(InternalServerException.class)
                .hasMessageContaining("embedding batch 1 of 3 (inputs 0 to 9)")
                .hasCauseInstanceOf(MistralHttpException.class);
        noRetries.close();
    }

    @Test
    void repeatedEmbedAllCallsReuseTheModelsThreadsAndCloseEndsThem() throws InterruptedException {
        Set<Thread> earlier = embeddingThreads(); // idle threads of models other tests built
        MistralEmbeddingModel model = model().maxInputsPerRequest(5).maxConcurrentBatches(4).build();
        model.embedAll(segments(40, "warm-up"));
        Set<Thread> afterFirstCall = embeddingThreads();
        afterFirstCall.removeAll(earlier);
        assertThat(afterFirstCall).isNotEmpty().hasSizeLessThanOrEqualTo(7);

        for (int call = 0; call < 20; call++) {
            assertThat(model.embedAll(segments(40, "again " + call)).content()).hasSize(40);
        }

        Set<Thread> afterManyCalls = embeddingThreads();
        afterManyCalls.removeAll(earlier);
        assertThat(afterManyCalls).isEqualTo(afterFirstCall);
        model.close();
        for (Thread thread : afterFirstCall) {
            thread.join(10_000);
        }
        assertThat(afterFirstCall).noneMatch(Thread::isAlive);
        // a closed model still answers, on the calling thread
        assertThat(model.embedAll(segments(12, "closed")).content()).hasSize(12);
        assertThat(embeddingThreads()).isSubsetOf(earlier);
    }

    private static Set<Thread> embeddingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("mistral-embeddings-") && thread.isAlive())
                .collect(Collectors.toSet());
    }

    @Test
    void knowsTheDimensionOfKnownModelsWithoutACall() {
        assertThat(model().build().dimension()).isEqualTo(1024);
        assertThat(model().modelName(MistralEmbeddingModelName.CODESTRAL_EMBED).build().dimension()).isEqualTo(1536);
        assertThat(model().modelName("codestral-embed-2505").outputDimension(256).build().dimension()).isEqualTo(256);
        assertThat(model().modelName(MistralEmbeddingModelName.CODESTRAL_EMBED).outputDimension(256)
                .outputDtype(EmbeddingDtype.BINARY).build().dimension()).isEqualTo(32);
        assertThat(EMULATOR.emulator().requestCount()).isZero();
    }

    @Test
    void probesTheDimensionOfOtherModelsOnceAndRemembersIt() {
        MistralEmbeddingModel model = model().modelName("codestral-embed-2505").build();

        assertThat(model.dimension()).isEqualTo(1536);
        assertThat(model.dimension()).isEqualTo(1536);
        assertThat(embeddingRequests()).hasSize(1);
    }

    @Test
    void reportedDimensionMatchesTheEmbeddingsOfPackedDtypes() {
        MistralEmbeddingModel model = model().modelName(MistralEmbeddingModelName.CODESTRAL_EMBED).outputDimension(512)
                .outputDtype(EmbeddingDtype.UBINARY).build();

        Embedding embedding = model.embed("packed bits").content();

        assertThat(embedding.dimension()).isEqualTo(model.dimension()).isEqualTo(64);
        assertThat(body(embeddingRequests().get(0)).get("output_dtype").asText()).isEqualTo("ubinary");
        assertThat(body(embeddingRequests().get(0)).get("output_dimension").asInt()).isEqualTo(512);
    }

    @Test
    void integerDtypesComeBackAsWholeNumbers() {
        float[] vector = model().outputDtype(EmbeddingDtype.INT8).build().embed("quantized").content().vector();

        assertThat(vector).hasSize(1024);
        for (float component : vector) {
            assertThat(component).isBetween(-128f, 127f).isEqualTo((float) Math.rint(component));
        }
    }

    @Test
    void aPerCallDimensionOverridesTheConfiguredOne() {
        MistralEmbeddingModel model = model().modelName(MistralEmbeddingModelName.CODESTRAL_EMBED).build();

        float[] vector = model.embed(EmbeddingRequest.builder().input("shorter").dimensions(128).build())
                .embeddings().get(0).vector();

        assertThat(vector).hasSize(128);
    }

    private static float min(float[] vector) {
        float min = Float.MAX_VALUE;
        for (float component : vector) {
            min = Math.min(min, component);
        }
        return min;
    }

    private static List<float[]> vectors(dev.langchain4j.model.embedding.response.EmbeddingResponse response) {
        return response.embeddings().stream().map(Embedding::vector).toList();
    }

    @Test
    void aPerCallBase64EncodingGivesTheSameVectorsAsNumbers() {
        MistralEmbeddingModel model = model().modelName(MistralEmbeddingModelName.CODESTRAL_EMBED).build();
        List<TextSegment> segments = segments(3, "encoded");

        List<Embedding> numbers = model.embedAll(segments).content();
        var encoded = model.embed(EmbeddingRequest.builder().textSegments(segments)
                .parameters(MistralEmbeddingRequestParameters.builder().encodingFormat(EncodingFormat.BASE64).build())
                .build());

        assertThat(vectors(encoded)).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(vectors(encoded).get(i)).containsExactly(numbers.get(i).vector());
        }
        assertThat(body(embeddingRequests().get(0)).has("encoding_format")).isFalse();
        assertThat(body(embeddingRequests().get(1)).get("encoding_format").asText()).isEqualTo("base64");
    }

    @Test
    void perCallDtypeAndMetadataOverrideTheModelsAndReachEveryRequest() {
        MistralEmbeddingModel model = model().outputDtype(EmbeddingDtype.UINT8).maxInputsPerRequest(2).build();
        List<TextSegment> segments = segments(3, "quantized");

        var int8 = model.embed(EmbeddingRequest.builder().textSegments(segments)
                .parameters(MistralEmbeddingRequestParameters.builder().outputDtype(EmbeddingDtype.INT8)
                        .encodingFormat(EncodingFormat.BASE64).metadata(java.util.Map.of("job", "nightly")).build())
                .build());
        var defaults = model.embed(EmbeddingRequest.builder().textSegments(segments).build());

        assertThat(vectors(int8)).hasSize(3).allSatisfy(vector -> {
            assertThat(vector).hasSize(1024);
            for (float component : vector) {
                assertThat(component).isBetween(-127f, 127f).isEqualTo((float) Math.rint(component));
            }
        });
        assertThat(min(vectors(int8).get(0))).as("int8 has negative numbers").isNegative();
        assertThat(min(vectors(defaults).get(0))).as("the model's uint8 has none").isNotNegative();
        List<JsonNode> bodies = embeddingRequests().stream().map(MistralEmbeddingModelTest::body).toList();
        assertThat(bodies).hasSize(4);
        assertThat(bodies.subList(0, 2)).allSatisfy(body -> {
            assertThat(body.get("output_dtype").asText()).isEqualTo("int8");
            assertThat(body.get("encoding_format").asText()).isEqualTo("base64");
            assertThat(body.get("metadata").get("job").asText()).isEqualTo("nightly");
        });
        assertThat(bodies.subList(2, 4)).allSatisfy(body -> {
            assertThat(body.get("output_dtype").asText()).isEqualTo("uint8");
            assertThat(body.has("metadata")).isFalse();
        });
    }

    @Test
    void acceptsMistralsParametersAsPlainLangChain4jKeys() {
        MistralEmbeddingModel model = model().build();

        var response = model.embed(EmbeddingRequest.builder().input("plain keys")
                .parameters(EmbeddingRequestParameters.builder()
                        .set(MistralEmbeddingRequestParameters.OUTPUT_DTYPE, EmbeddingDtype.BINARY).build())
                .build());

        assertThat(vectors(response).get(0)).hasSize(128);
        assertThat(model.supportedParameters()).contains(MistralEmbeddingRequestParameters.OUTPUT_DTYPE,
                MistralEmbeddingRequestParameters.ENCODING_FORMAT, MistralEmbeddingRequestParameters.METADATA);
        assertThatThrownBy(() -> model.embed(EmbeddingRequest.builder().input("x")
                .inputType(dev.langchain4j.model.embedding.request.EmbeddingInputType.QUERY).build()))
                .isInstanceOf(UnsupportedFeatureException.class);
    }

    @Test
    void refusesADimensionForAModelWithAFixedOne() {
        assertThatThrownBy(() -> model().outputDimension(256).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mistral-embed has a fixed dimension");
        assertThatThrownBy(() -> model().build().embed(EmbeddingRequest.builder().input("x").dimensions(8).build()))
                .isInstanceOf(UnsupportedFeatureException.class);
    }

    @Test
    void listenersHearEachCallOnceWhateverTheNumberOfRequests() {
        List<EmbeddingModelRequestContext> requests = new ArrayList<>();
        List<EmbeddingModelResponseContext> responses = new ArrayList<>();
        EmbeddingModelListener listener = new EmbeddingModelListener() {
            @Override
            public void onRequest(EmbeddingModelRequestContext context) {
                requests.add(context);
            }

            @Override
            public void onResponse(EmbeddingModelResponseContext context) {
                responses.add(context);
            }
        };

        model().maxInputsPerRequest(5).listeners(List.of(listener)).build().embedAll(segments(12, "heard"));

        assertThat(embeddingRequests()).hasSize(3);
        assertThat(requests).singleElement().satisfies(context -> assertThat(context.textSegments()).hasSize(12));
        assertThat(responses).singleElement()
                .satisfies(context -> assertThat(context.embeddingResponse().embeddings()).hasSize(12));
    }

    @Test
    void usesAPluggedTokenCountEstimator() {
        AtomicInteger estimated = new AtomicInteger();

        model().tokenCountEstimator(text -> {
            estimated.incrementAndGet();
            return 5_000;
        }).build().embedAll(segments(6, "heavy"));

        assertThat(estimated).hasValue(6);
        // 5,000 estimated tokens each: three fit in 16,384
        assertThat(embeddingRequests()).hasSize(2);
    }

    @Test
    void refusesInconsistentLimits() {
        assertThatThrownBy(() -> model().maxTokensPerRequest(1000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxTokensPerInput (8192) must not be above maxTokensPerRequest (1000)");
        assertThatThrownBy(() -> model().maxConcurrentBatches(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 64");
    }
}
