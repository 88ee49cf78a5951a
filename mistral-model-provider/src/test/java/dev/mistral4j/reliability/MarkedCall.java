package dev.mistral4j.reliability;

/**
 * One call of a {@link FaultRun}: it must put {@code marker} in the text it sends (the user message of a chat, an
 * input of an embedding...) so that the emulator's recorded requests can be tied back to it, and return the text the
 * answer carries (for chat, the emulator quotes the user text, so a correct answer contains the marker).
 */
@FunctionalInterface
interface MarkedCall {

    String call(String marker) throws Exception;
}
