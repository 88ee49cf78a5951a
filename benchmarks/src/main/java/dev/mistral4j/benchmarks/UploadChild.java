package dev.mistral4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.admin.files.FilePurpose;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The JVM of case 4, started with {@code -Xmx64m}: uploads a file with mistral4j's {@code files().upload} and with raw
 * OkHttp streaming the same file as multipart, alternately, deleting each upload afterwards. Prints one line per
 * upload: {@code <client> <warmup|round> <seconds> <heap peak bytes>}, the peak being the sum of the heap pools' peak
 * usage since a GC and a reset just before the upload.
 *
 * <p>Arguments: base URL, warm-up file, measured file, warm-up rounds, measured rounds.
 */
public final class UploadChild {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UploadChild() {
    }

    public static void main(String[] args) throws IOException {
        String baseUrl = args[0];
        Path warmup = Path.of(args[1]);
        Path measured = Path.of(args[2]);
        int warmups = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        OkHttpClient raw = new OkHttpClient();
        try (MistralAdminClient admin = MistralAdminClient.builder().baseUrl(baseUrl).apiKey("benchmark").build()) {
            for (int round = -warmups; round < rounds; round++) {
                Path file = round < 0 ? warmup : measured;
                String phase = round < 0 ? "warmup" : "round";
                measure("raw", phase, () -> rawUpload(raw, baseUrl, file));
                measure("ours", phase, () -> admin.files().delete(admin.files().upload(file, FilePurpose.FINE_TUNE)
                        .id()));
            }
        }
    }

    private static void measure(String client, String phase, Upload upload) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        upload.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println(String.format(Locale.ROOT, "%s %s %.4f %d", client, phase, seconds, peak));
        System.out.flush();
    }

    private static void rawUpload(OkHttpClient http, String baseUrl, Path file) throws IOException {
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("purpose", "fine-tune")
                .addFormDataPart("file", file.getFileName().toString(),
                        RequestBody.create(file.toFile(), MediaType.get("application/octet-stream")))
                .build();
        Request upload = new Request.Builder().url(baseUrl + "/files").header("Authorization", "Bearer benchmark")
                .post(body).build();
        String id;
        try (Response response = http.newCall(upload).execute()) {
            if (response.code() != 200) {
                throw new IOException("raw upload answered " + response.code() + ": " + response.body().string());
            }
            id = JSON.readTree(response.body().byteStream()).path("id").asText();
        }
        Request delete = new Request.Builder().url(baseUrl + "/files/" + id).header("Authorization",
                "Bearer benchmark").delete().build();
        try (Response response = http.newCall(delete).execute()) {
            response.body().bytes();
        }
    }

    @FunctionalInterface
    private interface Upload {
        void run() throws IOException;
    }
}
