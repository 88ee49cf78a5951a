package dev.mistral4j.spring.autoconfigure;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** The connection properties of a group as a value: groups with equal settings share one client. */
record ClientSettings(String baseUrl, String apiKey, Duration timeout, Duration streamIdleTimeout,
                      boolean logRequests, boolean logResponses, Integer maxRetries,
                      Map<String, String> customHeaders, Retry retry, Http http, ProxySettings proxy) {

    /** The retry policy's settings; all {@code null} keeps {@link RetryPolicy#defaults()}. */
    record Retry(Integer maxAttempts, Duration initialDelay, Duration maxDelay, Double multiplier, Double jitter,
                 Duration totalDeadline, Duration maxRetryAfter) {

        boolean isDefault() {
            return equals(new Retry(null, null, null, null, null, null, null));
        }

        RetryPolicy policy() {
            RetryPolicy.Builder policy = RetryPolicy.defaults().toBuilder();
            ifSet(maxAttempts, policy::maxAttempts);
            ifSet(initialDelay, policy::initialDelay);
            ifSet(maxDelay, policy::maxDelay);
            ifSet(multiplier, policy::multiplier);
            ifSet(jitter, policy::jitter);
            ifSet(totalDeadline, policy::totalDeadline);
            ifSet(maxRetryAfter, policy::maxRetryAfter);
            return policy.build();
        }
    }

    /** The HTTP client's settings. */
    record Http(Duration connectTimeout, Duration writeTimeout, Integer maxConcurrentRequests,
                Integer maxIdleConnections, Duration keepAlive) {
    }

    /** The proxy's settings; no host keeps the JVM's proxy selector. */
    record ProxySettings(String host, Integer port, Proxy.Type type, String username, String password) {

        void applyTo(MistralClient.Builder client) {
            if (host != null && !host.isBlank()) {
                if (port == null || port < 1 || port > 65535) {
                    throw new IllegalArgumentException("proxyPort must be between 1 and 65535 when proxy.host is "
                            + "set, got " + port);
                }
                if (type == null || type == Proxy.Type.DIRECT) {
                    throw new IllegalArgumentException("proxyType must be HTTP or SOCKS with a proxy host, got "
                            + type);
                }
                client.proxy(new Proxy(type, InetSocketAddress.createUnresolved(host.trim(), port)));
            }
            if (username != null || password != null) {
                client.proxyAuthentication(username, password);
            }
        }

        /** Without the password. */
        @Override
        public String toString() {
            return "ProxySettings{host=" + host + ", port=" + port + ", type=" + type + ", username=" + username + '}';
        }
    }

    /** The settings of {@code group}, pointed at {@code emulatorUrl} when that is not {@code null}. */
    static ClientSettings of(ConnectionProperties group, String emulatorUrl) {
        ConnectionProperties.Retry retry = group.getRetry();
        ConnectionProperties.Http http = group.getHttp();
        ConnectionProperties.Proxy proxy = group.getProxy();
        String apiKey = group.getApiKey();
        if (emulatorUrl != null && (apiKey == null || apiKey.isBlank())) {
            apiKey = "emulator";
        }
        return new ClientSettings(emulatorUrl != null ? emulatorUrl : group.getBaseUrl(), apiKey,
                group.getTimeout(), group.getStreamIdleTimeout(), Boolean.TRUE.equals(group.getLogRequests()),
                Boolean.TRUE.equals(group.getLogResponses()), group.getMaxRetries(),
                group.getCustomHeaders() == null ? Map.of() : Map.copyOf(group.getCustomHeaders()),
                new Retry(retry.getMaxAttempts(), retry.getInitialDelay(), retry.getMaxDelay(),
                        retry.getMultiplier(), retry.getJitter(), retry.getTotalDeadline(),
                        retry.getMaxRetryAfter()),
                new Http(http.getConnectTimeout(), http.getWriteTimeout(), http.getMaxConcurrentRequests(),
                        http.getMaxIdleConnections(), http.getKeepAlive()),
                new ProxySettings(proxy.getHost(), proxy.getPort(), proxy.getType(), proxy.getUsername(),
                        proxy.getPassword()));
    }

    MistralClient newClient() {
        MistralClient.Builder client = MistralClient.builder().apiKey(apiKey).baseUrl(baseUrl)
                .logRequests(logRequests).logResponses(logResponses);
        ifSet(timeout, client::timeout);
        ifSet(streamIdleTimeout, client::streamIdleTimeout);
        ifSet(http.connectTimeout, client::connectTimeout);
        ifSet(http.writeTimeout, client::writeTimeout);
        ifSet(http.maxConcurrentRequests, client::maxConcurrentRequests);
        ifSet(http.maxIdleConnections, client::maxIdleConnections);
        ifSet(http.keepAlive, client::keepAlive);
        if (!retry.isDefault()) {
            client.retryPolicy(retry.policy());
        }
        // after the policy, as the model builders do: it keeps the rest of the policy
        ifSet(maxRetries, client::maxRetries);
        if (!customHeaders.isEmpty()) {
            client.customHeaders(customHeaders);
        }
        proxy.applyTo(client);
        return client.build();
    }

    /** Passes {@code value} to {@code setter} when it is set, so that unset properties keep the builder's default. */
    static <T> void ifSet(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** Without the key, which must never reach a log or an error message. */
    @Override
    public String toString() {
        return "ClientSettings{baseUrl=" + baseUrl + ", timeout=" + timeout + ", proxy=" + proxy + '}';
    }
}
