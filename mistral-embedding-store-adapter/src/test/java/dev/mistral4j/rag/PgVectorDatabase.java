package dev.mistral4j.rag;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL with pgvector for tests, injected as a {@link DataSource}: the one at {@code PGVECTOR_JDBC_URL}
 * when set (.ci/run starts one), else a PGlite server this extension installs under target/pglite and starts once
 * for the whole test run (and stops by its process when the run ends); without either, when Node.js is missing, the
 * tests are skipped with that reason. The database is shared: give each test its own table with {@link #uniqueTable(String)}.
 */
final class PgVectorDatabase implements ExecutionCondition, ParameterResolver {

    private static final String JDBC_URL_VARIABLE = "PGVECTOR_JDBC_URL";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (configuredUrl() != null) {
            return ConditionEvaluationResult.enabled(JDBC_URL_VARIABLE + " is set");
        }
        return PgliteServer.onPath("node") && PgliteServer.onPath("npm")
                ? ConditionEvaluationResult.enabled("PGlite will be started with Node.js")
                : ConditionEvaluationResult.disabled("Node.js is not installed: pgvector tests skipped");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String url = configuredUrl();
        if (url == null) {
            url = context.getRoot().getStore(ExtensionContext.Namespace.create(PgVectorDatabase.class))
                    .getOrComputeIfAbsent(PgliteServer.class, key -> PgliteServer.start(), PgliteServer.class)
                    .jdbcUrl();
        }
        return dataSource(url);
    }

    private static String configuredUrl() {
        String url = System.getenv(JDBC_URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    static String uniqueTable(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Server-side prepared statements must be off: PGlite shares one session among all connections. */
    private static DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setPrepareThreshold(0);
        return dataSource;
    }

    /** A PGlite server with the pgvector extension, in a Node.js process of its own. */
    static final class PgliteServer implements AutoCloseable {

        private final Process process;
        private final String jdbcUrl;

        private PgliteServer(Process process, String jdbcUrl) {
            this.process = process;
            this.jdbcUrl = jdbcUrl;
        }

        String jdbcUrl() {
            return jdbcUrl;
        }

        static PgliteServer start() {
            Path home = installed();
            int port = freePort();
            Path log = home.resolve("pglite.log");
            Process process;
            try {
                process = new ProcessBuilder("node", home.resolve("node_modules/.bin/pglite-server").toString(),
                        "--host=127.0.0.1", "--port=" + port, "--extensions=@electric-sql/pglite-pgvector:vector",
                        "--max-connections=20")
                        .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start pglite-server", e);
            }
            PgliteServer server = new PgliteServer(process,
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres?sslmode=disable&prepareThreshold=0");
            server.awaitConnections(log);
            return server;
        }

        /** Runs npm ci into target/pglite unless the committed lock file is installed there already. */
        private static Path installed() {
            Path source = Path.of("src/test/pglite").toAbsolutePath();
            Path home = Path.of("target/pglite").toAbsolutePath();
            try {
                Files.createDirectories(home);
                String lock = Files.readString(source.resolve("package-lock.json"));
                Path installedLock = home.resolve("node_modules/.package-lock.json");
                Path copiedLock = home.resolve("package-lock.json");
                boolean upToDate = Files.exists(installedLock) && Files.exists(copiedLock)
                        && Files.readString(copiedLock).equals(lock);
                if (!upToDate) {
                    Files.copy(source.resolve("package.json"), home.resolve("package.json"),
                            StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(copiedLock, lock);
                    run(home, "npm", "ci", "--no-audit", "--no-fund");
                }
                return home;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot install PGlite under " + home, e);
            }
        }

        private void awaitConnections(Path log) {
            DataSource dataSource = dataSource(jdbcUrl);
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (true) {
                try (Connection connection = dataSource.getConnection()) {
                    return;
                } catch (SQLException notYet) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("pglite-server exited with code " + process.exitValue()
                                + "; see " + log, notYet);
                    }
                    if (Instant.now().isAfter(deadline)) {
                        close();
                        throw new IllegalStateException("pglite-server did not accept connections within "
                                + START_TIMEOUT.toSeconds() + " s; see " + log, notYet);
                    }
                    sleep(200);
                }
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static void run(Path directory, String... command) {
            try {
                // not inheritIO: npm makes an inherited stdin non-blocking, which breaks surefire's channel to its fork
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                process.getOutputStream().close();
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " failed in " + directory);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
            }
        }

        private static boolean onPath(String program) {
            String path = System.getenv("PATH");
            if (path == null) {
                return false;
            }
            List<String> names = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win")
                    ? List.of(program + ".exe", program + ".cmd") : List.of(program);
            for (String directory : path.split(File.pathSeparator)) {
                for (String name : names) {
                    if (Files.isExecutable(Path.of(directory, name))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free port", e);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for pglite-server", e);
            }
        }
    }
}
