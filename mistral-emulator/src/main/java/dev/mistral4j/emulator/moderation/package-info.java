/**
 * {@code /v1/moderations} and {@code /v1/chat/moderations}: a deterministic keyword classifier over the real category
 * names. Depends on the server and models packages.
 */
package dev.mistral4j.emulator.moderation;
