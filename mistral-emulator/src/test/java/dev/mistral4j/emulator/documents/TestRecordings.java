package dev.mistral4j.emulator.documents;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Recordings written in the tests byte by byte, so their durations are known exactly. */
final class TestRecordings {

    private TestRecordings() {
    }

    /** A 16 kHz, 16-bit mono WAV of {@code seconds}, a tone whose pitch is {@code hertz}. */
    static byte[] wav(double seconds, int hertz) {
        int rate = 16_000;
        int samples = (int) Math.round(seconds * rate);
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (Math.sin(2 * Math.PI * hertz * i / rate) * 8000));
        }
        return wav.array();
    }

    /** An OGG Opus stream of {@code seconds}: its identification header page and a last page with the length. */
    static byte[] opus(double seconds) {
        int preSkip = 312;
        ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        head.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1).putShort((short) preSkip)
                .putInt(48_000).putShort((short) 0).put((byte) 0);
        ByteArrayOutputStream ogg = new ByteArrayOutputStream();
        ogg.writeBytes(page(0, 0, head.array()));
        ogg.writeBytes(page(1, Math.round(seconds * 48_000) + preSkip, new byte[] {(byte) 0xfc, 0, 0}));
        return ogg.toByteArray();
    }

    private static byte[] page(int sequence, long granule, byte[] packet) {
        ByteBuffer page = ByteBuffer.allocate(27 + 1 + packet.length).order(ByteOrder.LITTLE_ENDIAN);
        page.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) (sequence == 0 ? 2 : 4))
                .putLong(granule).putInt(7).putInt(sequence).putInt(0).put((byte) 1).put((byte) packet.length)
                .put(packet);
        return page.array();
    }
}
