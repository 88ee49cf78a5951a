package dev.mistral4j.spring.autoconfigure;

import dev.mistral4j.client.MistralClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;

/**
 * The clients of the groups: one {@link MistralClient}, and so one connection pool, per distinct set of connection
 * properties. Closed with the application context.
 */
final class MistralClients implements DisposableBean {

    private final String emulatorUrl;
    private final Map<ClientSettings, MistralClient> clients = new LinkedHashMap<>();
    private final Map<MistralClient, List<String>> groups = new LinkedHashMap<>();

    /** @param emulatorUrl the base URL every group is pointed at, or {@code null} for each group's own */
    MistralClients(String emulatorUrl) {
        this.emulatorUrl = emulatorUrl;
    }

    /** Whether every group talks to the in-process emulator. */
    boolean emulated() {
        return emulatorUrl != null;
    }

    /** The client of {@code group}, shared with every group of the same connection properties. */
    synchronized MistralClient client(String group, ConnectionProperties properties) {
        ClientSettings settings = ClientSettings.of(properties, emulatorUrl);
        MistralClient client = clients.get(settings);
        if (client == null) {
            client = PropertyFailures.building(MistralProperties.PREFIX + "." + group,
                    PropertyFailures.CLIENT_OPTIONS, settings::newClient);
            clients.put(settings, client);
        }
        groups.computeIfAbsent(client, created -> new ArrayList<>()).add(group);
        return client;
    }

    /** Each client made so far, with the names of the groups using it in alphabetical order. */
    synchronized Map<MistralClient, List<String>> groupsByClient() {
        Map<MistralClient, List<String>> copy = new LinkedHashMap<>();
        groups.forEach((client, names) -> copy.put(client, names.stream().sorted().toList()));
        return copy;
    }

    @Override
    public synchronized void destroy() {
        clients.values().forEach(MistralClient::close);
        clients.clear();
        groups.clear();
    }
}
