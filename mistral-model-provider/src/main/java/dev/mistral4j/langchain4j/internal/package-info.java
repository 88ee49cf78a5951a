/**
 * How the faces work, not an API: mapping LangChain4j chat requests to the wire and answers back
 * ({@code ChatRequestMapper}, {@code FimResponses}), the options each face was built with, the conversation check,
 * tool-call ids, the assembler turning a chat stream into a LangChain4j response, and the embedding batcher. Public
 * only for the faces' package; other modules must not use it, and it may change in any release.
 */
package dev.mistral4j.langchain4j.internal;
