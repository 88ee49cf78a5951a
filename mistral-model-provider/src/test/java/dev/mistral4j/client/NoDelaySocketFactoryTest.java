package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.MistralTransports;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The client's own sockets have Nagle's algorithm off, so that the tail of a request or answer larger than one TCP
 * segment is not held for the peer's delayed acknowledgement; a user's own OkHttpClient keeps its socket factory.
 */
class NoDelaySocketFactoryTest {

    @Test
    void theClientBuiltHereOpensSocketsWithTcpNoDelay() throws IOException {
        try (MistralClient client = MistralClient.builder().apiKey("k").baseUrl("http://127.0.0.1:9/v1").build();
             Socket socket = client.ownedHttp().socketFactory().createSocket()) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void everyWayOfCreatingASocketTurnsTcpNoDelayOn() throws IOException {
        SocketFactory factory = new NoDelaySocketFactory();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 10, loopback)) {
            int port = server.getLocalPort();
            List<Socket> sockets = new ArrayList<>();
            try {
                Socket unconnected = factory.createSocket();
                sockets.add(unconnected);
                unconnected.connect(new InetSocketAddress(loopback, port));
                sockets.add(factory.createSocket(loopback.getHostAddress(), port));
                sockets.add(factory.createSocket(loopback.getHostAddress(), port, loopback, 0));
                sockets.add(factory.createSocket(loopback, port));
                sockets.add(factory.createSocket(loopback, port, loopback, 0));
                for (Socket socket : sockets) {
                    assertThat(socket.isConnected()).isTrue();
                    assertThat(socket.getTcpNoDelay()).isTrue();
                }
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void yourOwnOkHttpClientKeepsItsSocketFactory() throws IOException {
        SocketFactory own = mock(SocketFactory.class);
        when(own.createSocket()).thenAnswer(invocation -> new Socket());
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                    .body("{\"object\":\"list\",\"data\":[]}").build());
            server.start();
            OkHttpClient ownHttp = new OkHttpClient.Builder().socketFactory(own).build();
            try (MistralClient client = MistralClient.builder().apiKey("k").baseUrl(server.url("/v1").toString())
                    .okHttpClient(ownHttp).build()) {
                MistralTransports.of(client).sendJson(ApiRequest.get("/models"), Map.class);
                assertThat(client.ownedHttp()).isNull();
            }
        }
        verify(own).createSocket();
    }
}
