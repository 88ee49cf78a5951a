package dev.mistral4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Answers every request with the same event stream, recorded from the emulator, written from memory in one go on a
 * kept-alive HTTP/1.1 connection. The emulator writes and flushes each event on its own, which caps every client at
 * the same rate; replayed, the stream goes as fast as the client parses it.
 */
final class StreamReplayServer implements AutoCloseable {

    private final ServerSocket server;
    private final byte[] response;

    StreamReplayServer(byte[] eventStream) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: " + eventStream.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        this.response = new byte[head.length + eventStream.length];
        System.arraycopy(head, 0, response, 0, head.length);
        System.arraycopy(eventStream, 0, response, head.length, eventStream.length);
        HttpRequests.acceptForever(server, "stream-replay", this::serve);
    }

    /** E.g. {@code http://127.0.0.1:41234/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            while (HttpRequests.readBody(in) != null) {
                out.write(response);
                out.flush();
            }
        } catch (IOException e) {
            // the client closed the connection
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
