package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.StreamingResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MistralStreamingFimModelTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    /** Collects one stream: its pieces, then its end. */
    private static final class Collector implements StreamingResponseHandler<String> {

        final List<String> pieces = new CopyOnWriteArrayList<>();
        final CompletableFuture<Response<String>> done = new CompletableFuture<>();

        @Override
        public void onNext(String piece) {
            pieces.add(piece);
        }

        @Override
        public void onComplete(Response<String> response) {
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }
    }

    @Test
    void streamsTheSameCompletionAsThePlainModelPieceByPiece() throws Exception {
        String prompt = "function add(a, b) {\n";
        String suffix = "}\n";
        String plain = MistralFimModel.builder().baseUrl(EMULATOR.baseUrl()).build().generate(prompt, suffix)
                .content();
        Collector collector = new Collector();

        MistralStreamingFimModel.builder().baseUrl(EMULATOR.baseUrl()).build().generate(prompt, suffix, collector);

        Response<String> response = collector.done.get(30, TimeUnit.SECONDS);
        assertThat(collector.pieces).hasSizeGreaterThan(1);
        assertThat(String.join("", collector.pieces)).isEqualTo(response.content()).isEqualTo(plain);
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokenUsage().totalTokenCount()).isPositive();
        assertThat(response.metadata()).containsKeys("id", "model");
    }

    @Test
    void perCallParametersReachTheStreamedRequest() throws Exception {
        Collector collector = new Collector();

        MistralStreamingFimModel.builder().baseUrl(EMULATOR.baseUrl()).temperature(0.7).build().generate("def f(x):\n",
                null, MistralFimRequestParameters.builder().temperature(0.1).maxTokens(8).randomSeed(7L).build(),
                collector);

        Response<String> response = collector.done.get(30, TimeUnit.SECONDS);
        List<dev.mistral4j.emulator.RecordedRequest> requests = EMULATOR.emulator().recordedRequests();
        com.fasterxml.jackson.databind.JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(requests.get(requests.size() - 1).body());
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.1);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(8);
        assertThat(body.get("random_seed").asLong()).isEqualTo(7);
        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(response.metadata()).containsKeys("headers", "request_id");
    }

    @Test
    void aBrokenStreamEndsInOnError() throws Exception {
        EMULATOR.emulator().faults().next("/v1/fim/completions", Fault.cutStreamAfter(1));
        Collector collector = new Collector();

        MistralStreamingFimModel.builder().baseUrl(EMULATOR.baseUrl()).build().generate("def f(x):\n", collector);

        assertThat(collector.done).failsWithin(30, TimeUnit.SECONDS);
    }
}
