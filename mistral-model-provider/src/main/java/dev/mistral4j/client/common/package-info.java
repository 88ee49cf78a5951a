/**
 * Wire records shared by several resources: token {@code Usage} with its prompt-token details, and the lenient
 * integer reading some of the API's counters need.
 */
package dev.mistral4j.client.common;
