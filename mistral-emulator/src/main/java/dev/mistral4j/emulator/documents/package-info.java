/**
 * Documents and audio into text: {@code POST /v1/ocr} answered from the document itself (a PDF read with Apache
 * PDFBox page by page; a PNG or JPEG described from its header) and {@code POST /v1/audio/transcriptions} answered
 * from the recording (duration from its WAV or OGG header, text seeded by its bytes, plain or streamed). Documents
 * and recordings come as {@code data:} URLs, stored file ids, or the emulator's own file URLs; the emulator cannot
 * fetch anything from the internet and answers such URLs as the API answers a URL it cannot download. Depends on
 * the server, models and files packages; annotations reach the chat family through the server's in-process calls.
 */
package dev.mistral4j.emulator.documents;
