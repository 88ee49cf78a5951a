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
    void aBrokenStreamEndsInOnError() throws Exception {
        EMULATOR.emulator().faults().next("/v1/fim/completions", Fault.cutStreamAfter(1));
        Collector collector = new Collector();

        MistralStreamingFimModel.builder().baseUrl(EMULATOR.baseUrl()).build().generate("def f(x):\n", collector);

        assertThat(collector.done).failsWithin(30, TimeUnit.SECONDS);
    }
}
