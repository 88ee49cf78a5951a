package dev.mistral4j.emulator.server;

import io.javalin.config.RoutesConfig;

/** Where a resource family adds its operations: each one is served through the server's pipeline. */
public final class Router {

    private final RoutesConfig routes;
    private final Pipeline pipeline;
    private final InProcessCalls inProcess;

    Router(RoutesConfig routes, Pipeline pipeline, InProcessCalls inProcess) {
        this.routes = routes;
        this.pipeline = pipeline;
        this.inProcess = inProcess;
    }

    /**
     * Calls to the {@code POST} operations on literal paths that the families add, served without HTTP; operations
     * added by families configured later are reachable too, once added.
     */
    public InProcessCalls inProcess() {
        return inProcess;
    }

    /** Serves {@code GET path} (Javalin path syntax, e.g. {@code /v1/files/{file_id}}) with {@code endpoint}. */
    public Router get(String path, Endpoint endpoint) {
        routes.get(path, ctx -> pipeline.serve(ctx, endpoint));
        return this;
    }

    /** Serves {@code POST path} with {@code endpoint}, over HTTP and (for a literal path) {@link #inProcess()}. */
    public Router post(String path, Endpoint endpoint) {
        routes.post(path, ctx -> pipeline.serve(ctx, endpoint));
        inProcess.register(path, endpoint);
        return this;
    }

    /** Serves {@code PATCH path} with {@code endpoint}. */
    public Router patch(String path, Endpoint endpoint) {
        routes.patch(path, ctx -> pipeline.serve(ctx, endpoint));
        return this;
    }

    /** Serves {@code DELETE path} with {@code endpoint}. */
    public Router delete(String path, Endpoint endpoint) {
        routes.delete(path, ctx -> pipeline.serve(ctx, endpoint));
        return this;
    }
}
