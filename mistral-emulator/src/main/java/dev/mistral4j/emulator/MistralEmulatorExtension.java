package dev.mistral4j.emulator;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link MistralEmulator} for a JUnit 5 test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();
 * }</pre>
 *
 * <p>Registered on a static field, the emulator starts once before the class's tests and stops after them; on an
 * instance field, once per test instance. It is started lazily by {@link #emulator()} too. Test methods may declare
 * a {@link MistralEmulator} parameter. After each test the extension clears faults and recordings, restores the
 * runtime settings, and fails the test if the emulator served a response that broke the API contract.
 */
public final class MistralEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MistralEmulatorExtension.class);

    private final MistralEmulator.Builder builder;
    private MistralEmulator emulator;

    private MistralEmulatorExtension(MistralEmulator.Builder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** An extension running an emulator with the builder's defaults (free port, no API key, no latency). */
    public static MistralEmulatorExtension withDefaults() {
        return of(MistralEmulator.builder());
    }

    /** An extension running the emulator that {@code builder} describes. */
    public static MistralEmulatorExtension of(MistralEmulator.Builder builder) {
        return new MistralEmulatorExtension(builder);
    }

    /** The running emulator, started on first use. */
    public synchronized MistralEmulator emulator() {
        if (emulator == null) {
            emulator = builder.build().start();
        }
        return emulator;
    }

    /** Shortcut for {@code emulator().baseUrl()}. */
    public String baseUrl() {
        return emulator().baseUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startFor(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startFor(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MistralEmulator running = emulator();
        List<String> violations = running.contractViolations();
        running.faults().clear();
        running.clearRecorded();
        running.restoreDefaults();
        running.clearContractViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("the emulator served " + violations.size()
                    + " response(s) that break the API contract:\n  " + String.join("\n  ", violations));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MistralEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator();
    }

    /** Starts the emulator if needed and ties its shutdown to the scope (class or test) that started it. */
    private synchronized void startFor(ExtensionContext context) {
        if (emulator == null) {
            context.getStore(NAMESPACE).put(this, emulator());
        }
    }
}
