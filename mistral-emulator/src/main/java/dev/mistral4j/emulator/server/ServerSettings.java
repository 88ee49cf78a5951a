package dev.mistral4j.emulator.server;

import java.nio.file.Path;

/**
 * The fixed settings of one {@link EmulatorServer}.
 *
 * @param port               the port to listen on, 0 for a free one
 * @param apiKey             the key clients must send as {@code Authorization: Bearer KEY}; {@code null} accepts any
 * @param contractValidation whether requests and responses are checked against the bundled contract
 * @param seed               the seed of the request ids
 * @param uploadDirectory    where multipart uploads are spooled, on the file system of the stored files
 */
public record ServerSettings(int port, String apiKey, boolean contractValidation, long seed, Path uploadDirectory) {
}
