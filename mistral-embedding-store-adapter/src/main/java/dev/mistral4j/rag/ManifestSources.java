package dev.mistral4j.rag;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a manifest records per source (its chunk hashes in order), in memory, and which sources changed since a commit. */
final class ManifestSources {

    private final Map<String, List<String>> hashes;
    private final Set<String> changed = new HashSet<>();

    ManifestSources(Map<String, List<String>> persisted) {
        this.hashes = new TreeMap<>(persisted);
    }

    Set<String> sources() {
        return Set.copyOf(hashes.keySet());
    }

    List<String> chunkHashes(String source) {
        return hashes.getOrDefault(source, List.of());
    }

    void put(String source, List<String> chunkHashes) {
        hashes.put(source, List.copyOf(chunkHashes));
        changed.add(source);
    }

    void remove(String source) {
        if (hashes.remove(source) != null) {
            changed.add(source);
        }
    }

    /** Every source, in order. */
    Map<String, List<String>> all() {
        return hashes;
    }

    /** The sources put or removed since {@link #committed()}. */
    Set<String> changed() {
        return changed;
    }

    void committed() {
        changed.clear();
    }
}
