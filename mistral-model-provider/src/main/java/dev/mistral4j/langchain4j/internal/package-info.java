/**
 * How the faces work, not an API: mapping LangChain4j chat requests to the wire ({@code ChatRequestMapper}) and
 * answers back ({@code ChatResponseMapper}), the one set of rules all four completion faces share
 * ({@code CompletionRules}, {@code CompletionFacts}, {@code CompletionStream} with the chat and FIM stream
 * assemblers), the options each face was built with, the conversation check, tool-call ids, and the embedding
 * batcher. Public
 * only for the faces' package; other modules must not use it, and it may change in any release.
 */
package dev.mistral4j.langchain4j.internal;
