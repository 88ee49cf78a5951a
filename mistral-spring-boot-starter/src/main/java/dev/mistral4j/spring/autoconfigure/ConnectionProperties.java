package dev.mistral4j.spring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a group reaches the API. Groups with equal connection properties share one {@code MistralClient}, and so one
 * connection pool. Unset values fall back to the client's defaults and to the {@code MISTRAL_API_KEY} and
 * {@code MISTRAL_BASE_URL} environment variables.
 */
public class ConnectionProperties {

    /** Base URL of the API, ending in its version; default MISTRAL_BASE_URL, else https://api.mistral.ai/v1. */
    private String baseUrl;

    /** API key; the group's beans exist only when it is set (or when the emulator is enabled). */
    private String apiKey;

    /** Read and call timeout of one attempt, such as 60s or PT60S; default 60 s read, 120 s call. */
    private Duration timeout;

    /** Longest silence between two events of a stream; default 60 s. */
    private Duration streamIdleTimeout;

    /** Whether requests are logged through SLF4J at INFO, with the key masked; default false. */
    private Boolean logRequests;

    /** Whether responses and stream events are logged through SLF4J at INFO; default false. */
    private Boolean logResponses;

    /** Retries after the first attempt, 0 to 19; default 2. Applied on top of the retry policy below. */
    private Integer maxRetries;

    /** Headers sent with every request, by name; they cannot replace Authorization. */
    private Map<String, String> customHeaders = new LinkedHashMap<>();

    /** Retry policy: backoff, jitter and deadline of failed calls (429, 5xx, connection failures). */
    private final Retry retry = new Retry();

    /** HTTP client: connect and write timeouts, connection pool and concurrency. */
    private final Http http = new Http();

    /** Proxy of the group's calls; unset: the JVM's proxy properties (https.proxyHost, http.nonProxyHosts, ...). */
    private final Proxy proxy = new Proxy();

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getStreamIdleTimeout() {
        return streamIdleTimeout;
    }

    public void setStreamIdleTimeout(Duration streamIdleTimeout) {
        this.streamIdleTimeout = streamIdleTimeout;
    }

    public Boolean getLogRequests() {
        return logRequests;
    }

    public void setLogRequests(Boolean logRequests) {
        this.logRequests = logRequests;
    }

    public Boolean getLogResponses() {
        return logResponses;
    }

    public void setLogResponses(Boolean logResponses) {
        this.logResponses = logResponses;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Map<String, String> getCustomHeaders() {
        return customHeaders;
    }

    public void setCustomHeaders(Map<String, String> customHeaders) {
        this.customHeaders = customHeaders;
    }

    public Retry getRetry() {
        return retry;
    }

    public Http getHttp() {
        return http;
    }

    public Proxy getProxy() {
        return proxy;
    }

    /** The retry policy of the group's client; unset values keep {@code RetryPolicy.defaults()}. */
    public static class Retry {

        /** Attempts in all, the first included, 1 to 20; default 3. */
        private Integer maxAttempts;

        /** First backoff; default 500ms. */
        private Duration initialDelay;

        /** Longest backoff; default 8s. */
        private Duration maxDelay;

        /** Growth of the backoff from one retry to the next, 1.0 to 10.0; default 2.0. */
        private Double multiplier;

        /** Random spread of each backoff as a fraction of it, 0.0 to 1.0; default 0.2. */
        private Double jitter;

        /** Time from the first attempt after which no retry starts; default 2m. */
        private Duration totalDeadline;

        /** Longest Retry-After worth waiting for; a longer one fails at once; default 60s. */
        private Duration maxRetryAfter;

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public Double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(Double multiplier) {
            this.multiplier = multiplier;
        }

        public Double getJitter() {
            return jitter;
        }

        public void setJitter(Double jitter) {
            this.jitter = jitter;
        }

        public Duration getTotalDeadline() {
            return totalDeadline;
        }

        public void setTotalDeadline(Duration totalDeadline) {
            this.totalDeadline = totalDeadline;
        }

        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }
    }

    /** The HTTP client of the group; unset values keep the client's defaults. */
    public static class Http {

        /** Time to open a connection; default 10s; 0 means no limit. */
        private Duration connectTimeout;

        /** Longest stall while sending a body; default 60s; 0 means no limit. */
        private Duration writeTimeout;

        /** Concurrent streams and asynchronous calls of the client, 1 to 1024; default 64. */
        private Integer maxConcurrentRequests;

        /** Idle connections kept in the pool, 0 to 1024; default 16. */
        private Integer maxIdleConnections;

        /** How long an idle connection stays in the pool; default 5m. */
        private Duration keepAlive;

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getWriteTimeout() {
            return writeTimeout;
        }

        public void setWriteTimeout(Duration writeTimeout) {
            this.writeTimeout = writeTimeout;
        }

        public Integer getMaxConcurrentRequests() {
            return maxConcurrentRequests;
        }

        public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
            this.maxConcurrentRequests = maxConcurrentRequests;
        }

        public Integer getMaxIdleConnections() {
            return maxIdleConnections;
        }

        public void setMaxIdleConnections(Integer maxIdleConnections) {
            this.maxIdleConnections = maxIdleConnections;
        }

        public Duration getKeepAlive() {
            return keepAlive;
        }

        public void setKeepAlive(Duration keepAlive) {
            this.keepAlive = keepAlive;
        }
    }

    /** The proxy of the group's client; without a host the JVM's proxy system properties apply. */
    public static class Proxy {

        /** Host name or address of the proxy. */
        private String host;

        /** Port of the proxy, 1 to 65535; required with the host. */
        private Integer port;

        /** HTTP or SOCKS; default HTTP. */
        private java.net.Proxy.Type type = java.net.Proxy.Type.HTTP;

        /** User name sent as Proxy-Authorization when the proxy answers 407. */
        private String username;

        /** Password sent with the user name; never logged. */
        private String password;

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public Integer getPort() {
            return port;
        }

        public void setPort(Integer port) {
            this.port = port;
        }

        public java.net.Proxy.Type getType() {
            return type;
        }

        public void setType(java.net.Proxy.Type type) {
            this.type = type;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
