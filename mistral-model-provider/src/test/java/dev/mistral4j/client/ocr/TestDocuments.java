package dev.mistral4j.client.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Documents and recordings written in the tests (PDFBox, ImageIO, bytes), so every input is known exactly. */
public final class TestDocuments {

    /** A font PDFBox ships with Latin, Greek and Cyrillic glyphs, so no system font is needed. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TestDocuments() {
    }

    /** A US Letter PDF, one page per list of lines (an empty list is an empty page); object streams compressed. */
    public static byte[] pdf(List<List<String>> pages) {
        return pdf(pages, true);
    }

    /** As {@link #pdf(List)}; {@code compressed} false keeps every object, the page tree too, in plain sight. */
    public static byte[] pdf(List<List<String>> pages, boolean compressed) {
        try (PDDocument document = new PDDocument()) {
            PDFont font;
            try (InputStream in = TestDocuments.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(document, in);
            }
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 720;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font, 14);
                        content.newLineAtOffset(72, y);
                        content.showText(line);
                        content.endText();
                        y -= 20;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, compressed ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code width} x {@code height} PNG, half red, half blue. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A 16 kHz, 16-bit mono WAV of {@code seconds}, a tone whose pitch is {@code hertz}. */
    public static byte[] wav(double seconds, int hertz) {
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
}
