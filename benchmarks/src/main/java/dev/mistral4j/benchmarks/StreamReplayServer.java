package dev.mistral4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
        new DaemonThreads("stream-replay-accept").newThread(this::acceptForever).start();
    }

    /** E.g. {@code http://127.0.0.1:41234/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                new DaemonThreads("stream-replay").newThread(() -> serve(socket)).start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            while (skipRequest(in)) {
                out.write(response);
                out.flush();
            }
        } catch (IOException e) {
            // the client closed the connection
        }
    }

    /** Reads one request (headers, then a fixed-length or chunked body); false at the end of the connection. */
    private static boolean skipRequest(InputStream in) throws IOException {
        long contentLength = 0;
        boolean chunked = false;
        for (String line = readLine(in); ; line = readLine(in)) {
            if (line == null) {
                return false;
            }
            if (line.isEmpty()) {
                break;
            }
            String header = line.toLowerCase(Locale.ROOT);
            if (header.startsWith("content-length:")) {
                contentLength = Long.parseLong(header.substring("content-length:".length()).trim());
            } else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            in.skipNBytes(contentLength);
            return true;
        }
        for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
            in.skipNBytes(size);
            readLine(in);
        }
        readLine(in);
        return true;
    }

    private static long chunkSize(InputStream in) throws IOException {
        String line = readLine(in);
        if (line == null) {
            throw new IOException("the connection ended inside a chunked body");
        }
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
