/**
 * {@code /v1/moderations}, {@code /v1/chat/moderations}, {@code /v1/classifications} and
 * {@code /v1/chat/classifications}: one deterministic keyword classifier over the real moderation category names,
 * answered in the moderation and the classification shapes. Depends on the server and models packages.
 */
package dev.mistral4j.emulator.moderation;
