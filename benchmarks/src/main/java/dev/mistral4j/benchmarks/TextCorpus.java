package dev.mistral4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic English-like texts of chosen sizes, so that every run embeds the same inputs. */
final class TextCorpus {

    private static final String[] WORDS = ("the a river stone mountain city harbour light winter summer market "
            + "library engine signal garden letter window bridge forest silver copper paper ink voice record measure "
            + "quiet rapid ancient modern northern southern careful open narrow broad early late bright dark warm cold "
            + "sailor builder teacher farmer writer keeper merchant pilot baker weaver walks carries builds reads "
            + "writes counts keeps finds opens follows remembers answers under over beside across through between "
            + "before after while because although").split(" ");

    private final SplittableRandom random;

    TextCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A text of sentences whose UTF-8 length is between {@code minBytes} and {@code maxBytes}, drawn uniformly. */
    String text(int minBytes, int maxBytes) {
        int length = random.nextInt(minBytes, maxBytes + 1);
        StringBuilder text = new StringBuilder(length + 16);
        boolean sentenceStart = true;
        while (text.length() < length) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentenceStart = random.nextInt(12) == 0;
            if (sentenceStart) {
                text.append('.');
            }
        }
        text.setLength(length);
        return text.toString();
    }

    List<String> texts(int count, int minBytes, int maxBytes) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(minBytes, maxBytes));
        }
        return texts;
    }

    /** A query of a few words. */
    String query() {
        return text(24, 64);
    }

    /** The emulator's (and the API limits') token count: one token per four UTF-8 bytes, rounded up. */
    static int tokens(String text) {
        return (text.getBytes(StandardCharsets.UTF_8).length + 3) / 4;
    }
}
