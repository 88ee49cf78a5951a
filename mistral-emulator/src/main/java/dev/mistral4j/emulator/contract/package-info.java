/**
 * The API contract: {@link dev.mistral4j.emulator.contract.ContractValidator} validates requests, responses and
 * single schemas against the public Mistral API description (OpenAPI 3.1) bundled with the emulator. The server
 * checks every request and response with it, tests use it directly. Depends on nothing else in the module.
 */
package dev.mistral4j.emulator.contract;
