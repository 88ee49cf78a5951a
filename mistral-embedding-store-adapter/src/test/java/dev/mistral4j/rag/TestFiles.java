package dev.mistral4j.rag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Real files written in the tests: PDFs with PDFBox, WAV recordings byte by byte. */
final class TestFiles {

    /** A font with Latin, Greek and Cyrillic glyphs that PDFBox ships, so that no system font is needed. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TestFiles() {
    }

    /** A PDF with one page per list, each string one line of 11 pt text; an empty list is an empty page. */
    static byte[] pdf(List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font;
            try (InputStream in = TestFiles.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(document, in);
            }
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 780;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(50, y);
                        content.showText(line);
                        content.endText();
                        y -= 16;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A mono 16-bit PCM WAV recording of {@code samples} samples at 8 kHz, each sample {@code seed} plus its index. */
    static byte[] wav(int samples, int seed) {
        int dataBytes = samples * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(dataBytes);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (seed + i));
        }
        return wav.array();
    }
}
