package dev.mistral4j.emulator.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request goes through: a correlation id, the stages in order (API key, faults, latency, JSON body,
 * contract), the endpoint, and the reply writer; an {@link ApiError} thrown anywhere becomes the API's envelope.
 */
final class Pipeline {

    static final String CORRELATION_HEADER = "mistral-correlation-id";

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final long seed;
    private final List<Stage> stages;
    private final ReplyWriter writer;
    private final AtomicLong requestCounter = new AtomicLong();

    Pipeline(long seed, List<Stage> stages, ReplyWriter writer) {
        this.seed = seed;
        this.stages = List.copyOf(stages);
        this.writer = writer;
    }

    void serve(Context ctx, Endpoint endpoint) {
        String requestId = nextRequestId();
        Call call = new Call(ctx, requestId, writer);
        ctx.header(CORRELATION_HEADER, requestId);
        try {
            run(call, endpoint, 0);
        } catch (ApiError e) {
            call.answer(new Reply.Json(e.status(), e.envelope()));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed inside the emulator", ctx.method(), ctx.path(), e);
            call.answer(new Reply.Json(500, new ApiError(500, "internal_server_error", null,
                    "the emulator failed: " + e).envelope()));
        }
    }

    /** A request id derived from the seed and the number of requests so far, in-process calls included. */
    String nextRequestId() {
        return UUID.nameUUIDFromBytes((seed + "/" + requestCounter.incrementAndGet())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void run(Call call, Endpoint endpoint, int stage) {
        if (stage == stages.size()) {
            Reply reply = endpoint.handle(new Exchange(call.ctx(), call.json(), call.requestId()));
            writer.send(call, reply, call.fault());
            return;
        }
        stages.get(stage).handle(call, () -> run(call, endpoint, stage + 1));
    }
}
