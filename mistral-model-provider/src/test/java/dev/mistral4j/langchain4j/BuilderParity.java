package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asserts that one of our builders accepts every option of a peer builder (public method name and parameter types),
 * so that swapping the peer's class for ours compiles. Peer-only types map to ours with {@link #mapping}; a peer
 * option we deliberately replace is declared with {@link #replacedBy}, which asserts the replacement exists.
 *
 * <pre>{@code
 * BuilderParity.of(MistralAiFimModel.Builder.class)
 *         .mapping(MistralAiFimModelName.class, MistralFimModelName.class)
 *         .replacedBy("httpClientBuilder", "okHttpClient", OkHttpClient.class)
 *         .assertCoveredBy(MistralFimModel.Builder.class);
 * }</pre>
 */
final class BuilderParity {

    private record Replacement(String peerName, String ourName, Class<?>[] ourParameters) {
    }

    private final Class<?> peer;
    private final Map<Class<?>, Class<?>> mappings = new HashMap<>();
    private final List<Replacement> replacements = new ArrayList<>();

    private BuilderParity(Class<?> peer) {
        this.peer = peer;
    }

    static BuilderParity of(Class<?> peerBuilder) {
        return new BuilderParity(peerBuilder);
    }

    /** Wherever the peer takes {@code peerType}, ours must take {@code ourType}. */
    BuilderParity mapping(Class<?> peerType, Class<?> ourType) {
        mappings.put(peerType, ourType);
        return this;
    }

    /** The peer's option {@code peerName} (any parameters) is replaced by our {@code ourName(ourParameters)}. */
    BuilderParity replacedBy(String peerName, String ourName, Class<?>... ourParameters) {
        replacements.add(new Replacement(peerName, ourName, ourParameters));
        return this;
    }

    void assertCoveredBy(Class<?> ours) {
        List<String> missing = Arrays.stream(peer.getMethods())
                .filter(method -> method.getDeclaringClass() != Object.class)
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> replacements.stream().noneMatch(r -> r.peerName().equals(method.getName())))
                .filter(method -> !hasSetter(ours, method.getName(), ourTypes(method)))
                .map(BuilderParity::signature)
                .sorted()
                .toList();
        assertThat(missing).as("options of %s missing from %s", peer.getName(), ours.getName()).isEmpty();
        for (Replacement replacement : replacements) {
            assertThat(Arrays.stream(peer.getMethods()).anyMatch(m -> m.getName().equals(replacement.peerName())))
                    .as("%s has %s, the option said to be replaced", peer.getName(), replacement.peerName())
                    .isTrue();
            assertThat(hasMethod(ours, replacement.ourName(), replacement.ourParameters()))
                    .as("%s replaces %s with %s", ours.getName(), replacement.peerName(), replacement.ourName())
                    .isTrue();
        }
    }

    private Class<?>[] ourTypes(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(type -> mappings.getOrDefault(type, type))
                .toArray(Class<?>[]::new);
    }

    private static boolean hasMethod(Class<?> type, String name, Class<?>[] parameters) {
        try {
            return Modifier.isPublic(type.getMethod(name, parameters).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A public method that, unless it is {@code build}, returns the builder itself so that chains compile. */
    private static boolean hasSetter(Class<?> builder, String name, Class<?>[] parameters) {
        return hasMethod(builder, name, parameters) && (name.equals("build") || returnsTheBuilder(builder, name,
                parameters));
    }

    /** Whether the declaration (not a compiler bridge) returns the builder, directly or as the self type. */
    private static boolean returnsTheBuilder(Class<?> builder, String name, Class<?>[] parameters) {
        for (Class<?> type = builder; type != null; type = type.getSuperclass()) {
            try {
                Method declared = type.getDeclaredMethod(name, parameters);
                if (!declared.isBridge()) {
                    return declared.getReturnType() == builder
                            || declared.getGenericReturnType() instanceof TypeVariable<?> variable
                            && variable.getGenericDeclaration() == type;
                }
            } catch (NoSuchMethodException notHere) {
                // declared further up
            }
        }
        return false;
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
