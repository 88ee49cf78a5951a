package dev.mistral4j.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Fails a test when a secret shows up anywhere a user could see it: in what the test's code printed or logged
 * (everything written to {@code System.out} and {@code System.err}, which is where slf4j-simple logs), in the
 * exceptions the test hands to {@link #inspect} or lets escape, and in the {@code toString()} of the objects it hands
 * to {@link #inspect} or {@link #inspectGraph}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SecretScan SCAN = SecretScan.forSecrets("sk-recognisable-key");
 * ...
 * SCAN.inspect(response, exception);   // toString(), and stack traces with every cause
 * SCAN.inspectGraph(client);           // toString() of every mistral4j object reachable from the client
 * }</pre>
 *
 * <p>Other modules reuse it through this module's test-jar. Register it on a static field: it captures from before the first test of the class (so {@code @BeforeAll} work
 * is scanned too) to after the last, and checks what was captured and inspected at the end of each test and of the
 * class. Failure messages show where the secret was, masked, never the secret itself.
 */
public final class SecretScan implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback,
        TestExecutionExceptionHandler {

    private static final String MASK = "<SECRET>";
    private static final int CONTEXT = 120;

    private final List<String> secrets;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final List<Inspected> inspected = Collections.synchronizedList(new ArrayList<>());
    private PrintStream originalOut;
    private PrintStream originalErr;

    private SecretScan(List<String> secrets) {
        this.secrets = secrets;
    }

    /** A scan for each of {@code secrets} (8 characters or more, so that a match is never a coincidence). */
    public static SecretScan forSecrets(String... secrets) {
        for (String secret : secrets) {
            if (secret == null || secret.length() < 8) {
                throw new IllegalArgumentException("a secret to scan for must have 8 characters or more");
            }
        }
        return new SecretScan(List.of(secrets));
    }

    /** Records the {@code toString()} of each object; for a throwable, its stack trace with every cause. */
    public void inspect(Object... objects) {
        for (Object object : objects) {
            inspected.add(new Inspected(describe(object), render(object)));
        }
    }

    /**
     * Records the {@code toString()} of {@code root} and of every object reachable from it through the fields of
     * mistral4j classes (and the collections they hold). String fields are not inspected: holding the key is not
     * showing it.
     */
    public void inspectGraph(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Object object = pending.pop();
            if (object == null || object instanceof CharSequence || !seen.add(object)) {
                continue;
            }
            inspect(object);
            if (object instanceof Collection<?> collection) {
                push(pending, collection);
            } else if (object instanceof Map<?, ?> map) {
                push(pending, map.keySet());
                push(pending, map.values());
            } else if (object.getClass().isArray() && !object.getClass().getComponentType().isPrimitive()) {
                push(pending, IntStream.range(0, Array.getLength(object)).mapToObj(i -> Array.get(object, i)).toList());
            } else if (object.getClass().getName().startsWith("dev.mistral4j.")) {
                push(pending, fieldValues(object));
            }
        }
    }

    /** What has been printed or logged since capture started. */
    public String output() {
        System.out.flush();
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startCapture();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startCapture();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        inspect(failure);
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        check();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            check();
        } finally {
            stopCapture();
        }
    }

    /** Scans what was captured and inspected since the last check, then forgets it. */
    private void check() {
        List<String> leaks = new ArrayList<>();
        String output = output();
        captured.reset();
        List<Inspected> items;
        synchronized (inspected) {
            items = List.copyOf(inspected);
            inspected.clear();
        }
        for (String secret : secrets) {
            leaks.addAll(occurrences("printed or logged output", output, secret));
            for (Inspected item : items) {
                leaks.addAll(occurrences(item.what(), item.text(), secret));
            }
        }
        if (!leaks.isEmpty()) {
            throw new AssertionError("a secret appeared " + leaks.size() + " time(s):\n  " + String.join("\n  ", leaks));
        }
    }

    private synchronized void startCapture() {
        if (originalOut != null) {
            return;
        }
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(new Tee(originalOut, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, captured), true, StandardCharsets.UTF_8));
    }

    private synchronized void stopCapture() {
        if (originalOut != null) {
            System.setOut(originalOut);
            System.setErr(originalErr);
            originalOut = null;
            originalErr = null;
        }
    }

    private static List<String> occurrences(String where, String text, String secret) {
        List<String> found = new ArrayList<>();
        for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
            String around = text.substring(Math.max(0, at - CONTEXT), Math.min(text.length(),
                    at + secret.length() + CONTEXT));
            found.add("in " + where + ": ..." + around.replace(secret, MASK).replaceAll("\\s+", " ") + "...");
        }
        return found;
    }

    private static String describe(Object object) {
        return object == null ? "null" : "toString() of " + object.getClass().getName();
    }

    private static String render(Object object) {
        if (object instanceof Throwable throwable) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
        return String.valueOf(object);
    }

    /** An ArrayDeque holds no nulls, and a null holds no secret. */
    private static void push(Deque<Object> pending, Collection<?> values) {
        values.stream().filter(Objects::nonNull).forEach(pending::push);
    }

    private static List<Object> fieldValues(Object object) {
        List<Object> values = new ArrayList<>();
        for (Class<?> type = object.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    values.add(field.get(object));
                } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                    throw new AssertionError("cannot inspect field " + field + " of " + type.getName(), inaccessible);
                }
            }
        }
        return values;
    }

    private record Inspected(String what, String text) {
    }

    /** Writes to the original stream and to the capture. */
    private static final class Tee extends OutputStream {

        private final OutputStream original;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream original, ByteArrayOutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            copy.write(bytes, offset, length);
            try {
                original.write(bytes, offset, length);
            } catch (IOException ignored) {
                // the console is best effort; the capture is what the scan reads
            }
        }

        @Override
        public void flush() throws IOException {
            original.flush();
        }
    }
}
