package dev.mistral4j.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockWebServer;

/**
 * Server sockets whose connections send small writes at once. MockWebServer writes an answer's head and body
 * separately; with Nagle's algorithm on, the body then waits for the client's delayed ACK (about 40 ms on Linux),
 * which would make a fuzzer of thousands of calls spend minutes waiting.
 */
final class NoDelayServerSockets extends ServerSocketFactory {

    /** A started MockWebServer whose connections have TCP_NODELAY on. */
    static MockWebServer startMockWebServer() throws IOException {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.start();
        return server;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return bound(new NoDelayServerSocket(), port, 50, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return bound(new NoDelayServerSocket(), port, backlog, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return bound(new NoDelayServerSocket(), port, backlog, address);
    }

    private static ServerSocket bound(ServerSocket socket, int port, int backlog, InetAddress address)
            throws IOException {
        socket.bind(new InetSocketAddress(address, port), backlog);
        return socket;
    }

    private static final class NoDelayServerSocket extends ServerSocket {

        NoDelayServerSocket() throws IOException {
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
