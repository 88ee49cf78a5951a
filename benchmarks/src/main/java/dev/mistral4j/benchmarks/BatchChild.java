package dev.mistral4j.benchmarks;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.batch.BatchRequest;
import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.langchain4j.MistralBatchEmbeddingModel;
import dev.mistral4j.langchain4j.MistralBatchOptions;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The JVM of case 8, started with {@code -Xmx256m}: embeds the same chunks through the batch model (submit with a
 * streamed input file, await, results streamed back in input order) and through the online model's
 * {@code embedAll} (in steps of {@value #ONLINE_STEP}, the embeddings dropped after each step, as a store would take
 * them). Prints {@code batch <submit s> <input bytes> <await s> <results s> <output bytes> <cpu s> <results> <heap
 * peak bytes>} and {@code online <seconds> <cpu s> <results> <heap peak bytes>}.
 *
 * <p>Arguments: base URL, chunk count, spool directory.
 */
public final class BatchChild {

    private static final int ONLINE_STEP = 5_000;

    private BatchChild() {
    }

    public static void main(String[] args) {
        String baseUrl = args[0];
        int count = Integer.parseInt(args[1]);
        Path spool = Path.of(args[2]);
        List<TextSegment> chunks = new TextCorpus(8).texts(count, 150, 300).stream().map(TextSegment::from).toList();
        try (MistralClient client = MistralClient.builder().baseUrl(baseUrl).apiKey("benchmark").build()) {
            batch(client, chunks, spool);
            online(client, chunks);
        }
    }

    private static void batch(MistralClient client, List<TextSegment> chunks, Path spool) {
        MistralBatchEmbeddingModel model = MistralBatchEmbeddingModel.builder().client(client)
                .batchOptions(MistralBatchOptions.defaults().withMaxInlineRequests(0).withTempDirectory(spool)
                        .withPollIntervals(Duration.ofMillis(50), Duration.ofMillis(500)))
                .build();
        resetHeapPeak();
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        String id = model.submit(new BatchRequest<>(chunks)).batchId();
        long t1 = System.nanoTime();
        long cpuSubmit = cpu() - cpu0;
        model.await(id, job -> { }, Duration.ofHours(1));
        long t2 = System.nanoTime();
        long cpu2 = cpu();
        long[] results = {0};
        double[] checksum = {0};
        model.retrieve(id, result -> {
            if (result.isSuccess()) {
                results[0]++;
                checksum[0] += result.response().content().vector()[0];
            }
        });
        long t3 = System.nanoTime();
        long cpuResults = cpu() - cpu2;
        long peak = heapPeak();
        BatchJob job = client.batch().get(id);
        MistralAdminClient admin = MistralAdminClient.from(client);
        long inputBytes = admin.files().retrieve(job.inputFiles().get(0)).bytes();
        long outputBytes = admin.files().retrieve(job.outputFile()).bytes();
        System.out.println(String.format(Locale.ROOT, "batch %.4f %d %.4f %.4f %d %.4f %d %d %.1f", (t1 - t0) / 1e9,
                inputBytes, (t2 - t1) / 1e9, (t3 - t2) / 1e9, outputBytes, (cpuSubmit + cpuResults) / 1e9,
                results[0], peak, checksum[0]));
        System.out.flush();
    }

    private static void online(MistralClient client, List<TextSegment> chunks) {
        try (MistralEmbeddingModel model = MistralEmbeddingModel.builder().client(client).build()) {
            resetHeapPeak();
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            long results = 0;
            for (int from = 0; from < chunks.size(); from += ONLINE_STEP) {
                results += model.embedAll(chunks.subList(from, Math.min(chunks.size(), from + ONLINE_STEP)))
                        .content().size();
            }
            long t1 = System.nanoTime();
            System.out.println(String.format(Locale.ROOT, "online %.4f %.4f %d %d", (t1 - t0) / 1e9,
                    (cpu() - cpu0) / 1e9, results, heapPeak()));
            System.out.flush();
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<MemoryPoolMXBean> heap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetHeapPeak() {
        System.gc();
        heap().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return heap().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
