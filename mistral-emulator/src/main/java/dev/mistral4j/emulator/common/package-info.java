/**
 * What several resource families share and that is not HTTP: the emulator's token count
 * ({@link dev.mistral4j.emulator.common.Tokens}), used by chat and FIM limits and usage, and by embedding batch
 * limits. Depends on nothing else in the module.
 */
package dev.mistral4j.emulator.common;
