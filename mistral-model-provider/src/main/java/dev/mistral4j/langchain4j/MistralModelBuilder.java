package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.client.internal.OptionCheck;
import java.net.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;

/**
 * The connection options every Mistral model builder shares, under the names {@code langchain4j-mistral-ai} uses.
 *
 * <p>Either give a ready {@link MistralClient} with {@link #client(MistralClient)} (models then share its
 * connection pool), or the options below, from which the model builds its own client. Options left unset fall back
 * to the client's defaults and to the {@code MISTRAL_API_KEY} and {@code MISTRAL_BASE_URL} environment variables.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class MistralModelBuilder<B extends MistralModelBuilder<B>> {

    private MistralClient client;
    private String apiKey;
    private String baseUrl;
    private Duration timeout;
    private Duration streamIdleTimeout;
    private Boolean logRequests;
    private Boolean logResponses;
    private Logger logger;
    private Integer maxRetries;
    private RetryPolicy retryPolicy;
    private Supplier<Map<String, String>> customHeaders;
    private OkHttpClient okHttpClient;
    private Proxy proxy;
    private String proxyUsername;
    private String proxyPassword;
    private boolean connectionOptionSet;

    protected MistralModelBuilder() {
    }

    /** This builder, as its own type, for the setters of subclasses. */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    private B connection() {
        connectionOptionSet = true;
        return self();
    }

    /** A client to share between models; it excludes the other connection options. */
    public B client(MistralClient client) {
        this.client = requireNonNull(client, "client");
        return self();
    }

    /** The API key; default: the {@code MISTRAL_API_KEY} environment variable. */
    public B apiKey(String apiKey) {
        this.apiKey = apiKey;
        return connection();
    }

    /** The base URL such as {@code https://api.mistral.ai/v1}; default: {@code MISTRAL_BASE_URL}, else that URL. */
    public B baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return connection();
    }

    /** The read and call timeout of one attempt; default 60 s read, 120 s call. */
    public B timeout(Duration timeout) {
        this.timeout = OptionCheck.nonNegative("timeout", timeout);
        return connection();
    }

    /** The longest silence between two stream events; default 60 s. */
    public B streamIdleTimeout(Duration streamIdleTimeout) {
        this.streamIdleTimeout = OptionCheck.nonNegative("streamIdleTimeout", streamIdleTimeout);
        return connection();
    }

    /** Logs requests through SLF4J, with the key masked; default off. */
    public B logRequests(Boolean logRequests) {
        this.logRequests = logRequests;
        return connection();
    }

    /** Logs responses and stream events through SLF4J; default off. */
    public B logResponses(Boolean logResponses) {
        this.logResponses = logResponses;
        return connection();
    }

    /** The logger for requests and responses. */
    public B logger(Logger logger) {
        this.logger = logger;
        return connection();
    }

    /** Retries after the first attempt, 0 to 19; default 2. */
    public B maxRetries(Integer maxRetries) {
        this.maxRetries = OptionCheck.maxRetries(maxRetries);
        return connection();
    }

    /** The whole retry policy (backoff, jitter, deadline), when {@link #maxRetries(Integer)} is not enough. */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
        return connection();
    }

    /** Headers sent with every request; one named {@code Authorization} is refused here (use {@link #apiKey}). */
    public B customHeaders(Map<String, String> customHeaders) {
        Map<String, String> copy = Map.copyOf(OptionCheck.customHeaders(customHeaders));
        this.customHeaders = () -> copy;
        return connection();
    }

    /**
     * Headers computed for each request; the map form's rules are checked on each request, since the values change:
     * one that sets {@code Authorization} fails that request.
     */
    public B customHeaders(Supplier<Map<String, String>> customHeaders) {
        this.customHeaders = customHeaders;
        return connection();
    }

    /** Your own OkHttp client (proxies, TLS, interceptors); replaces the peer module's {@code httpClientBuilder}. */
    public B okHttpClient(OkHttpClient okHttpClient) {
        this.okHttpClient = okHttpClient;
        return connection();
    }

    /**
     * The proxy every call goes through, or {@link Proxy#NO_PROXY} to connect directly; default: the JVM's proxy
     * selector and its standard system properties ({@code https.proxyHost}, {@code http.nonProxyHosts}, ...).
     * Cannot be combined with {@link #okHttpClient(OkHttpClient)}.
     */
    public B proxy(Proxy proxy) {
        this.proxy = requireNonNull(proxy, "proxy");
        return connection();
    }

    /** Credentials sent as {@code Proxy-Authorization} when the proxy answers 407; never logged. */
    public B proxyAuthentication(String username, String password) {
        OptionCheck.proxyCredentials(username, password);
        this.proxyUsername = username;
        this.proxyPassword = password;
        return connection();
    }

    /** The client given with {@link #client(MistralClient)}, or a new one built from the connection options. */
    protected MistralClient buildClient() {
        if (client != null) {
            if (connectionOptionSet) {
                throw new IllegalArgumentException("client(...) excludes the connection options (apiKey, baseUrl, "
                        + "timeout, logging, retries, headers, okHttpClient, proxy): set them on the client instead");
            }
            return client;
        }
        MistralClient.Builder builder = MistralClient.builder().apiKey(apiKey).baseUrl(baseUrl);
        if (timeout != null) {
            builder.timeout(timeout);
        }
        if (streamIdleTimeout != null) {
            builder.streamIdleTimeout(streamIdleTimeout);
        }
        if (retryPolicy != null) {
            builder.retryPolicy(retryPolicy);
        }
        if (maxRetries != null) {
            builder.maxRetries(maxRetries);
        }
        if (customHeaders != null) {
            builder.customHeaders(customHeaders);
        }
        if (okHttpClient != null) {
            builder.okHttpClient(okHttpClient);
        }
        if (proxy != null) {
            builder.proxy(proxy);
        }
        if (proxyUsername != null) {
            builder.proxyAuthentication(proxyUsername, proxyPassword);
        }
        if (logger != null) {
            builder.logger(logger);
        }
        return builder.logRequests(Boolean.TRUE.equals(logRequests))
                .logResponses(Boolean.TRUE.equals(logResponses))
                .build();
    }
}
