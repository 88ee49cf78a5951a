package dev.mistral4j.emulator.server;

/** One API operation: turns a request the pipeline accepted into a reply, or throws {@link ApiError}. */
@FunctionalInterface
public interface Endpoint {

    /** The reply to send; the pipeline checks it against the contract, records the request and writes it. */
    Reply handle(Exchange exchange);
}
