/**
 * The Mistral API emulator as users meet it: {@link dev.mistral4j.emulator.MistralEmulator} (builder, start and
 * stop, runtime settings, recorded requests, contract violations), {@link dev.mistral4j.emulator.Fault} and
 * {@link dev.mistral4j.emulator.Faults} to inject failures, {@link dev.mistral4j.emulator.RecordedRequest},
 * {@link dev.mistral4j.emulator.MistralEmulatorExtension} for JUnit 5 and {@link dev.mistral4j.emulator.Main} for the
 * command line. {@code MistralEmulator} assembles the server and the resource families; nothing else in the module
 * depends on this package. The emulator shares the API contract with the client, never its code.
 */
package dev.mistral4j.emulator;
