package dev.mistral4j.rag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a manifest records per source (its chunk hashes in order, and the fingerprint of the file they were made from),
 * in memory, and which sources changed since a commit.
 */
final class ManifestSources {

    private final Map<String, List<String>> hashes;
    private final Map<String, String> fingerprints;
    private final Set<String> changed = new HashSet<>();

    ManifestSources(Map<String, List<String>> persisted, Map<String, String> persistedFingerprints) {
        this.hashes = new TreeMap<>(persisted);
        this.fingerprints = new HashMap<>(persistedFingerprints);
        fingerprints.keySet().retainAll(hashes.keySet());
    }

    Set<String> sources() {
        return Set.copyOf(hashes.keySet());
    }

    List<String> chunkHashes(String source) {
        return hashes.getOrDefault(source, List.of());
    }

    void put(String source, List<String> chunkHashes) {
        hashes.put(source, List.copyOf(chunkHashes));
        fingerprints.remove(source);
        changed.add(source);
    }

    /** The file fingerprint of the source, or null. */
    String fingerprint(String source) {
        return fingerprints.get(source);
    }

    /** Records the fingerprint of a source that has chunk hashes; ignored for an unknown source. */
    void putFingerprint(String source, String fingerprint) {
        if (hashes.containsKey(source) && !fingerprint.equals(fingerprints.put(source, fingerprint))) {
            changed.add(source);
        }
    }

    void remove(String source) {
        fingerprints.remove(source);
        if (hashes.remove(source) != null) {
            changed.add(source);
        }
    }

    /** Every source, in order. */
    Map<String, List<String>> all() {
        return hashes;
    }

    /** The fingerprint of every source that has one. */
    Map<String, String> allFingerprints() {
        return fingerprints;
    }

    /** The sources put or removed since {@link #committed()}. */
    Set<String> changed() {
        return changed;
    }

    void committed() {
        changed.clear();
    }
}
