package dev.mistral4j.emulator.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** PDFs and images written in the tests with PDFBox and ImageIO, so every input is known exactly. */
final class TestPdfs {

    /** A font with Latin, Greek and Cyrillic glyphs that PDFBox ships, so no system font is needed. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** What to draw on one page: text lines (14 pt, a line starting with "# " in 28 pt), an image, a link. */
    static final class PageSpec {

        private final List<String> lines = new ArrayList<>();
        private BufferedImage image;
        private float[] imageBox;
        private String link;

        PageSpec line(String text) {
            lines.add(text);
            return this;
        }

        /** Draws {@code image} with its lower-left corner at ({@code x}, {@code y}) points, {@code width} wide. */
        PageSpec image(BufferedImage drawn, float x, float y, float width, float height) {
            this.image = drawn;
            this.imageBox = new float[] {x, y, width, height};
            return this;
        }

        PageSpec link(String uri) {
            this.link = uri;
            return this;
        }
    }

    private TestPdfs() {
    }

    static PageSpec page() {
        return new PageSpec();
    }

    /** A US Letter PDF with the given pages. */
    static byte[] pdf(PageSpec... pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = font(document);
            for (PageSpec spec : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 720;
                    for (String line : spec.lines) {
                        boolean title = line.startsWith("# ");
                        content.beginText();
                        content.setFont(font, title ? 28 : 14);
                        content.newLineAtOffset(72, y);
                        content.showText(title ? line.substring(2) : line);
                        content.endText();
                        y -= title ? 40 : 20;
                    }
                    if (spec.image != null) {
                        PDImageXObject image = LosslessFactory.createFromImage(document, spec.image);
                        content.drawImage(image, spec.imageBox[0], spec.imageBox[1], spec.imageBox[2],
                                spec.imageBox[3]);
                    }
                }
                if (spec.link != null) {
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(72, 100, 200, 20));
                    PDActionURI action = new PDActionURI();
                    action.setURI(spec.link);
                    link.setAction(action);
                    page.getAnnotations().add(link);
                }
            }
            return save(document);
        }
    }

    /** A one-page PDF that opens only with the password {@code secret}. */
    static byte[] encrypted() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    /** A PDF without a single page. */
    static byte[] withoutPages() throws IOException {
        try (PDDocument document = new PDDocument()) {
            return save(document);
        }
    }

    /** A {@code width} x {@code height} image in {@code format} ("png" or "jpeg"), half red, half blue. */
    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), format, out);
        return out.toByteArray();
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    private static PDFont font(PDDocument document) throws IOException {
        try (InputStream in = TestPdfs.class.getResourceAsStream(FONT)) {
            return PDType0Font.load(document, in);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
