package dev.mistral4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers {@code POST /v1/embeddings} like the emulator, from vectors the emulator embedded beforehand: each request's
 * inputs are counted and checked against the API's limits (512 inputs, 16,384 tokens as the emulator counts them), and
 * after the configured latency the answer holds one recorded vector per input, in the emulator's JSON shape. Over the
 * limits, or for a text it has no vector for, it answers 400 and counts the refusal.
 *
 * <p>In the benchmark JVM and from memory, so that a round costs the server a request parse and a memory copy: the
 * emulator's own work (drawing each vector and writing ~20 KB of JSON for it, on the same 2 cores) no longer sets the
 * pace, and the API-limit bound measures the client.
 */
final class EmbeddingReplayServer implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] ITEM_START = "{\"object\":\"embedding\",\"embedding\":"
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final Vectors vectors;
    private final long latencyMillis;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /**
     * @param vectors       the vector of each input
     * @param latencyMillis how long after reading a request its answer starts
     */
    EmbeddingReplayServer(Vectors vectors, long latencyMillis) throws IOException {
        this.vectors = vectors;
        this.latencyMillis = latencyMillis;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        HttpRequests.acceptForever(server, "embedding-replay", this::serve);
    }

    /** E.g. {@code http://127.0.0.1:41234/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    /** Requests answered so far, refused ones included. */
    long requests() {
        return requests.get();
    }

    /** Requests refused for going over a limit. */
    long refused() {
        return refused.get();
    }

    private void serve(Socket socket) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream(1 << 20);
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
             OutputStream out = socket.getOutputStream()) {
            for (byte[] body = HttpRequests.readBody(in); body != null; body = HttpRequests.readBody(in)) {
                long received = System.nanoTime();
                answer.reset();
                int status = answer(body, answer);
                requests.incrementAndGet();
                long waitNanos = latencyMillis * 1_000_000 - (System.nanoTime() - received);
                if (waitNanos > 0) {
                    // the API's latency: the answer is due this long after the request arrived
                    Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                }
                out.write(("HTTP/1.1 " + (status == 200 ? "200 OK" : "400 Bad Request")
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + answer.size() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                answer.writeTo(out);
                out.flush();
            }
        } catch (IOException e) {
            // the client closed the connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the answer to one request body; returns its status. */
    private int answer(byte[] body, ByteArrayOutputStream answer) throws IOException {
        List<String> inputs = new ArrayList<>();
        long tokens = 0;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return refuse(answer, "the body is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("input")) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING) {
                    inputs.add(parser.getText());
                } else if (value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        inputs.add(parser.getText());
                    }
                }
            }
        }
        for (String input : inputs) {
            tokens += TextCorpus.tokens(input);
        }
        if (inputs.isEmpty()) {
            return refuse(answer, "input must hold at least one text");
        }
        if (inputs.size() > BulkEmbeddings.MAX_INPUTS) {
            return refuse(answer, "Too many inputs in request, split into more batches.");
        }
        if (tokens > BulkEmbeddings.MAX_TOKENS) {
            return refuse(answer, "Too many tokens overall, split into more batches.");
        }
        List<byte[]> found = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            byte[] vector = vectors.of(i, inputs.get(i));
            if (vector == null) {
                return refuse(answer, "no recorded vector for input " + i);
            }
            found.add(vector);
        }
        answer.write("{\"id\":\"embd-replay\",\"object\":\"list\",\"data\":[".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) {
                answer.write(',');
            }
            answer.write(ITEM_START);
            answer.write(found.get(i));
            answer.write((",\"index\":" + i + "}").getBytes(StandardCharsets.US_ASCII));
        }
        answer.write(String.format(Locale.ROOT, "],\"model\":\"mistral-embed\",\"usage\":{\"prompt_tokens\":%d,"
                + "\"completion_tokens\":0,\"total_tokens\":%d}}", tokens, tokens).getBytes(StandardCharsets.US_ASCII));
        return 200;
    }

    private int refuse(ByteArrayOutputStream answer, String message) throws IOException {
        refused.incrementAndGet();
        answer.write(("{\"object\":\"error\",\"message\":\"" + message + "\",\"type\":\"invalid_request_error\","
                + "\"param\":null,\"code\":\"3210\"}").getBytes(StandardCharsets.US_ASCII));
        return 400;
    }

    /** Where the answers' vectors come from. */
    @FunctionalInterface
    interface Vectors {

        /** The vector of input {@code index} of a request, as a JSON array of floats; null when there is none. */
        byte[] of(int index, String text);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
