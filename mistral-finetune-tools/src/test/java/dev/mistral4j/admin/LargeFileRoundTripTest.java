package dev.mistral4j.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.admin.files.FileObject;
import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.emulator.MistralEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB file goes up and comes back byte for byte, client and emulator in one JVM. Run it with a small heap to
 * show that neither side holds the file in memory:
 * {@code mvn -pl mistral-finetune-tools -am verify -Dgroups=large -DexcludedGroups= -Dsurefire.argLine=-Xmx64m}.
 */
@Tag("large")
class LargeFileRoundTripTest {

    private static final long SIZE = 1L << 30;

    @TempDir
    Path dir;

    @Test
    void aOneGibibyteFileComesBackByteIdentical() throws Exception {
        Path source = dir.resolve("large.bin");
        String sentDigest = writeRandom(source, SIZE);
        AtomicLong lastUploaded = new AtomicLong();
        long maxHeap = Runtime.getRuntime().maxMemory();

        try (MistralEmulator emulator = MistralEmulator.builder().build().start();
             MistralAdminClient admin = MistralAdminClient.builder().apiKey("k").baseUrl(emulator.baseUrl())
                     .client(client -> client.timeout(Duration.ofMinutes(10))).build()) {
            long started = System.nanoTime();
            FileObject uploaded = admin.files().upload(source, FilePurpose.BATCH,
                    (done, total) -> lastUploaded.set(done));
            long uploadedAt = System.nanoTime();
            Path copy = admin.files().download(uploaded.id(), dir.resolve("copy.bin"));
            long downloadedAt = System.nanoTime();

            System.out.printf("1 GiB with max heap %d MiB: upload %.1f s, download %.1f s%n", maxHeap >> 20,
                    (uploadedAt - started) / 1e9, (downloadedAt - uploadedAt) / 1e9);
            assertThat(uploaded.bytes()).isEqualTo(SIZE);
            assertThat(lastUploaded.get()).isEqualTo(SIZE);
            assertThat(Files.size(copy)).isEqualTo(SIZE);
            assertThat(sha256(copy)).isEqualTo(sentDigest);
            assertThat(emulator.contractViolations()).isEmpty();
        }
    }

    private static String writeRandom(Path file, long size) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[1 << 20];
        Random random = new Random(42);
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
