/**
 * {@code /v1/files}: uploads spooled to disk (never held in memory), listing with filters and pages, downloads byte
 * for byte, signed URLs. {@link dev.mistral4j.emulator.files.StoredFiles} is the store other families read files
 * from and write generated files to (fine-tuning, batch, OCR and audio). Depends only on the server package.
 */
package dev.mistral4j.emulator.files;
