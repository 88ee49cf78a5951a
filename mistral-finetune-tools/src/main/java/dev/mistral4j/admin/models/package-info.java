/**
 * The wire records of the fine-tuned model routes of {@code /v1/models} and {@code /v1/fine_tuning/models}:
 * fine-tuned models, their capabilities, updates and archive status.
 */
package dev.mistral4j.admin.models;
