/**
 * The wire records of {@code /v1/models}: the model list, one model card with its capabilities and
 * deprecation, and the answer to a delete.
 */
package dev.mistral4j.client.models;
