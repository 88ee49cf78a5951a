/**
 * What an application calls to use the Mistral API without LangChain4j: {@link dev.mistral4j.client.MistralClient}
 * and its builder, one service per resource ({@code ChatService}, {@code FimService}, {@code EmbeddingsService},
 * {@code ModelsService}, {@code ModerationService}), {@link dev.mistral4j.client.RetryPolicy}, the error type
 * {@link dev.mistral4j.client.MistralHttpException}, {@link dev.mistral4j.client.StreamListener} for streams,
 * {@link dev.mistral4j.client.ApiResponse} for status and headers, and {@link dev.mistral4j.client.TransferProgress}
 * for file transfers. No OkHttp type appears here except the builder's {@code okHttpClient(OkHttpClient)} option;
 * the wire records live in one sub-package per resource.
 */
package dev.mistral4j.client;
