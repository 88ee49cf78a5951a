package dev.mistral4j.rag;

import dev.langchain4j.data.document.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the pages of a document's segments from its {@link SegmentMetadata#PAGE_OFFSETS} and
 * {@link SegmentMetadata#PAGE_NUMBERS}, or the same metadata under the keys of the provider's
 * {@code MistralOcrDocumentParser} ({@value #OCR_PAGE_STARTS}, and {@value #OCR_PAGE_INDEXES} counted from 0). A
 * splitter may rejoin the
 * parts it cut at other whitespace than the document had, so a segment is looked up with every run of whitespace
 * taken as one space, in document order from where the segment before it starts (segments overlap, the next one
 * may even start with the whole of the one before).
 */
final class PageLocator {

    /** The first and last page (from 1) a segment's text covers. */
    record PageSpan(int first, int last) {
    }

    /** The keys under which {@code MistralOcrDocumentParser} gives the same offsets, and its page indexes from 0. */
    static final String OCR_PAGE_STARTS = "ocr_page_starts";
    static final String OCR_PAGE_INDEXES = "ocr_page_indexes";

    private final int[] pageStarts;
    private final int[] pageNumbers;
    private final String normalized;
    /** For each character of {@link #normalized}, its offset in the document's text. */
    private final int[] offsets;

    private PageLocator(int[] pageStarts, int[] pageNumbers, String text) {
        this.pageStarts = pageStarts;
        this.pageNumbers = pageNumbers;
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
        boolean ocrKeys = document.metadata().getString(SegmentMetadata.PAGE_OFFSETS) == null;
        String key = ocrKeys ? OCR_PAGE_STARTS : SegmentMetadata.PAGE_OFFSETS;
        String value = document.metadata().getString(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        int[] starts = numbers(key, value);
        if (starts[0] != 0) {
            throw badOffsets(value, "the first page does not start at 0");
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1] || starts[i] > document.text().length()) {
                throw badOffsets(value, "page " + (i + 1) + " starts at " + starts[i] + ", before page " + i
                        + " or after the end of the text (" + document.text().length() + " characters)");
            }
        }
        return new PageLocator(starts, pageNumbers(document, ocrKeys, starts.length), document.text());
    }

    /** The number of each page, from 1: as the metadata gives them, else 1, 2, 3... */
    private static int[] pageNumbers(Document document, boolean ocrKeys, int pages) {
        String key = ocrKeys ? OCR_PAGE_INDEXES : SegmentMetadata.PAGE_NUMBERS;
        String value = document.metadata().getString(key);
        if (value == null || value.isBlank()) {
            return IntStream.rangeClosed(1, pages).toArray();
        }
        int[] numbers = Arrays.stream(numbers(key, value)).map(number -> ocrKeys ? number + 1 : number).toArray();
        if (numbers.length != pages) {
            throw new IllegalArgumentException("The document's '" + key + "' metadata has " + numbers.length
                    + " pages, its page offsets " + pages);
        }
        return numbers;
    }

    private static int[] numbers(String key, String value) {
        try {
            return Arrays.stream(value.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The document's '" + key + "' metadata (" + shown(value)
                    + ") must be numbers separated by commas");
        }
    }

    private static IllegalArgumentException badOffsets(String value, String why) {
        return new IllegalArgumentException("The document's page offsets metadata (" + shown(value)
                + ") must be the ascending character offsets at which its pages start, from 0, separated by commas: "
                + why);
    }

    private static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
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
            // the next segment may start where this one does: its overlap can be the whole of this one
            from = at;
        }
        return spans;
    }

    /** The number of the page that holds the character at {@code offset}: the last one starting at or before it. */
    private int pageAt(int offset) {
        int found = Arrays.binarySearch(pageStarts, offset);
        if (found < 0) {
            return pageNumbers[-found - 2];
        }
        // empty pages share their start with the next one: the character is on the last of them
        while (found + 1 < pageStarts.length && pageStarts[found + 1] == offset) {
            found++;
        }
        return pageNumbers[found];
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
