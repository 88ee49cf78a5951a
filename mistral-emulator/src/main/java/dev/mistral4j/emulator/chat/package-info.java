/**
 * Chat and fill-in-the-middle completions: the {@code /v1/chat/completions} and {@code /v1/fim/completions} routes
 * ({@link dev.mistral4j.emulator.chat.CompletionEndpoints}), and the deterministic models behind them: conversation
 * rules the real API enforces, tool-call planning, JSON answers faked from a schema, text answers from the
 * conversation, stop sequences and token limits, and their plain and streamed wire forms. Depends on the server,
 * models and common packages.
 */
package dev.mistral4j.emulator.chat;
