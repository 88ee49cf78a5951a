package dev.mistral4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.RecordedRequest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat sample's calls through two real proxies in front of the emulator: tinyproxy, a forwarding HTTP proxy that
 * asks for credentials, and Stoplight Prism in proxy mode, which re-frames request bodies (a chunked body reaches
 * the server with both {@code Transfer-Encoding} and {@code Content-Length}, which the server refuses) and checks
 * every request against the spec. {@code .ci/run} provides both; without them the tests skip and say why.
 */
class ChatSampleThroughProxiesTest {

    private static final String CHAT = "/v1/chat/completions";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private MistralEmulator emulator;
    private PrintStream original;

    @BeforeEach
    void start() {
        emulator = MistralEmulator.builder().build().start();
        original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(original);
        emulator.close();
    }

    private void assertTheSampleRan(List<RecordedRequest> chats) {
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Name three rivers of France.").contains("(STOP, ")
                .contains("What is the capital of Italy?");
        assertThat(chats).hasSize(2);
        assertThat(emulator.contractViolations()).isEmpty();
    }

    private List<RecordedRequest> chatRequests() {
        return emulator.recordedRequests().stream().filter(request -> request.path().equals(CHAT)).toList();
    }

    @Test
    void runsThroughAForwardingProxyThatAsksForCredentials() throws Exception {
        String address = System.getenv("MISTRAL4J_HTTP_PROXY");
        assumeTrue(address != null && !address.isBlank(),
                "MISTRAL4J_HTTP_PROXY (host:port of an HTTP proxy such as tinyproxy) is not set: .ci/run starts one");
        URI proxyUri = URI.create("http://" + address.trim());
        MistralClient.Builder builder = MistralClient.builder().baseUrl(emulator.baseUrl())
                .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxyUri.getHost(), proxyUri.getPort())));
        String auth = System.getenv("MISTRAL4J_HTTP_PROXY_AUTH");
        if (auth != null && auth.contains(":")) {
            builder.proxyAuthentication(auth.substring(0, auth.indexOf(':')), auth.substring(auth.indexOf(':') + 1));
        }

        try (MistralClient client = builder.build()) {
            ChatSample.chat(client);
        }

        List<RecordedRequest> chats = chatRequests();
        assertTheSampleRan(chats);
        // the emulator's address is loopback, reachable directly: the proxy's Via header shows it was crossed
        assertThat(chats).allSatisfy(request -> assertThat(request.header("Via")).contains("tinyproxy"));
    }

    @Test
    void runsThroughPrismWhichReframesAndValidatesEveryBody(@TempDir Path directory) throws Exception {
        String prism = System.getenv("MISTRAL4J_PRISM");
        assumeTrue(prism != null && Files.isRegularFile(Path.of(prism)),
                "MISTRAL4J_PRISM (Stoplight Prism's dist/index.js, run with node) is not set: .ci/run installs it");
        Path spec = directory.resolve("openapi.yaml");
        try (InputStream bundled = MistralEmulator.class.getResourceAsStream("contract/openapi.yaml")) {
            Files.copy(bundled, spec, StandardCopyOption.REPLACE_EXISTING);
        }
        URI upstream = URI.create(emulator.baseUrl());
        int port = freePort();
        Process process = new ProcessBuilder("node", prism, "proxy", spec.toString(),
                "http://" + upstream.getHost() + ":" + upstream.getPort(), "--host", "127.0.0.1",
                "--port", String.valueOf(port)).redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        Thread output = null;
        try {
            output = awaitListening(process, log);
            try (MistralClient client = MistralClient.builder().baseUrl("http://127.0.0.1:" + port + "/v1")
                    .apiKey("any").build()) {
                ChatSample.chat(client);
            }
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            if (output != null) {
                output.join(TimeUnit.SECONDS.toMillis(30)); // the whole log read
            }
        }

        // the client knows only Prism's address: what the emulator received went through Prism
        assertTheSampleRan(chatRequests());
        // Prism checks each request against the spec too. Not with --errors: it validates an event stream's body
        // as the JSON answer and would refuse every stream
        synchronized (log) {
            assertThat(log).contains("Forwarding \"post\" request to").doesNotContain("Violation: request");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until Prism says it listens; the returned thread keeps reading its output into {@code log}. */
    private static Thread awaitListening(Process process, StringBuilder log) throws InterruptedException {
        CountDownLatch listening = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.contains("Prism is listening")) {
                        listening.countDown();
                    }
                }
            } catch (IOException closed) {
                // the output ends with the process
            } finally {
                listening.countDown();
            }
        }, "prism-output");
        reader.setDaemon(true);
        reader.start();
        boolean started = listening.await(3, TimeUnit.MINUTES) && process.isAlive();
        synchronized (log) {
            assertThat(started).as("Prism did not start:%n%s", log.length() > 4000 ? log.substring(log.length()
                    - 4000) : log).isTrue();
        }
        return reader;
    }
}
