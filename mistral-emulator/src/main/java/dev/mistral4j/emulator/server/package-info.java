/**
 * The HTTP side on Javalin: {@link dev.mistral4j.emulator.server.EmulatorServer} serves every route through one
 * pipeline of small stages (API key, fault selection, latency, fault injection, JSON body, contract check), then the
 * endpoint, then the reply writer (response contract check, recording, writing with stream faults). Resource families
 * add their operations through {@link dev.mistral4j.emulator.server.Routes}; endpoints see an
 * {@link dev.mistral4j.emulator.server.Exchange}, answer a {@link dev.mistral4j.emulator.server.Reply} or throw an
 * {@link dev.mistral4j.emulator.server.ApiError}. {@link dev.mistral4j.emulator.server.InProcessCalls} serves a JSON
 * {@code POST} to any family's operation without HTTP (contract checks included), so batch jobs reach the other
 * families through the server, not directly. It depends only on the contract package: faults and the request
 * log reach it through {@link dev.mistral4j.emulator.server.FaultSource} and
 * {@link dev.mistral4j.emulator.server.RequestLog}. Public types here are the emulator's internals, with no
 * compatibility promise.
 */
package dev.mistral4j.emulator.server;
