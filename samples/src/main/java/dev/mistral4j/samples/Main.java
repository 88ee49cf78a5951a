package dev.mistral4j.samples;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The samples jar's entry point: {@code java -jar mistral4j-samples.jar [sample]}, default {@code chat}. Each sample
 * runs against the Mistral API when {@code MISTRAL_API_KEY} is set, else offline against the emulator.
 */
public final class Main {

    /** A runnable sample. */
    @FunctionalInterface
    interface Sample {
        void run() throws Exception;
    }

    // one line per sample; the first is the default
    private static final Map<String, Sample> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("chat", ChatSample::run);
        SAMPLES.put("agent", AgentSample::run);
        SAMPLES.put("embed-folder", () -> BulkEmbeddingSample.main(new String[0]));
        SAMPLES.put("code-agent", () -> CodeCompletionAgentSample.main(new String[0]));
        SAMPLES.put("finetune", () -> FinetuneSample.main(new String[0]));
        SAMPLES.put("ask-docs", () -> AskDocsSample.main(new String[0]));
        SAMPLES.put("ask-pdfs", () -> AskPdfsSample.main(new String[0]));
        SAMPLES.put("batch", () -> BatchEmbeddingSample.main(new String[0]));
    }

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? SAMPLES.keySet().iterator().next() : args[0];
        Sample sample = SAMPLES.get(name);
        if (sample == null) {
            System.err.println("Unknown sample '" + name + "'; choose one of " + String.join(", ", SAMPLES.keySet()));
            System.exit(2);
        }
        sample.run();
    }
}
