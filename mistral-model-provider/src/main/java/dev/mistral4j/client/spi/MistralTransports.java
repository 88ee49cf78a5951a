package dev.mistral4j.client.spi;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.MistralClient;
import java.util.function.Function;

/**
 * Hands a {@link MistralClient}'s transport to sibling modules without making it part of the client's public API.
 * {@link MistralClient} registers the accessor in its static initializer, which this class runs before anything
 * else: the first registration wins, every later one is refused.
 */
public final class MistralTransports {

    private static volatile Function<MistralClient, MistralTransport> access;

    static {
        // loading MistralClient registers its accessor before any other code can reach register(...)
        try {
            Class.forName(MistralClient.class.getName(), true, MistralClient.class.getClassLoader());
        } catch (ClassNotFoundException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private MistralTransports() {
    }

    /** The transport {@code client} sends its calls through. */
    public static MistralTransport of(MistralClient client) {
        return access.apply(requireNonNull(client, "client"));
    }

    /**
     * Called once by {@link MistralClient}'s static initializer.
     *
     * @throws IllegalStateException when an accessor is already registered
     */
    public static synchronized void register(Function<MistralClient, MistralTransport> accessor) {
        requireNonNull(accessor, "accessor");
        if (access != null) {
            throw new IllegalStateException("the MistralClient transport accessor is already registered");
        }
        access = accessor;
    }
}
