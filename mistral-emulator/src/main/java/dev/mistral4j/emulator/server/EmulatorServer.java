package dev.mistral4j.emulator.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.router.EndpointNotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The HTTP server of the emulator, on Javalin: every route the resource families add is served through one
 * pipeline (correlation id, API key, faults, latency, JSON body, contract check, endpoint, recording, reply). A
 * route that no family added answers the API's 404 envelope.
 */
public final class EmulatorServer {

    private final CountDownLatch closing = new CountDownLatch(1);
    private final ContractCheck contract;
    private final Javalin javalin;

    /**
     * A server, not yet started, serving {@code routes} with {@code settings}; {@code runtime} holds what tests change
     * while it runs, {@code faults} the faults to inject and {@code log} where requests are recorded.
     */
    public EmulatorServer(ServerSettings settings, RuntimeSettings runtime, FaultSource faults, RequestLog log,
                          List<Routes> routes) {
        Recording recording = new Recording(log);
        this.contract = ContractCheck.of(settings.contractValidation());
        List<Stage> stages = new ArrayList<>();
        if (settings.apiKey() != null) {
            stages.add(new ApiKeyCheck(settings.apiKey()));
        }
        stages.add(new FaultSelection(faults));
        stages.add(new Latency(runtime));
        stages.add(new FaultInjection(recording, closing));
        stages.add(new JsonBody());
        stages.add(contract);
        Pipeline pipeline = new Pipeline(settings.seed(), stages, new ReplyWriter(contract, recording, runtime));
        InProcessCalls inProcess = new InProcessCalls(pipeline, contract);
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = settings.port();
            // streams must reach the client event by event, not through a compressing buffer
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.maxRequestSize = 32L * 1024 * 1024;
            // uploads are spooled to disk beside the stored files, never held in memory whatever their size
            config.jetty.multipartConfig.cacheDirectory(settings.uploadDirectory().toString());
            config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
            Router router = new Router(config.routes, pipeline, inProcess);
            routes.forEach(family -> family.addTo(router));
            config.routes.exception(EndpointNotFound.class, (e, ctx) -> pipeline.serve(ctx, exchange -> {
                throw new ApiError(404, "not_found", null,
                        "No route for " + ctx.method() + " " + ctx.path() + ": unknown path or method");
            }));
        });
    }

    /** Starts listening. */
    public void start() {
        javalin.start();
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port();
    }

    /** Releases stalled requests, then stops the server. */
    public void stop() {
        closing.countDown();
        javalin.stop();
    }

    /** The contract violations of the responses served so far; live, so that clearing it forgets them. */
    public List<String> violations() {
        return contract.violations();
    }
}
