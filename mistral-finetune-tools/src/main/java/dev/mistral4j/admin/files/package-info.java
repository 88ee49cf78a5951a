/**
 * The wire records of {@code /v1/files}: file objects, lists and list queries, purposes, sample types, sources,
 * visibilities, signed URLs and the answer to a delete.
 */
package dev.mistral4j.admin.files;
