package dev.mistral4j.emulator.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;

/**
 * Acts on the faults that replace an answer: an error status, a 429 with {@code Retry-After}, a dropped connection,
 * a stall. Stream faults pass on to the {@link ReplyWriter}.
 */
final class FaultInjection implements Stage {

    private static final Duration STALL_POLL = Duration.ofMillis(50);

    private final Recording recording;
    private final CountDownLatch closing;

    /** {@code closing} is counted down when the server stops, releasing stalled requests. */
    FaultInjection(Recording recording, CountDownLatch closing) {
        this.recording = recording;
        this.closing = closing;
    }

    @Override
    public void handle(Call call, Runnable next) {
        FaultPlan fault = call.fault();
        if (fault == null) {
            next.run();
            return;
        }
        switch (fault.kind()) {
            case STATUS -> throw error(fault.status());
            case RATE_LIMITED -> {
                call.ctx().header("Retry-After", fault.retryAfter());
                throw error(429);
            }
            case DROP_CONNECTION -> {
                recording.record(call, 0);
                ReplyWriter.dropConnection(call.ctx());
            }
            case STALL -> {
                recording.record(call, 0);
                stall(call.ctx());
            }
            default -> next.run(); // stream faults act while the reply is written
        }
    }

    private static ApiError error(int status) {
        return switch (status) {
            case 429 -> new ApiError(429, "rate_limited", "1300", "Requests rate limit exceeded");
            case 401 -> new ApiError(401, "unauthorized", null, "Unauthorized");
            case 500 -> new ApiError(500, "internal_server_error", null, "Internal server error");
            case 503 -> new ApiError(503, "service_unavailable", null, "Service unavailable, retry later");
            default -> new ApiError(status, status < 500 ? "invalid_request_error" : "internal_server_error", null,
                    "Injected fault: status " + status);
        };
    }

    private void stall(Context ctx) {
        EndPoint endPoint = ReplyWriter.endPoint(ctx);
        try {
            while (endPoint.isOpen() && !closing.await(STALL_POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                // the client gives up by closing its end; the emulator by closing
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        endPoint.close();
    }
}
