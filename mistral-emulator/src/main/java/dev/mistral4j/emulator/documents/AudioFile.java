package dev.mistral4j.emulator.documents;

import dev.mistral4j.emulator.server.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What the emulator reads of a recording: its format, its duration from the header (WAV: the {@code fmt } byte rate
 * and the {@code data} size; OGG: the last page's granule position over the Vorbis or Opus sample rate), and a seed
 * from a digest of every byte. The recording is read once, as a stream, keeping only its first and last bytes.
 */
record AudioFile(String format, double seconds, long seed) {

    private static final int EDGE = 64 * 1024;

    /**
     * Reads {@code media}.
     *
     * @throws ApiError 400 naming the file when it is neither WAV nor OGG, or its header is damaged
     */
    static AudioFile read(Media media) throws IOException {
        MessageDigest digest = sha256();
        byte[] head;
        byte[] tail = new byte[EDGE];
        int tailLength = 0;
        long size = 0;
        try (InputStream in = media.open()) {
            head = in.readNBytes(EDGE);
            digest.update(head);
            size = head.length;
            System.arraycopy(head, 0, tail, 0, head.length);
            tailLength = head.length;
            byte[] buffer = new byte[EDGE];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
                int keep = Math.min(tailLength, EDGE - read);
                System.arraycopy(tail, tailLength - keep, tail, 0, keep);
                System.arraycopy(buffer, 0, tail, keep, read);
                tailLength = keep + read;
            }
        }
        long seed = ByteBuffer.wrap(digest.digest()).getLong();
        if (startsWith(head, "RIFF") && head.length >= 12 && new String(head, 8, 4, StandardCharsets.US_ASCII)
                .equals("WAVE")) {
            return new AudioFile("wav", wavSeconds(head, size, media.name()), seed);
        }
        if (startsWith(head, "OggS")) {
            return new AudioFile("ogg", oggSeconds(head, tail, tailLength, media.name()), seed);
        }
        throw ApiError.invalidRequest(null, "Unsupported audio format for " + media.name()
                + ": the emulator reads WAV and OGG (Vorbis, Opus) recordings");
    }

    private static double wavSeconds(byte[] head, long size, String name) {
        ByteBuffer wav = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        long byteRate = 0;
        int at = 12;
        while (at + 8 <= head.length) {
            String chunk = new String(head, at, 4, StandardCharsets.US_ASCII);
            long length = wav.getInt(at + 4) & 0xffffffffL;
            if (chunk.equals("fmt ") && at + 20 <= head.length) {
                byteRate = wav.getInt(at + 16) & 0xffffffffL;
            } else if (chunk.equals("data")) {
                if (byteRate == 0) {
                    break;
                }
                // a streamed WAV may leave the data size unset: the rest of the file is then the data
                long data = length == 0 || length == 0xffffffffL ? size - at - 8 : Math.min(length, size - at - 8);
                return (double) data / byteRate;
            }
            at += 8 + (int) length + (int) (length & 1);
        }
        throw ApiError.invalidRequest(null, "The WAV file " + name + " is damaged: no \"fmt \" chunk with a byte rate "
                + "before its \"data\" chunk");
    }

    private static double oggSeconds(byte[] head, byte[] tail, int tailLength, String name) {
        // the first page's packet is the codec's identification header
        int segments = head.length > 26 ? head[26] & 0xff : 0;
        int packet = 27 + segments;
        double rate;
        long skip = 0;
        ByteBuffer ogg = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (head.length >= packet + 16 && new String(head, packet + 1, 6, StandardCharsets.US_ASCII).equals("vorbis")) {
            rate = ogg.getInt(packet + 12) & 0xffffffffL;
        } else if (head.length >= packet + 12 && new String(head, packet, 8, StandardCharsets.US_ASCII)
                .equals("OpusHead")) {
            rate = 48_000; // Opus granule positions always count 48 kHz samples
            skip = ogg.getShort(packet + 10) & 0xffff;
        } else {
            throw ApiError.invalidRequest(null, "The OGG file " + name + " is neither Vorbis nor Opus");
        }
        for (int at = tailLength - 27; at >= 0; at--) {
            if (tail[at] == 'O' && tail[at + 1] == 'g' && tail[at + 2] == 'g' && tail[at + 3] == 'S') {
                long granule = ByteBuffer.wrap(tail, at + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
                if (rate <= 0 || granule < 0) {
                    break;
                }
                return Math.max(0, granule - skip) / rate;
            }
        }
        throw ApiError.invalidRequest(null, "The OGG file " + name + " is damaged: no page gives its length");
    }

    private static boolean startsWith(byte[] head, String magic) {
        return head.length >= magic.length()
                && new String(head, 0, magic.length(), StandardCharsets.US_ASCII).equals(magic);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
