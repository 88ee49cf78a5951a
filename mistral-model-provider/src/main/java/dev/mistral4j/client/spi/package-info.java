/**
 * For mistral4j's sibling modules (admin tools, batch, OCR, Spring Boot), not for applications, and with no
 * compatibility promise between releases: {@link dev.mistral4j.client.spi.MistralTransport} (a client's HTTP stack,
 * obtained with {@link dev.mistral4j.client.spi.MistralTransports#of}), {@link dev.mistral4j.client.spi.ApiRequest},
 * {@link dev.mistral4j.client.spi.ResponseReader}, and the streamed multipart upload
 * ({@link dev.mistral4j.client.spi.FileUpload}) and download ({@link dev.mistral4j.client.spi.ContentReader}) in
 * constant memory. OkHttp types may appear here.
 */
package dev.mistral4j.client.spi;
