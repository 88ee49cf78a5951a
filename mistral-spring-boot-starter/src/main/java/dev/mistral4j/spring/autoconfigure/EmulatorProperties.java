package dev.mistral4j.spring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The in-process emulator that every group talks to when enabled, so that an application runs without a key. */
@ConfigurationProperties(prefix = EmulatorProperties.PREFIX)
public class EmulatorProperties {

    /** The prefix of the emulator's properties. */
    public static final String PREFIX = "mistral4j.emulator";

    /** Whether an in-process emulator starts and every group points at it; needs mistral-emulator; default false. */
    private boolean enabled;

    /** Port of the emulator; 0 picks a free one; default 0. */
    private int port;

    /** Seed of everything random in the emulator's answers; the same seed gives the same answers; default 42. */
    private long seed = 42;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }
}
