package dev.mistral4j.spring.autoconfigure;

/**
 * The base URL of the running emulator, as a bean of the starter's own type so that configurations that use it do
 * not name the emulator's classes, which may be absent.
 */
record EmulatorEndpoint(String baseUrl) {
}
