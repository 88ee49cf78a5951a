package dev.mistral4j.emulator;

/** One API operation: turns an accepted request into a reply, or throws {@link ApiError}. */
@FunctionalInterface
interface Endpoint {

    Reply handle(Exchange exchange);
}
