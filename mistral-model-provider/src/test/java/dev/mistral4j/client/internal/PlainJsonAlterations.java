package dev.mistral4j.client.internal;

import java.util.ArrayList;
import java.util.List;

/** Texts near valid ones, for checking that a {@link PlainJsonReader} never reads one otherwise than Jackson. */
final class PlainJsonAlterations {

    private static final String[] INSERTED = {"", " ", "\"", "\\", "\\u", "\u0001", "0", "-", ".", "e", "n", "t",
            "{", "}", "[", "]", ",", ":", "x", "\u00e9"};

    private PlainJsonAlterations() {
    }

    /** Every prefix of each text, and each text with one character replaced by, or preceded by, another. */
    static List<String> of(List<String> texts) {
        List<String> altered = new ArrayList<>();
        for (String base : texts) {
            for (int at = 0; at < base.length(); at++) {
                altered.add(base.substring(0, at));
                for (String other : INSERTED) {
                    altered.add(base.substring(0, at) + other + base.substring(at + 1));
                    altered.add(base.substring(0, at) + other + base.substring(at));
                }
            }
        }
        return altered;
    }
}
