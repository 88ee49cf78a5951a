package dev.mistral4j.emulator.documents;

import dev.mistral4j.emulator.server.ApiError;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF as the emulator reads it with Apache PDFBox: per page its size, its text as lines (with their boxes and font
 * sizes, in reading order), the images drawn on it (with their boxes) and its link URIs. Boxes are in PDF points
 * from the page's top-left corner. Opening refuses what the API refuses: a file that is not a readable PDF, an
 * encrypted one, one without pages or with more pages than the API reads.
 */
final class PdfPages implements Closeable {

    /** The most pages the API reads from one document. */
    static final int MAX_PAGES = 1000;

    /** One line of text. */
    record Line(String text, Box box, float fontSize) {
    }

    /** An image drawn on a page. */
    record DrawnImage(PDImageXObject image, Box box) {
    }

    /** A rectangle in points from the page's top-left corner. */
    record Box(float left, float top, float right, float bottom) {

        Box union(Box other) {
            return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                    Math.max(bottom, other.bottom));
        }
    }

    /** What one page holds. */
    record Page(float width, float height, List<Line> lines, List<DrawnImage> images, List<String> links) {
    }

    private final PDDocument document;

    private PdfPages(PDDocument document) {
        this.document = document;
    }

    /**
     * Opens the PDF in {@code media}.
     *
     * @throws ApiError 400 naming the document when it is not a readable PDF, is encrypted, has no pages or more
     *                  than {@link #MAX_PAGES}
     */
    static PdfPages open(Media media) throws IOException {
        PDDocument document;
        try (InputStream in = media.open()) {
            document = Loader.loadPDF(new RandomAccessReadBuffer(in));
        } catch (InvalidPasswordException e) {
            throw ApiError.invalidRequest(null, "The PDF " + media.name() + " is encrypted: remove its password "
                    + "before sending it");
        } catch (IOException e) {
            throw ApiError.invalidRequest(null, "The document " + media.name() + " is not a readable PDF: "
                    + e.getMessage());
        }
        int pages = document.getNumberOfPages();
        if (pages == 0 || pages > MAX_PAGES) {
            document.close();
            throw ApiError.invalidRequest(null, pages == 0 ? "The PDF " + media.name() + " has no pages"
                    : "The PDF " + media.name() + " has " + pages + " pages, more than the " + MAX_PAGES
                    + " pages a document may have");
        }
        return new PdfPages(document);
    }

    int count() {
        return document.getNumberOfPages();
    }

    /** The content of page {@code index} (from 0). */
    Page page(int index) throws IOException {
        PDPage page = document.getPage(index);
        PDRectangle media = page.getMediaBox();
        LineCollector text = new LineCollector();
        text.setStartPage(index + 1);
        text.setEndPage(index + 1);
        text.getText(document);
        ImageLocator images = new ImageLocator(media.getHeight());
        images.processPage(page);
        List<String> links = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                    && uri.getURI() != null) {
                links.add(uri.getURI());
            }
        }
        return new Page(media.getWidth(), media.getHeight(), text.lines, images.found, links);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** Collects the stripper's words into lines, with the box and the largest font size of each. */
    private static final class LineCollector extends PDFTextStripper {

        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Box box;
        private float fontSize;

        LineCollector() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String word, List<TextPosition> positions) {
            text.append(word);
            for (TextPosition position : positions) {
                Box glyph = new Box(position.getXDirAdj(), position.getYDirAdj() - position.getHeightDir(),
                        position.getXDirAdj() + position.getWidthDirAdj(), position.getYDirAdj());
                box = box == null ? glyph : box.union(glyph);
                fontSize = Math.max(fontSize, position.getFontSizeInPt());
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
        }

        private void endLine() {
            String line = text.toString().strip();
            if (!line.isEmpty() && box != null) {
                lines.add(new Line(line, box, fontSize));
            }
            text.setLength(0);
            box = null;
            fontSize = 0;
        }
    }

    /** Follows the content stream's transformations to find where each image is drawn. */
    private static final class ImageLocator extends PDFStreamEngine {

        private final float pageHeight;
        private final List<DrawnImage> found = new ArrayList<>();

        ImageLocator(float pageHeight) {
            this.pageHeight = pageHeight;
            addOperator(new Concatenate(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (!"Do".equals(operator.getName()) || operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
                super.processOperator(operator, operands);
                return;
            }
            PDXObject object = getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                float x = ctm.getTranslateX();
                float y = ctm.getTranslateY();
                float width = ctm.getScalingFactorX();
                float height = ctm.getScalingFactorY();
                found.add(new DrawnImage(image, new Box(x, pageHeight - (y + height), x + width, pageHeight - y)));
            } else if (object instanceof PDFormXObject form) {
                showForm(form);
            }
        }
    }
}
