package dev.mistral4j.langchain4j;

import java.nio.charset.StandardCharsets;

/**
 * The default token estimate for embedding batches: one token per started group of three UTF-8 bytes. Mistral's
 * tokenizers average about four bytes per token on prose and code, so this over-counts on purpose: batches stay
 * under the API's limits without a tokenizer, at the price of somewhat smaller batches.
 */
final class Utf8TokenEstimate {

    static final int BYTES_PER_TOKEN = 3;

    private Utf8TokenEstimate() {
    }

    static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return (text.getBytes(StandardCharsets.UTF_8).length + BYTES_PER_TOKEN - 1) / BYTES_PER_TOKEN;
    }
}
