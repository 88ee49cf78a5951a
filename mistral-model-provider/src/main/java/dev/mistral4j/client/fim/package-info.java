/**
 * The wire record of {@code POST /v1/fim/completions}, the fill-in-the-middle code completion request; its
 * answers are the chat completion records of {@link dev.mistral4j.client.chat}.
 */
package dev.mistral4j.client.fim;
