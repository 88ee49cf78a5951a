package dev.mistral4j.admin.dataset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Finds the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). */
final class Utf8Check {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Check() {
    }

    /** The index of the first invalid byte in {@code bytes[from, to)}, or -1 when the range is valid UTF-8. */
    static int firstInvalidByte(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            // training data is mostly ASCII: skip it eight bytes at a time
            if (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int continuations;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                continuations = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                continuations = 2;
                if (lead == 0xE0) {
                    secondMin = 0xA0; // overlong
                } else if (lead == 0xED) {
                    secondMax = 0x9F; // surrogates
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                continuations = 3;
                if (lead == 0xF0) {
                    secondMin = 0x90; // overlong
                } else if (lead == 0xF4) {
                    secondMax = 0x8F; // above U+10FFFF
                }
            } else {
                return i;
            }
            if (i + continuations >= to) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondMin || second > secondMax) {
                return i;
            }
            for (int k = 2; k <= continuations; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += continuations + 1;
        }
        return -1;
    }
}
