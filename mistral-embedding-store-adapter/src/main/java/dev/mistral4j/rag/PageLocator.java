package dev.mistral4j.rag;

import dev.langchain4j.data.document.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the pages of a document's segments from its {@link SegmentMetadata#PAGE_OFFSETS}. A splitter may rejoin the
 * parts it cut at other whitespace than the document had, so a segment is looked up with every run of whitespace
 * taken as one space, in document order from where the segment before it starts (segments overlap).
 */
final class PageLocator {

    /** The first and last page (from 1) a segment's text covers. */
    record PageSpan(int first, int last) {
    }

    private final int[] pageStarts;
    private final String normalized;
    /** For each character of {@link #normalized}, its offset in the document's text. */
    private final int[] offsets;

    private PageLocator(int[] pageStarts, String text) {
        this.pageStarts = pageStarts;
        int[] map = new int[text.length()];
        this.normalized = normalize(text, map);
        this.offsets = Arrays.copyOf(map, normalized.length());
    }

    /**
     * The locator of a document that has page offsets, or null when it has none.
     *
     * @throws IllegalArgumentException when the offsets are not ascending numbers from 0 within the text
     */
    static PageLocator of(Document document) {
        String value = document.metadata().getString(SegmentMetadata.PAGE_OFFSETS);
        if (value == null || value.isBlank()) {
            return null;
        }
        int[] starts;
        try {
            starts = Arrays.stream(value.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw badOffsets(value, "a part is not a number");
        }
        if (starts[0] != 0) {
            throw badOffsets(value, "the first page does not start at 0");
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1] || starts[i] > document.text().length()) {
                throw badOffsets(value, "page " + (i + 1) + " starts at " + starts[i] + ", before page " + i
                        + " or after the end of the text (" + document.text().length() + " characters)");
            }
        }
        return new PageLocator(starts, document.text());
    }

    private static IllegalArgumentException badOffsets(String value, String why) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return new IllegalArgumentException("The document's '" + SegmentMetadata.PAGE_OFFSETS + "' metadata ("
                + shown + ") must be the ascending character offsets at which its pages start, from 0, separated by"
                + " commas: " + why);
    }

    /** The page span of each segment, in order; null for a segment whose text is not found in the document. */
    List<PageSpan> locate(List<String> segments) {
        List<PageSpan> spans = new ArrayList<>(segments.size());
        int from = 0;
        for (String segment : segments) {
            String wanted = normalize(segment, null).strip();
            int at = wanted.isEmpty() ? -1 : normalized.indexOf(wanted, from);
            if (at < 0) {
                spans.add(null);
                continue;
            }
            spans.add(new PageSpan(pageAt(offsets[at]), pageAt(offsets[at + wanted.length() - 1])));
            from = at + 1;
        }
        return spans;
    }

    /** The page (from 1) that holds the character at {@code offset}: the last one starting at or before it. */
    private int pageAt(int offset) {
        int found = Arrays.binarySearch(pageStarts, offset);
        if (found < 0) {
            return -found - 1;
        }
        // empty pages share their start with the next one: the character is on the last of them
        while (found + 1 < pageStarts.length && pageStarts[found + 1] == offset) {
            found++;
        }
        return found + 1;
    }

    /** The text with every run of whitespace as one space; {@code offsets}, when given, gets each kept character's. */
    private static String normalize(String text, int[] offsets) {
        StringBuilder normalized = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (space && !normalized.isEmpty() && normalized.charAt(normalized.length() - 1) == ' ') {
                continue;
            }
            if (offsets != null) {
                offsets[normalized.length()] = i;
            }
            normalized.append(space ? ' ' : text.charAt(i));
        }
        return normalized.toString();
    }
}
