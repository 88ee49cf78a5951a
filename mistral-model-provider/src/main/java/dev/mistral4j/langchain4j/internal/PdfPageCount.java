package dev.mistral4j.langchain4j.internal;

import java.nio.ByteBuffer;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The page count a PDF declares in its page tree ({@code /Type /Pages ... /Count N}), read without a PDF library:
 * from the file's own bytes, and from its compressed object streams ({@code /Type /ObjStm}, Flate), where PDF 1.5
 * writers keep the page tree. The root of the tree has the largest count, so the largest one found is the answer.
 * Empty when no page tree is readable this way (another filter, a damaged file): the server then decides.
 */
final class PdfPageCount {

    private static final Pattern PAGES = Pattern.compile("/Type\\s*/Pages(?![A-Za-z])");
    private static final Pattern COUNT = Pattern.compile("/Count\\s+(\\d{1,9})");
    private static final Pattern OBJECT_STREAM = Pattern.compile("/Type\\s*/ObjStm(?![A-Za-z])");
    private static final Pattern STREAM = Pattern.compile("stream\\r?\\n");
    /** An object stream inflated beyond this is not read further. */
    private static final int MAX_INFLATED = 16 * 1024 * 1024;
    /** A page-tree dictionary is looked for this far around its {@code /Type /Pages}. */
    private static final int DICTIONARY_REACH = 64 * 1024;

    private PdfPageCount() {
    }

    static OptionalInt of(ByteBuffer pdf) {
        int count = largestCount(new Latin1(pdf));
        Matcher streams = OBJECT_STREAM.matcher(new Latin1(pdf));
        while (streams.find()) {
            Matcher start = STREAM.matcher(new Latin1(pdf)).region(streams.end(),
                    Math.min(pdf.limit(), streams.end() + 4096));
            if (start.find()) {
                ByteBuffer inflated = inflate(pdf, start.end());
                if (inflated != null) {
                    count = Math.max(count, largestCount(new Latin1(inflated)));
                }
            }
        }
        return count < 0 ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /** The largest {@code /Count} inside a dictionary with {@code /Type /Pages}, or -1. */
    private static int largestCount(CharSequence text) {
        int largest = -1;
        Matcher pages = PAGES.matcher(text);
        while (pages.find()) {
            int open = dictionaryStart(text, pages.start());
            int close = dictionaryEnd(text, pages.end());
            if (open < 0 || close < 0) {
                continue;
            }
            Matcher count = COUNT.matcher(text).region(open, close);
            while (count.find()) {
                largest = Math.max(largest, Integer.parseInt(count.group(1)));
            }
        }
        return largest;
    }

    /** The {@code <<} that opens the dictionary holding {@code from}, or -1. */
    private static int dictionaryStart(CharSequence text, int from) {
        int depth = 0;
        for (int i = from - 1; i > 0 && i > from - DICTIONARY_REACH; i--) {
            if (text.charAt(i) == '>' && text.charAt(i - 1) == '>') {
                depth++;
                i--;
            } else if (text.charAt(i) == '<' && text.charAt(i - 1) == '<') {
                if (depth == 0) {
                    return i - 1;
                }
                depth--;
                i--;
            }
        }
        return -1;
    }

    /** The position after the {@code >>} that closes the dictionary holding {@code from}, or -1. */
    private static int dictionaryEnd(CharSequence text, int from) {
        int depth = 0;
        int end = Math.min(text.length(), from + DICTIONARY_REACH);
        for (int i = from; i + 1 < end; i++) {
            if (text.charAt(i) == '<' && text.charAt(i + 1) == '<') {
                depth++;
                i++;
            } else if (text.charAt(i) == '>' && text.charAt(i + 1) == '>') {
                if (depth == 0) {
                    return i + 2;
                }
                depth--;
                i++;
            }
        }
        return -1;
    }

    /** The Flate data starting at {@code offset}, inflated up to {@link #MAX_INFLATED}, or {@code null}. */
    private static ByteBuffer inflate(ByteBuffer pdf, int offset) {
        Inflater inflater = new Inflater();
        try {
            ByteBuffer input = pdf.duplicate().position(offset);
            inflater.setInput(input);
            ByteBuffer output = ByteBuffer.allocate(64 * 1024);
            while (!inflater.finished() && !inflater.needsInput()) {
                if (!output.hasRemaining()) {
                    if (output.capacity() >= MAX_INFLATED) {
                        break;
                    }
                    output = ByteBuffer.allocate(output.capacity() * 2).put(output.flip());
                }
                if (inflater.inflate(output) == 0 && inflater.needsDictionary()) {
                    return null;
                }
            }
            return output.flip();
        } catch (DataFormatException notFlate) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** Bytes read as ISO-8859-1 characters, so the patterns run on a file's bytes without decoding them. */
    private record Latin1(ByteBuffer bytes) implements CharSequence {

        @Override
        public int length() {
            return bytes.limit();
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes.get(index) & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Latin1(bytes.slice(start, end - start));
        }

        @Override
        public String toString() {
            byte[] copy = new byte[bytes.limit()];
            bytes.get(0, copy);
            return new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
