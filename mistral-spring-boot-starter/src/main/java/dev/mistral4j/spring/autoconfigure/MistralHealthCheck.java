package dev.mistral4j.spring.autoconfigure;

import dev.mistral4j.client.MistralClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks each client the groups use with {@code GET /v1/models}: up when every key is accepted. Independent of the
 * Boot line; each line's health indicator adapts it.
 */
final class MistralHealthCheck {

    /** The outcome: up or down, with one detail per client naming its groups. */
    record Result(boolean up, Map<String, Object> details) {
    }

    private final MistralClients clients;

    MistralHealthCheck(MistralClients clients) {
        this.clients = clients;
    }

    Result check() {
        boolean up = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<MistralClient, List<String>> entry : clients.groupsByClient().entrySet()) {
            String groups = String.join(",", entry.getValue());
            try {
                int models = entry.getKey().models().list().data().size();
                details.put(groups, "ok, " + models + " models");
            } catch (RuntimeException e) {
                up = false;
                details.put(groups, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return new Result(up, details);
    }
}
