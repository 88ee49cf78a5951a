package dev.mistral4j.emulator.documents;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The format and pixel size of a PNG or JPEG image, read from its header: the PNG {@code IHDR} chunk, or the first
 * JPEG start-of-frame marker.
 */
record ImageHeader(String format, String extension, int width, int height) {

    /** Enough bytes to reach a JPEG's frame header behind its usual metadata segments. */
    static final int HEAD_BYTES = 256 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The header of the image whose first bytes are {@code head}; empty when it is neither PNG nor JPEG. */
    static Optional<ImageHeader> read(byte[] head) {
        if (startsWith(head, PNG) && head.length >= 24) {
            ByteBuffer buffer = ByteBuffer.wrap(head);
            return Optional.of(new ImageHeader("PNG", "png", buffer.getInt(16), buffer.getInt(20)));
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
            return jpeg(head);
        }
        return Optional.empty();
    }

    /** Whether {@code head} starts like a PNG or a JPEG, even when its header is cut short. */
    static boolean looksLikeImage(byte[] head) {
        return startsWith(head, PNG) || head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8;
    }

    private static Optional<ImageHeader> jpeg(byte[] head) {
        int at = 2;
        while (at + 9 < head.length) {
            if ((head[at] & 0xff) != 0xff) {
                return Optional.empty();
            }
            int marker = head[at + 1] & 0xff;
            int length = ((head[at + 2] & 0xff) << 8) | (head[at + 3] & 0xff);
            // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC)
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                int height = ((head[at + 5] & 0xff) << 8) | (head[at + 6] & 0xff);
                int width = ((head[at + 7] & 0xff) << 8) | (head[at + 8] & 0xff);
                return Optional.of(new ImageHeader("JPEG", "jpeg", width, height));
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
