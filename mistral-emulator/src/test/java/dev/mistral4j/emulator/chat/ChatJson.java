package dev.mistral4j.emulator.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.io.UncheckedIOException;
import java.util.List;

/** Test support: JSON from text, and assertions that outputs keep the wire contract. */
final class ChatJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ChatJson() {
    }

    /** Parses JSON written with single quotes for readability. */
    static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the request is valid for the chat or FIM endpoint, so scenarios only use what clients may send. */
    static JsonNode validRequest(String path, JsonNode request) {
        assertThat(ContractValidator.mistralApi().validateRequest("POST", path, "application/json",
                request.toString())).as("request %s", request).isEmpty();
        return request;
    }

    static ObjectNode validResponse(String schema, ObjectNode response) {
        assertThat(ContractValidator.mistralApi().validateSchema(schema, response.toString()))
                .as("%s %s", schema, response).isEmpty();
        return response;
    }

    static List<ObjectNode> validChunks(List<ObjectNode> chunks) {
        assertThat(chunks).isNotEmpty();
        chunks.forEach(chunk -> validResponse("CompletionChunk", chunk));
        return chunks;
    }

    /** The violations of {@code value} against a JSON schema (draft 2020-12). */
    static List<?> schemaViolations(JsonNode schema, JsonNode value) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema).validate(value);
    }
}
