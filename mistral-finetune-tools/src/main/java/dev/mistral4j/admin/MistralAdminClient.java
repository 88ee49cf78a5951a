package dev.mistral4j.admin;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.spi.MistralTransport;
import dev.mistral4j.client.spi.MistralTransports;
import java.net.Proxy;
import java.util.function.Consumer;

/**
 * The admin side of the Mistral API: {@link #files()}, {@link #fineTuning()} and {@link #models()}, on the
 * transport of a {@link MistralClient} (its key, base URL, retries, timeouts and error types).
 *
 * <pre>{@code
 * try (MistralAdminClient admin = MistralAdminClient.builder().build()) { // key from MISTRAL_API_KEY
 *     FileObject file = admin.files().upload(Path.of("train.jsonl"), FilePurpose.FINE_TUNE);
 *     FineTuningJob job = admin.fineTuning().jobs().create(CreateFineTuningJobRequest
 *             .builder("mistral-small-latest").trainingFileIds(file.id()).build());
 *     Either<JobFailure, FineTuningJob> done = admin.fineTuning().jobs().await(job.id(), AwaitOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} closes the client only when this admin client built it.
 */
public final class MistralAdminClient implements AutoCloseable {

    private final MistralClient client;
    private final boolean ownsClient;
    private final FilesService files;
    private final FineTuningService fineTuning;
    private final ModelsAdminService models;

    private MistralAdminClient(MistralClient client, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        MistralTransport transport = MistralTransports.of(client);
        this.files = new FilesService(transport);
        this.fineTuning = new FineTuningService(transport);
        this.models = new ModelsAdminService(client.models(), transport);
    }

    /** An admin client sharing {@code client}'s transport; closing it leaves {@code client} open. */
    public static MistralAdminClient from(MistralClient client) {
        return new MistralAdminClient(requireNonNull(client, "client"), false);
    }

    /** A builder configuring the {@link MistralClient} this admin client creates and owns. */
    public static Builder builder() {
        return new Builder();
    }

    /** Files: upload, list, retrieve, download, delete, signed URL. */
    public FilesService files() {
        return files;
    }

    /** Fine-tuning jobs. */
    public FineTuningService fineTuning() {
        return fineTuning;
    }

    /** Models: list, retrieve, delete, update, archive, unarchive. */
    public ModelsAdminService models() {
        return models;
    }

    /** The underlying client, e.g. to chat with a fine-tuned model. */
    public MistralClient client() {
        return client;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    /**
     * Configures the client of a {@link MistralAdminClient}: {@link #apiKey} and {@link #baseUrl} here, anything
     * else of {@link MistralClient.Builder} through {@link #client(Consumer)}. Unset values come from
     * {@code MISTRAL_API_KEY} and {@code MISTRAL_BASE_URL} as for {@link MistralClient}.
     */
    public static final class Builder {

        private final MistralClient.Builder client = MistralClient.builder();

        private Builder() {
        }

        public Builder apiKey(String apiKey) {
            client.apiKey(apiKey);
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            client.baseUrl(baseUrl);
            return this;
        }

        /** The proxy of every call; see {@link MistralClient.Builder#proxy(Proxy)}. */
        public Builder proxy(Proxy proxy) {
            client.proxy(proxy);
            return this;
        }

        /** Credentials for a proxy that answers 407; see {@link MistralClient.Builder#proxyAuthentication}. */
        public Builder proxyAuthentication(String username, String password) {
            client.proxyAuthentication(username, password);
            return this;
        }

        /** Applies further client settings (timeouts, retry policy, logging, ...). */
        public Builder client(Consumer<MistralClient.Builder> configure) {
            requireNonNull(configure, "configure").accept(client);
            return this;
        }

        public MistralAdminClient build() {
            return new MistralAdminClient(client.build(), true);
        }
    }
}
