package dev.mistral4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The tests' HTTP client: OkHttp, as the library uses it, without silent retries that would hide faults. */
public final class HttpCalls {

    public static final OkHttpClient CLIENT = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

    private HttpCalls() {
    }

    /** A complete answer. */
    public record Answer(int status, Headers headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String contentType() {
            return headers.get("Content-Type");
        }

        /** The contract violations of this answer to {@code method path}. */
        public List<String> violations(String method, String path) {
            return ContractValidator.mistralApi().validateResponse(method, path, status, contentType(), body);
        }
    }

    public static Answer get(MistralEmulator emulator, String path) throws IOException {
        return call(emulator, new Request.Builder().url(url(emulator, path)).get().build());
    }

    public static Answer delete(MistralEmulator emulator, String path) throws IOException {
        return call(emulator, new Request.Builder().url(url(emulator, path)).delete().build());
    }

    public static Answer post(MistralEmulator emulator, String path, String json) throws IOException {
        return call(emulator, postRequest(emulator, path, json));
    }

    public static Request postRequest(MistralEmulator emulator, String path, String json) {
        return new Request.Builder().url(url(emulator, path)).post(RequestBody.create(json, APPLICATION_JSON)).build();
    }

    public static Answer call(MistralEmulator emulator, Request request) throws IOException {
        return call(CLIENT, request);
    }

    public static Answer call(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            return new Answer(response.code(), response.headers(), response.body().string());
        }
    }

    /** A small chat request for mistral-small-latest, streamed or not. */
    public static String chatRequest(boolean stream) {
        return json(Map.of("model", "mistral-small-latest", "stream", stream,
                "messages", List.of(Map.of("role", "user", "content", "hello there"))));
    }

    /** {@code path} is relative to the base URL, e.g. "/models". */
    public static String url(MistralEmulator emulator, String path) {
        return emulator.baseUrl() + path;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
