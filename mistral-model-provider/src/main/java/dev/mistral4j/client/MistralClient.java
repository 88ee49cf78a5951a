package dev.mistral4j.client;

import static dev.mistral4j.client.internal.OptionCheck.between;
import static dev.mistral4j.client.internal.OptionCheck.nonNegative;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.client.internal.DeprecationWarnings;
import dev.mistral4j.client.internal.HttpLogger;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.internal.OptionCheck;
import dev.mistral4j.client.internal.ProxyCredentials;
import dev.mistral4j.client.internal.RetryTiming;
import dev.mistral4j.client.internal.SecretRedactor;
import dev.mistral4j.client.spi.MistralTransports;
import java.net.Proxy;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point to the Mistral API: one small service per resource on one shared transport.
 *
 * <pre>{@code
 * MistralClient client = MistralClient.builder().build(); // key from MISTRAL_API_KEY
 * ChatCompletionResponse answer = client.chat().complete(ChatCompletionRequest.builder()
 *         .model("mistral-small-latest").messages(UserMessage.of("Hello")).build());
 * }</pre>
 *
 * <p>Thread-safe; build one per application and share it. {@link #close()} releases the connection pool and
 * threads the client created (never those of an {@code OkHttpClient} you passed in).
 */
public final class MistralClient implements AutoCloseable {

    /** The public API's base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.mistral.ai/v1";

    private static final Logger LOG = LoggerFactory.getLogger(MistralClient.class);

    static {
        // sibling modules reach the transport through the spi, not through a public method of the client
        MistralTransports.register(client -> client.transport);
    }

    private final HttpTransport transport;
    private final OkHttpClient ownedHttp;
    private final ChatService chat;
    private final FimService fim;
    private final EmbeddingsService embeddings;
    private final ModelsService models;
    private final ModerationService moderations;
    private final ClassifiersService classifiers;
    private final BatchService batch;
    private final OcrService ocr;
    private final AudioService audio;

    private MistralClient(HttpTransport transport, OkHttpClient ownedHttp) {
        this.transport = transport;
        this.ownedHttp = ownedHttp;
        DeprecationWarnings deprecations = new DeprecationWarnings();
        this.chat = new ChatService(transport, deprecations);
        this.fim = new FimService(transport, deprecations);
        this.embeddings = new EmbeddingsService(transport, deprecations);
        this.models = new ModelsService(transport, deprecations);
        this.moderations = new ModerationService(transport);
        this.classifiers = new ClassifiersService(transport);
        this.batch = new BatchService(transport);
        this.ocr = new OcrService(transport);
        this.audio = new AudioService(transport);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Chat completions, plain and streamed. */
    public ChatService chat() {
        return chat;
    }

    /** Fill-in-the-middle code completions, plain and streamed. */
    public FimService fim() {
        return fim;
    }

    /** Embeddings of texts. */
    public EmbeddingsService embeddings() {
        return embeddings;
    }

    /** The model catalog: list, retrieve, delete. */
    public ModelsService models() {
        return models;
    }

    /** Moderation of texts and conversations. */
    public ModerationService moderations() {
        return moderations;
    }

    /** Classification of texts and conversations by classifier models. */
    public ClassifiersService classifiers() {
        return classifiers;
    }

    /** Batch jobs: many requests run server-side, their input and results as JSONL files or inline. */
    public BatchService batch() {
        return batch;
    }

    /** OCR of PDFs, other documents and images into markdown, page by page. */
    public OcrService ocr() {
        return ocr;
    }

    /** Audio: transcriptions of recordings, plain and streamed. */
    public AudioService audio() {
        return audio;
    }

    /** The base URL every call goes to, such as {@value #DEFAULT_BASE_URL}. */
    public String baseUrl() {
        return transport.baseUrl();
    }

    @Override
    public void close() {
        if (ownedHttp != null) {
            ownedHttp.dispatcher().executorService().shutdown();
            ownedHttp.connectionPool().evictAll();
        }
    }

    /** The OkHttp client this client built and closes; null when it was given one. */
    OkHttpClient ownedHttp() {
        return ownedHttp;
    }

    @Override
    public String toString() {
        return "MistralClient{baseUrl=" + baseUrl() + '}';
    }

    /**
     * Configures a {@link MistralClient}. Every value is checked when set, with a message naming the option and
     * what it allows. Unset values come from the environment ({@code MISTRAL_API_KEY}, {@code MISTRAL_BASE_URL})
     * or the defaults documented on each setter.
     */
    public static final class Builder {

        private String apiKey;
        private String baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration writeTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofSeconds(120);
        private Duration streamIdleTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Supplier<Map<String, String>> customHeaders = Map::of;
        private OkHttpClient okHttpClient;
        private Proxy proxy;
        private ProxyCredentials proxyCredentials;
        private boolean logRequests;
        private boolean logResponses;
        private Logger logger;
        private int maxConcurrentRequests = 64;
        private int maxIdleConnections = 16;
        private Duration keepAlive = Duration.ofMinutes(5);
        private ObjectMapper objectMapper;
        private UnaryOperator<String> environment = System::getenv;
        private RetryTiming timing = RetryTiming.SYSTEM;
        /** The first option set that only a client of ours applies, refused beside {@code okHttpClient}. */
        private String ownedClientOption;

        private Builder() {
        }

        /** The API key; default: the {@code MISTRAL_API_KEY} environment variable. Required for Mistral's hosts. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The base URL, ending in the API version ({@code https://api.mistral.ai/v1}); default: the
         * {@code MISTRAL_BASE_URL} environment variable, else {@value #DEFAULT_BASE_URL}. An emulator, a proxy or a
         * self-hosted deployment go here.
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Time to open a connection; default 10 s; zero means no limit. */
        public Builder connectTimeout(Duration timeout) {
            ownedClientOption = ownedClientOption != null ? ownedClientOption : "connectTimeout";
            this.connectTimeout = nonNegative("connectTimeout", requireNonNull(timeout, "connectTimeout"));
            return this;
        }

        /** Longest silence while reading a plain answer; default 60 s; zero means no limit. */
        public Builder readTimeout(Duration timeout) {
            ownedClientOption = ownedClientOption != null ? ownedClientOption : "readTimeout";
            this.readTimeout = nonNegative("readTimeout", requireNonNull(timeout, "readTimeout"));
            return this;
        }

        /** Longest stall while sending a body; default 60 s; zero means no limit. */
        public Builder writeTimeout(Duration timeout) {
            ownedClientOption = ownedClientOption != null ? ownedClientOption : "writeTimeout";
            this.writeTimeout = nonNegative("writeTimeout", requireNonNull(timeout, "writeTimeout"));
            return this;
        }

        /** Whole time of one plain attempt, from connecting to the last byte; default 120 s; zero means no limit. */
        public Builder callTimeout(Duration timeout) {
            ownedClientOption = ownedClientOption != null ? ownedClientOption : "callTimeout";
            this.callTimeout = nonNegative("callTimeout", requireNonNull(timeout, "callTimeout"));
            return this;
        }

        /** Longest silence between two events of a stream; default 60 s; zero means no limit. */
        public Builder streamIdleTimeout(Duration timeout) {
            this.streamIdleTimeout = nonNegative("streamIdleTimeout", requireNonNull(timeout, "streamIdleTimeout"));
            return this;
        }

        /** Sets the read and call timeouts together, as LangChain4j's {@code timeout} option does. */
        public Builder timeout(Duration timeout) {
            ownedClientOption = ownedClientOption != null ? ownedClientOption : "timeout";
            readTimeout(timeout);
            return callTimeout(timeout);
        }

        /** When and how failed calls are sent again; default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Retries after the first attempt (0 to 19), keeping the rest of the retry policy. */
        public Builder maxRetries(int maxRetries) {
            OptionCheck.maxRetries(maxRetries);
            this.retryPolicy = retryPolicy.toBuilder().maxAttempts(maxRetries + 1).build();
            return this;
        }

        /** Headers sent with every request; one named {@code Authorization} is refused here (use {@link #apiKey}). */
        public Builder customHeaders(Map<String, String> headers) {
            Map<String, String> copy = Map.copyOf(OptionCheck.customHeaders(requireNonNull(headers, "customHeaders")));
            this.customHeaders = () -> copy;
            return this;
        }

        /**
         * Headers computed for each request (rotating tokens, tracing). The same rules as the map form apply, checked
         * on each request since the values change: one that sets {@code Authorization} fails that request.
         */
        public Builder customHeaders(Supplier<Map<String, String>> headers) {
            requireNonNull(headers, "customHeaders");
            this.customHeaders = () -> OptionCheck.customHeaders(headers.get());
            return this;
        }

        /**
         * Your own OkHttp client (proxies, TLS, interceptors). It is used as configured: its timeouts, pool and
         * dispatcher apply, so the timeout, pool and concurrency setters here (and {@code proxy}) are refused beside
         * it at {@link #build()}, naming the option; {@link #streamIdleTimeout(Duration)} still applies to streams.
         * {@link MistralClient#close()} leaves it open. Its socket factory applies too: the client built here turns
         * {@code TCP_NODELAY} on, which yours may want as well (OkHttp's default leaves it off).
         */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = requireNonNull(client, "okHttpClient");
            return this;
        }

        /**
         * The proxy every call goes through, such as
         * {@code new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.corp", 3128))}, or {@link Proxy#NO_PROXY} to
         * connect directly. Default: the JVM's proxy selector, which honours the standard system properties
         * ({@code https.proxyHost}, {@code http.proxyHost}, {@code http.nonProxyHosts}, {@code socksProxyHost}).
         * Cannot be combined with {@link #okHttpClient(OkHttpClient)}: configure the proxy on that client instead.
         */
        public Builder proxy(Proxy proxy) {
            this.proxy = requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * Credentials for an HTTP proxy that asks for them ({@code 407 Proxy Authentication Required}): sent as
         * {@code Proxy-Authorization: Basic} in answer to the challenge, once, never logged. They apply to the proxy
         * given with {@link #proxy(Proxy)} or chosen from the system properties. Cannot be combined with
         * {@link #okHttpClient(OkHttpClient)} (set its {@code proxyAuthenticator} instead).
         */
        public Builder proxyAuthentication(String username, String password) {
            this.proxyCredentials = new ProxyCredentials(username, password);
            return this;
        }

        /** Logs each request (Authorization masked, key redacted) through SLF4J at INFO; default off. */
        public Builder logRequests(boolean logRequests) {
            this.logRequests = logRequests;
            return this;
        }

        /** Logs each response, and each event of a stream, through SLF4J at INFO; default off. */
        public Builder logResponses(boolean logResponses) {
            this.logResponses = logResponses;
            return this;
        }

        /** The logger for requests and responses; default {@code dev.mistral4j.client.MistralClient}. */
        public Builder logger(Logger logger) {
            this.logger = requireNonNull(logger, "logger");
            return this;
        }

        /** Concurrent streams and asynchronous calls (1 to 1024); default 64. Synchronous calls are not limited. */
        public Builder maxConcurrentRequests(int max) {
            ownedClientOption = ownedClientOption != null ? ownedClientOption : "maxConcurrentRequests";
            this.maxConcurrentRequests = between("maxConcurrentRequests", max, 1, 1024);
            return this;
        }

        /** Idle connections kept in the pool (0 to 1024); default 16. */
        public Builder maxIdleConnections(int max) {
            ownedClientOption = ownedClientOption != null ? ownedClientOption : "maxIdleConnections";
            this.maxIdleConnections = between("maxIdleConnections", max, 0, 1024);
            return this;
        }

        /** How long an idle connection stays in the pool; default 5 minutes; more than zero. */
        public Builder keepAlive(Duration keepAlive) {
            ownedClientOption = ownedClientOption != null ? ownedClientOption : "keepAlive";
            if (nonNegative("keepAlive", requireNonNull(keepAlive, "keepAlive")).isZero()) {
                throw new IllegalArgumentException("keepAlive must be more than zero, got " + keepAlive);
            }
            this.keepAlive = keepAlive;
            return this;
        }

        /** The mapper for wire types; default {@code MistralJson.newMapper()}. Change it only to add modules. */
        public Builder objectMapper(ObjectMapper mapper) {
            this.objectMapper = requireNonNull(mapper, "objectMapper");
            return this;
        }

        Builder environment(UnaryOperator<String> environment) {
            this.environment = environment;
            return this;
        }

        Builder timing(RetryTiming timing) {
            this.timing = timing;
            return this;
        }

        public MistralClient build() {
            String key = firstNonBlank(apiKey, environment.apply("MISTRAL_API_KEY"));
            String url = firstNonBlank(baseUrl, environment.apply("MISTRAL_BASE_URL"), DEFAULT_BASE_URL);
            HttpUrl base = HttpUrl.parse(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (base == null) {
                throw new IllegalArgumentException("baseUrl must be an http or https URL such as "
                        + DEFAULT_BASE_URL + ", got: " + url);
            }
            boolean loopback = isLoopback(base.host());
            if (key == null && base.host().toLowerCase(Locale.ROOT).endsWith("mistral.ai")) {
                throw new IllegalArgumentException("apiKey is required for " + base
                        + ": set it with apiKey(...) or in the MISTRAL_API_KEY environment variable");
            }
            if (!base.isHttps() && !loopback) {
                LOG.warn("baseUrl {} uses plain http: the API key and all data cross the network unencrypted", base);
            }
            Logger httpLog = logger != null ? logger : LOG;
            HttpLogger httpLogger = logRequests || logResponses
                    ? new HttpLogger(httpLog, logRequests, logResponses, new SecretRedactor(key)) : null;

            OkHttpClient owned = null;
            OkHttpClient.Builder http;
            if (okHttpClient != null) {
                if (ownedClientOption != null) {
                    throw new IllegalArgumentException(ownedClientOption + " cannot be combined with okHttpClient(...):"
                            + " your OkHttpClient's own timeouts, pool and dispatcher apply; set them on it, or leave"
                            + " okHttpClient unset");
                }
                if (proxy != null || proxyCredentials != null) {
                    throw new IllegalArgumentException((proxy != null ? "proxy(...)" : "proxyAuthentication(...)")
                            + " cannot be combined with okHttpClient(...): configure the proxy and its "
                            + "authenticator on your OkHttpClient, or leave okHttpClient unset");
                }
                http = okHttpClient.newBuilder();
            } else {
                Dispatcher dispatcher = new Dispatcher();
                dispatcher.setMaxRequests(maxConcurrentRequests);
                dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
                http = new OkHttpClient.Builder()
                        .dispatcher(dispatcher)
                        .connectionPool(new ConnectionPool(maxIdleConnections, keepAlive.toMillis(),
                                TimeUnit.MILLISECONDS))
                        .connectTimeout(connectTimeout)
                        .readTimeout(readTimeout)
                        .writeTimeout(writeTimeout)
                        .callTimeout(callTimeout)
                        .retryOnConnectionFailure(true)
                        .socketFactory(new NoDelaySocketFactory());
                if (proxy != null) {
                    http.proxy(proxy);
                }
                if (proxyCredentials != null) {
                    http.proxyAuthenticator(proxyCredentials);
                }
            }
            if (httpLogger != null) {
                http.addInterceptor(httpLogger);
            }
            OkHttpClient plain = http.build();
            if (okHttpClient == null) {
                owned = plain;
            }
            // streams share the pool and dispatcher; only their timeouts differ
            OkHttpClient streaming = plain.newBuilder()
                    .readTimeout(streamIdleTimeout)
                    .callTimeout(Duration.ZERO)
                    .build();
            ObjectMapper mapper = objectMapper != null ? objectMapper : dev.mistral4j.client.json.MistralJson.mapper();
            HttpTransport transport = new HttpTransport(plain, streaming, base, key, customHeaders,
                    retryPolicy, mapper, httpLogger, timing);
            return new MistralClient(transport, owned);
        }

        private static boolean isLoopback(String host) {
            return host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                    || host.equals("[::1]");
        }

        private static String firstNonBlank(String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    return value.trim();
                }
            }
            return null;
        }

    }
}
