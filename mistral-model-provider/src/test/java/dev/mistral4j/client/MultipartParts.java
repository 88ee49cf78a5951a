package dev.mistral4j.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.MediaType;

/** The parts of a recorded multipart body, split by its boundary, so tests compare them exactly. */
final class MultipartParts {

    /** One part: its headers as sent, one string per line, and its bytes. */
    record Part(List<String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return headers + " " + (body.length > 64 ? body.length + " bytes" : text());
        }
    }

    private MultipartParts() {
    }

    static List<Part> of(String contentType, byte[] body) {
        String boundary = MediaType.get(contentType).parameter("boundary");
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0) + delimiter.length;
        while (true) {
            if (body[start] == '-' && body[start + 1] == '-') {
                return parts;
            }
            start += 2; // CRLF after the delimiter
            int next = indexOf(body, delimiter, start);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), start);
            List<String> headers = Arrays.asList(new String(body, start, headersEnd - start, StandardCharsets.UTF_8)
                    .split("\r\n"));
            parts.add(new Part(headers, Arrays.copyOfRange(body, headersEnd + 4, next - 2)));
            start = next + delimiter.length;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("the multipart body has no boundary after " + from);
    }
}
