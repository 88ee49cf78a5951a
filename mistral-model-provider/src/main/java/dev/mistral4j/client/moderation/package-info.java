/**
 * The wire records of {@code POST /v1/moderations} and {@code POST /v1/chat/moderations}: the text and
 * conversation requests and the per-input results with categories and scores.
 */
package dev.mistral4j.client.moderation;
