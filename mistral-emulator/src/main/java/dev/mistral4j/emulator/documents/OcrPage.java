package dev.mistral4j.emulator.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.documents.PdfPages.Box;
import dev.mistral4j.emulator.documents.PdfPages.DrawnImage;
import dev.mistral4j.emulator.documents.PdfPages.Line;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * One page of an {@code OCRResponse} (the spec's {@code OCRPageObject}) written from what PDFBox read: the text lines
 * become markdown (a line in a larger font a {@code #} title, a vertical gap a paragraph break, consecutive lines with
 * {@code |} cells a table), the drawn images {@code ![img-N](img-N)} references where they stand, boxes pixels at
 * {@link #DPI} dots per inch. Images are numbered across the document; {@link Images} keeps the count and the limit.
 */
final class OcrPage {

    /** The resolution of the page images the API describes: a US Letter page is 1700 x 2200 pixels. */
    static final int DPI = 200;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** The images extracted so far across the document, and how many more may be. */
    static final class Images {

        private int next;
        private int remaining;

        Images(int limit) {
            this.remaining = limit;
        }

        /** The next id, e.g. {@code img-3.jpeg}, or {@code null} once the limit is reached. */
        String take(String extension) {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            return "img-" + next++ + "." + extension;
        }
    }

    private enum Kind { TITLE, TEXT, TABLE, IMAGE }

    /** One block of the page: its kind, markdown and box; {@code ref} is the image or table id. */
    private record Element(Kind kind, String markdown, Box box, String ref) {
    }

    private OcrPage() {
    }

    /** The page object of {@code page}, whose index in the document is {@code index}. */
    static ObjectNode write(int index, PdfPages.Page page, OcrOptions options, Images images, int[] tableCount)
            throws IOException {
        List<Line> lines = new ArrayList<>(page.lines());
        Line header = options.header() && !lines.isEmpty() ? lines.remove(0) : null;
        Line footer = options.footer() && !lines.isEmpty() ? lines.remove(lines.size() - 1) : null;
        ObjectNode json = NODES.objectNode().put("index", index);
        ArrayNode imageArray = NODES.arrayNode();
        ArrayNode tableArray = NODES.arrayNode();
        List<Element> elements = textElements(lines, options.tableFormat(), tableArray, tableCount);
        for (DrawnImage drawn : page.images()) {
            ObjectNode image = image(drawn, options, images);
            if (image != null) {
                imageArray.add(image);
                String id = image.path("id").asText();
                insertByPosition(elements, new Element(Kind.IMAGE, "![" + id + "](" + id + ")", drawn.box(), id));
            }
        }
        String markdown = String.join("\n\n", elements.stream().map(Element::markdown).toList());
        json.put("markdown", markdown);
        json.set("images", imageArray);
        json.set("tables", tableArray);
        ArrayNode links = json.putArray("hyperlinks");
        page.links().forEach(links::add);
        json.put("header", header == null ? null : header.text());
        json.put("footer", footer == null ? null : footer.text());
        json.putObject("dimensions").put("dpi", DPI).put("height", pixels(page.height()))
                .put("width", pixels(page.width()));
        json.set("confidence_scores", options.confidence() == null ? NODES.nullNode()
                : confidence(markdown, options.confidence().equals("word")));
        if (options.confidence() != null && options.confidence().equals("word")) {
            tableArray.forEach(table -> ((ObjectNode) table).set("word_confidence_scores",
                    confidence(table.path("content").asText(), true).get("word_confidence_scores")));
        }
        json.set("blocks", options.blocks() ? blocks(elements, header, footer) : NODES.nullNode());
        return json;
    }

    /** Confidence scores derived from the words themselves, so the same text always scores the same. */
    static ObjectNode confidence(String text, boolean words) {
        ObjectNode scores = NODES.objectNode();
        ArrayNode wordScores = NODES.arrayNode();
        double sum = 0;
        double min = 1;
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            double confidence = 0.85 + Math.floorMod(matcher.group().hashCode(), 15) / 100.0;
            wordScores.addObject().put("text", matcher.group()).put("confidence", confidence)
                    .put("start_index", matcher.start());
            sum += confidence;
            min = Math.min(min, confidence);
            count++;
        }
        if (words) {
            scores.set("word_confidence_scores", wordScores);
        }
        return scores.put("average_page_confidence_score", count == 0 ? 1.0 : Math.round(sum / count * 1000) / 1000.0)
                .put("minimum_page_confidence_score", min);
    }

    static int pixels(float points) {
        return Math.max(0, Math.round(points / 72f * DPI));
    }

    private static List<Element> textElements(List<Line> lines, String tableFormat, ArrayNode tables,
                                              int[] tableCount) {
        float[] sizes = new float[lines.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = lines.get(i).fontSize();
        }
        Arrays.sort(sizes);
        float median = sizes.length == 0 ? 0 : sizes[(sizes.length - 1) / 2];
        List<Element> elements = new ArrayList<>();
        List<Line> paragraph = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int tableEnd = tableEnd(lines, i);
            boolean title = median > 0 && line.fontSize() >= median * 1.3f;
            boolean gap = !paragraph.isEmpty() && gapBefore(line, paragraph.get(paragraph.size() - 1));
            if (tableEnd > i || title || gap) {
                flush(paragraph, elements);
            }
            if (tableEnd > i) {
                elements.add(table(lines.subList(i, tableEnd), tableFormat, tables, tableCount));
                i = tableEnd - 1;
            } else if (title) {
                elements.add(new Element(Kind.TITLE, "# " + line.text(), line.box(), null));
            } else {
                paragraph.add(line);
            }
        }
        flush(paragraph, elements);
        return elements;
    }

    /** Whether more than a usual line spacing (1.6 times the font size) separates the baselines of two lines. */
    private static boolean gapBefore(Line line, Line previous) {
        return line.box().bottom() - previous.box().bottom() > 1.6f * Math.max(line.fontSize(), previous.fontSize());
    }

    /** The end (exclusive) of the table starting at {@code from}: at least two lines with {@code |} cells. */
    private static int tableEnd(List<Line> lines, int from) {
        int end = from;
        while (end < lines.size() && lines.get(end).text().chars().filter(c -> c == '|').count() >= 2) {
            end++;
        }
        return end - from >= 2 ? end : from;
    }

    private static Element table(List<Line> rows, String format, ArrayNode tables, int[] tableCount) {
        Box box = rows.get(0).box();
        for (Line row : rows) {
            box = box.union(row.box());
        }
        String markdown = String.join("\n", rows.stream().map(Line::text).toList());
        if (format == null) {
            return new Element(Kind.TABLE, markdown, box, null);
        }
        String id = "tbl-" + tableCount[0]++ + "." + (format.equals("html") ? "html" : "md");
        tables.addObject().put("id", id).put("content", format.equals("html") ? html(rows) : markdown)
                .put("format", format);
        return new Element(Kind.TABLE, "[" + id + "](" + id + ")", box, id);
    }

    /** A markdown table's rows as HTML; the separator row ({@code |---|}) is left out. */
    private static String html(List<Line> rows) {
        StringBuilder html = new StringBuilder("<table>");
        for (Line row : rows) {
            String text = row.text().strip();
            if (text.matches("[|:\\-\\s]+")) {
                continue;
            }
            html.append("<tr>");
            for (String cell : text.replaceAll("^\\|", "").replaceAll("\\|$", "").split("\\|")) {
                html.append("<td>").append(cell.strip()).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    private static void flush(List<Line> paragraph, List<Element> elements) {
        if (paragraph.isEmpty()) {
            return;
        }
        Box box = paragraph.get(0).box();
        for (Line line : paragraph) {
            box = box.union(line.box());
        }
        elements.add(new Element(Kind.TEXT, String.join("\n", paragraph.stream().map(Line::text).toList()), box,
                null));
        paragraph.clear();
    }

    private static void insertByPosition(List<Element> elements, Element image) {
        int at = 0;
        while (at < elements.size() && elements.get(at).box().top() <= image.box().top()) {
            at++;
        }
        elements.add(at, image);
    }

    /** The spec's {@code OCRImageObject}, or {@code null} when the image is too small or over the limit. */
    private static ObjectNode image(DrawnImage drawn, OcrOptions options, Images images) throws IOException {
        Box box = drawn.box();
        if (pixels(box.right() - box.left()) < options.imageMinSize()
                || pixels(box.bottom() - box.top()) < options.imageMinSize()) {
            return null;
        }
        boolean jpeg = "jpg".equals(drawn.image().getSuffix());
        String id = images.take(jpeg ? "jpeg" : "png");
        if (id == null) {
            return null;
        }
        ObjectNode json = NODES.objectNode().put("id", id)
                .put("top_left_x", pixels(box.left())).put("top_left_y", pixels(box.top()))
                .put("bottom_right_x", pixels(box.right())).put("bottom_right_y", pixels(box.bottom()));
        json.put("image_base64", options.imageBase64() ? dataUrl(drawn, jpeg) : null);
        json.putNull("image_annotation");
        return json;
    }

    private static String dataUrl(DrawnImage drawn, boolean jpeg) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (jpeg) {
            try (InputStream raw = drawn.image().createInputStream(List.of("DCTDecode"))) {
                raw.transferTo(bytes);
            }
        } else {
            ImageIO.write(drawn.image().getImage(), "png", bytes);
        }
        return "data:image/" + (jpeg ? "jpeg" : "png") + ";base64,"
                + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static ArrayNode blocks(List<Element> elements, Line header, Line footer) {
        ArrayNode blocks = NODES.arrayNode();
        if (header != null) {
            block(blocks, "header", header.text(), header.box());
        }
        for (Element element : elements) {
            switch (element.kind()) {
                case TITLE -> block(blocks, "title", element.markdown(), element.box());
                case TEXT -> block(blocks, "text", element.markdown(), element.box());
                case TABLE -> block(blocks, "table", element.markdown(), element.box()).put("table_id", element.ref());
                case IMAGE -> block(blocks, "image", element.markdown(), element.box()).put("image_id", element.ref());
            }
        }
        if (footer != null) {
            block(blocks, "footer", footer.text(), footer.box());
        }
        return blocks;
    }

    private static ObjectNode block(ArrayNode blocks, String type, String content, Box box) {
        return blocks.addObject().put("top_left_x", pixels(box.left())).put("top_left_y", pixels(box.top()))
                .put("bottom_right_x", pixels(box.right())).put("bottom_right_y", pixels(box.bottom()))
                .put("content", content).put("type", type);
    }
}
