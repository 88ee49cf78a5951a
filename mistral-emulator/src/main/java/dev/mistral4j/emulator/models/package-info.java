/**
 * The models the emulator serves: {@link dev.mistral4j.emulator.models.ModelRegistry} (base models, fine-tuned ones
 * added at runtime, lookup by id or alias with the deprecation header), {@link dev.mistral4j.emulator.models.ModelCard}
 * and the {@code /v1/models} routes. Other families look their models up here; it depends only on the server package.
 */
package dev.mistral4j.emulator.models;
