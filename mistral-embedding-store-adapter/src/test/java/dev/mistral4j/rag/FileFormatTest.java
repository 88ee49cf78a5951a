package dev.mistral4j.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileFormatTest {

    /** Bytes from hex pairs and bracketed ASCII, such as {@code [RIFF] 00000000 [WAVE]}. */
    static byte[] bytes(String spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : spec.trim().split(" +")) {
            if (part.startsWith("[")) {
                out.writeBytes(part.substring(1, part.length() - 1).getBytes(StandardCharsets.US_ASCII));
            } else {
                for (int i = 0; i < part.length(); i += 2) {
                    out.write(Integer.parseInt(part.substring(i, i + 2), 16));
                }
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "report.PDF,    PDF,  [%PDF-1.7] 0a",
        "scan.png,      PNG,  89504e470d0a1a0a",
        "photo.jpeg,    JPEG, ffd8ffe0",
        "photo.JPG,     JPEG, ffd8ffdb",
        "anim.gif,      GIF,  [GIF89a]",
        "pic.webp,      WEBP, [RIFF] 00000000 [WEBP]",
        "fax.tif,       TIFF, 49492a00",
        "fax.tiff,      TIFF, 4d4d002a",
        "old.bmp,       BMP,  [BM]",
        "new.avif,      AVIF, 00000020 [ftypavif]",
        "call.wav,      WAV,  [RIFF] 00000000 [WAVE]",
        "song.mp3,      MP3,  [ID3]",
        "frame.mp3,     MP3,  fffb9064",
        "voice.ogg,     OGG,  [OggS]",
        "voice.opus,    OGG,  [OggS]",
        "lossless.flac, FLAC, [fLaC]",
        "memo.m4a,      M4A,  00000020 [ftypM4A] 20",
        "raw.aac,       AAC,  fff15080",
        "clip.webm,     WEBM, 1a45dfa3"
    })
    void eachFormatIsNamedByItsExtensionAndKnownByItsFirstBytes(String file, FileFormat format, String head) {
        assertThat(FileFormat.byExtension(file)).isEqualTo(format);
        assertThat(FileFormat.byContent(bytes(head))).isEqualTo(format);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"notes.txt, TEXT", "README.md, TEXT", "a.markdown, TEXT", "Makefile,", ".pdf,", "table.xlsx,"})
    void textHasExtensionsOnlyAndUnknownNamesHaveNoFormat(String file, FileFormat format) {
        assertThat(FileFormat.byExtension(file)).isEqualTo(format);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"[hello]", "[RIFF] 00000000 [AVI]", "[PK] 0304", "ff00"})
    void bytesOfNoKnownFormatHaveNone(String head) {
        assertThat(FileFormat.byContent(bytes(head))).isNull();
    }

    @Test
    void aPdfHeaderCountsInTheFirstKilobyteOnly() {
        byte[] late = new byte[FileFormat.HEAD_BYTES + 10];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, late, FileFormat.HEAD_BYTES, 5);
        assertThat(FileFormat.PDF.matches(late)).isFalse();
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, late, 100, 5);
        assertThat(FileFormat.PDF.matches(late)).isTrue();
    }
}
