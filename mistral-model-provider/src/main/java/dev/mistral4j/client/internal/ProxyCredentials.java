package dev.mistral4j.client.internal;

import java.nio.charset.StandardCharsets;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's {@code 407} with {@code Proxy-Authorization: Basic ...}, once: a proxy that refuses the
 * credentials gets its 407 back to the caller instead of an endless loop. The credentials are sent only after a
 * challenge (never to the server itself) and never appear in {@link #toString()} or a log line.
 */
public final class ProxyCredentials implements Authenticator {

    private final String header;

    public ProxyCredentials(String username, String password) {
        OptionCheck.proxyCredentials(username, password);
        this.header = Credentials.basic(username, password, StandardCharsets.UTF_8);
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (response.code() != 407 || header.equals(response.request().header("Proxy-Authorization"))) {
            return null;
        }
        return response.request().newBuilder().header("Proxy-Authorization", header).build();
    }

    @Override
    public String toString() {
        return "ProxyCredentials{" + SecretRedactor.MASK + "}";
    }
}
