package dev.mistral4j.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of several clients measured in interleaved rounds (client A, B, C, then A, B, C again...), so that a burst of
 * load from the other engineers on the machine hits all of them alike. Ratios are taken round by round.
 */
final class Comparison {

    private final Map<String, Map<String, List<Double>>> byClient = new LinkedHashMap<>();

    void add(String client, String metric, double value) {
        byClient.computeIfAbsent(client, c -> new LinkedHashMap<>())
                .computeIfAbsent(metric, m -> new ArrayList<>()).add(value);
    }

    Sample sample(String client, String metric) {
        return Sample.of(values(client, metric));
    }

    /** {@code client / reference} per round. */
    Sample ratio(String client, String reference, String metric) {
        List<Double> values = values(client, metric);
        List<Double> references = values(reference, metric);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(values.size(), references.size()); i++) {
            ratios.add(values.get(i) / references.get(i));
        }
        return Sample.of(ratios);
    }

    private List<Double> values(String client, String metric) {
        List<Double> values = byClient.getOrDefault(client, Map.of()).get(metric);
        if (values == null) {
            throw new IllegalStateException("no " + metric + " measured for " + client);
        }
        return values;
    }
}
