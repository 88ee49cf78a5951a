package dev.mistral4j.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that starts another JVM on this benchmark's classpath (the shaded jar when run from it). */
final class JavaCommand {

    private JavaCommand() {
    }

    /** {@code java <jvmOptions> -cp <this classpath>}; the caller appends the main class and its arguments. */
    static List<String> of(String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(classpath());
        return command;
    }

    private static String classpath() {
        try {
            Path self = Path.of(JavaCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // from the shaded jar the jar is the whole classpath; from an IDE or exec:java it is the JVM's own
            return self.toString().endsWith(".jar") ? self.toString() : System.getProperty("java.class.path");
        } catch (URISyntaxException e) {
            return System.getProperty("java.class.path");
        }
    }
}
