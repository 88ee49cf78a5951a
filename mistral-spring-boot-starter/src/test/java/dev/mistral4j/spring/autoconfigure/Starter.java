package dev.mistral4j.spring.autoconfigure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.RecordedRequest;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's auto-configurations in a context runner, and what tests read from the emulator. */
final class Starter {

    static final String KEY = "test-key";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Starter() {
    }

    /** Every auto-configuration of the starter, as the imports file lists them. */
    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                MistralEmulatorAutoConfiguration.class, MistralClientAutoConfiguration.class,
                MistralChatAutoConfiguration.class, MistralEmbeddingAutoConfiguration.class,
                MistralModerationAutoConfiguration.class, MistralFimAutoConfiguration.class,
                MistralBatchAutoConfiguration.class, MistralDocumentsAutoConfiguration.class,
                MistralCodeCompletionToolAutoConfiguration.class, MistralModelCatalogAutoConfiguration.class,
                MistralAdminAutoConfiguration.class, MistralMetricsAutoConfiguration.class,
                MistralHealthAutoConfiguration.class));
    }

    /** The properties pointing {@code group} at {@code emulator} with the test key. */
    static String[] group(MistralEmulator emulator, String group, String... more) {
        String prefix = MistralProperties.PREFIX + "." + group + ".";
        String[] properties = new String[more.length + 2];
        properties[0] = prefix + "base-url=" + emulator.baseUrl();
        properties[1] = prefix + "api-key=" + KEY;
        for (int i = 0; i < more.length; i++) {
            properties[i + 2] = prefix + more[i];
        }
        return properties;
    }

    /** The JSON body of the last request the emulator recorded to {@code path}. */
    static JsonNode lastBody(MistralEmulator emulator, String path) {
        RecordedRequest request = last(emulator, path);
        try {
            return JSON.readTree(request.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last request the emulator recorded to {@code path}. */
    static RecordedRequest last(MistralEmulator emulator, String path) {
        List<RecordedRequest> matching = emulator.recordedRequests().stream()
                .filter(request -> request.path().equals(path)).toList();
        if (matching.isEmpty()) {
            throw new AssertionError("no request to " + path + " in " + emulator.recordedRequests());
        }
        return matching.get(matching.size() - 1);
    }
}
