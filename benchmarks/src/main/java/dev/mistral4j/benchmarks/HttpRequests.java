package dev.mistral4j.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/** The connections of the replay servers: accepting them, and reading HTTP/1.1 requests off a kept-alive one. */
final class HttpRequests {

    private HttpRequests() {
    }

    /** Serves each connection the server accepts on a daemon thread of its own, until the server is closed. */
    static void acceptForever(ServerSocket server, String name, Consumer<Socket> connection) {
        new DaemonThreads(name + "-accept").newThread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    // as the emulator's Jetty and the API's servers do: with Nagle on, an answer's tail waits for
                    // the client's delayed acknowledgement (40 ms), which would be counted against the client
                    socket.setTcpNoDelay(true);
                    new DaemonThreads(name).newThread(() -> connection.accept(socket)).start();
                } catch (IOException e) {
                    return;
                }
            }
        }).start();
    }

    /** The body of the next request (fixed-length or chunked, empty when none); null at the end of the connection. */
    static byte[] readBody(InputStream in) throws IOException {
        int contentLength = 0;
        boolean chunked = false;
        for (String line = readLine(in); ; line = readLine(in)) {
            if (line == null) {
                return null;
            }
            if (line.isEmpty()) {
                break;
            }
            String header = line.toLowerCase(Locale.ROOT);
            if (header.startsWith("content-length:")) {
                contentLength = Integer.parseInt(header.substring("content-length:".length()).trim());
            } else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            return in.readNBytes(contentLength);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.write(in.readNBytes(size));
            readLine(in);
        }
        readLine(in);
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        String line = readLine(in);
        if (line == null) {
            throw new IOException("the connection ended inside a chunked body");
        }
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
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
}
