package dev.mistral4j.spring.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;

/**
 * Turns a builder's {@link IllegalArgumentException} into an {@link InvalidMistralPropertyException} naming the
 * property. The builders' messages start with, or mention, the option they reject (such as {@code temperature must be
 * between 0 and 1.5}); the first word that is an option of the group gives the property.
 */
final class PropertyFailures {

    /** The options of {@code MistralClient.Builder} and {@code RetryPolicy.Builder}, by the properties setting them. */
    static final Map<String, String> CLIENT_OPTIONS = Map.ofEntries(
            Map.entry("baseUrl", "base-url"),
            Map.entry("apiKey", "api-key"),
            Map.entry("readTimeout", "timeout"),
            Map.entry("callTimeout", "timeout"),
            Map.entry("streamIdleTimeout", "stream-idle-timeout"),
            Map.entry("maxRetries", "max-retries"),
            Map.entry("customHeaders", "custom-headers"),
            Map.entry("connectTimeout", "http.connect-timeout"),
            Map.entry("writeTimeout", "http.write-timeout"),
            Map.entry("maxConcurrentRequests", "http.max-concurrent-requests"),
            Map.entry("maxIdleConnections", "http.max-idle-connections"),
            Map.entry("keepAlive", "http.keep-alive"),
            Map.entry("maxAttempts", "retry.max-attempts"),
            Map.entry("initialDelay", "retry.initial-delay"),
            Map.entry("maxDelay", "retry.max-delay"),
            Map.entry("multiplier", "retry.multiplier"),
            Map.entry("jitter", "retry.jitter"),
            Map.entry("totalDeadline", "retry.total-deadline"),
            Map.entry("maxRetryAfter", "retry.max-retry-after"),
            Map.entry("proxyPort", "proxy.port"),
            Map.entry("proxyType", "proxy.type"),
            Map.entry("proxyAuthentication", "proxy.username"));

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private PropertyFailures() {
    }

    /**
     * The options of a model builder: the group's own properties (those of its class and of its superclasses below
     * {@link ConnectionProperties}) by their camel-case names, and those of its nested property classes, such as a
     * batch group's {@code job.*}.
     */
    static Map<String, String> modelOptions(Class<? extends ConnectionProperties> group) {
        Map<String, String> options = new HashMap<>();
        addOptions(group, "", options);
        return options;
    }

    private static void addOptions(Class<?> type, String prefix, Map<String, String> options) {
        for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
            if (descriptor.getReadMethod() == null) {
                continue;
            }
            Class<?> declaring = descriptor.getReadMethod().getDeclaringClass();
            if (declaring == Object.class || declaring == ConnectionProperties.class) {
                continue;
            }
            Class<?> propertyType = descriptor.getPropertyType();
            if (propertyType.getPackage() == PropertyFailures.class.getPackage() && !propertyType.isEnum()) {
                addOptions(propertyType, prefix + kebab(descriptor.getName()) + ".", options);
            } else {
                options.put(descriptor.getName(), prefix + kebab(descriptor.getName()));
            }
        }
    }

    /** Runs {@code build}, naming the property under {@code prefix} that a builder rejects. */
    static <T> T building(String prefix, Map<String, String> options, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidMistralPropertyException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            throw new InvalidMistralPropertyException(prefix + property(message, options), message, e);
        }
    }

    private static String property(String message, Map<String, String> options) {
        Matcher words = WORD.matcher(message);
        while (words.find()) {
            String property = options.get(words.group());
            if (property != null) {
                return "." + property;
            }
        }
        return "";
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
