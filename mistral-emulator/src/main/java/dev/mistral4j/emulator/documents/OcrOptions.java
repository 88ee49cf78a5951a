package dev.mistral4j.emulator.documents;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.server.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The options of an {@code OCRRequest} that shape the answer, checked as the API checks them.
 *
 * @param pages           the page selector ({@code "0,2-4"} or a list), or a missing node for every page
 * @param imageBase64     whether extracted images carry their bytes as a data URL
 * @param imageLimit      the most images extracted from the whole document; {@code Integer.MAX_VALUE} for no limit
 * @param imageMinSize    the smallest width and height, in pixels, of an image worth extracting
 * @param tableFormat     {@code markdown} or {@code html} to extract tables, {@code null} to leave them in the text
 * @param header          whether the first line of each page is returned as its header
 * @param footer          whether the last line of each page is returned as its footer
 * @param blocks          whether each page lists its content blocks with their boxes
 * @param confidence      {@code page} or {@code word} for confidence scores, {@code null} for none
 * @param bboxFormat      the response format of each image's annotation, or {@code null}
 * @param documentFormat  the response format of the document's annotation, or {@code null}
 * @param documentPrompt  the prompt guiding the document annotation, or {@code null}
 */
record OcrOptions(JsonNode pages, boolean imageBase64, int imageLimit, int imageMinSize, String tableFormat,
                  boolean header, boolean footer, boolean blocks, String confidence, JsonNode bboxFormat,
                  JsonNode documentFormat, String documentPrompt) {

    static OcrOptions of(JsonNode request) {
        int limit = request.path("image_limit").isNull() || request.path("image_limit").isMissingNode()
                ? Integer.MAX_VALUE : atLeastZero(request, "image_limit");
        int minSize = request.path("image_min_size").isIntegralNumber() ? atLeastZero(request, "image_min_size") : 0;
        JsonNode bbox = responseFormat(request, "bbox_annotation_format");
        JsonNode document = responseFormat(request, "document_annotation_format");
        String prompt = request.path("document_annotation_prompt").textValue();
        if (prompt != null && document == null) {
            throw ApiError.invalidRequest(null, "document_annotation_prompt needs a document_annotation_format");
        }
        return new OcrOptions(request.path("pages"), request.path("include_image_base64").asBoolean(false), limit,
                minSize, request.path("table_format").textValue(), request.path("extract_header").asBoolean(false),
                request.path("extract_footer").asBoolean(false), request.path("include_blocks").asBoolean(false),
                request.path("confidence_scores_granularity").textValue(), bbox, document, prompt);
    }

    /**
     * The page indexes to read, ascending and without repeats, of a document with {@code count} pages.
     *
     * @throws ApiError 400 naming a malformed selector or a page the document does not have
     */
    List<Integer> pageIndexes(int count) {
        if (pages.isMissingNode() || pages.isNull()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                all.add(i);
            }
            return all;
        }
        TreeSet<Integer> selected = new TreeSet<>();
        if (pages.isArray()) {
            pages.forEach(page -> selected.add(page.asInt()));
        } else {
            for (String part : pages.asText().split(",")) {
                selected.addAll(range(part.strip()));
            }
        }
        for (int page : selected) {
            if (page < 0 || page >= count) {
                throw ApiError.invalidRequest(null, "pages: page " + page + " does not exist: the document has "
                        + count + (count == 1 ? " page (0)" : " pages (0 to " + (count - 1) + ")"));
            }
        }
        return new ArrayList<>(selected);
    }

    private static List<Integer> range(String part) {
        try {
            int dash = part.indexOf('-', 1);
            int from = Integer.parseInt((dash < 0 ? part : part.substring(0, dash)).strip());
            int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1).strip());
            if (to < from) {
                throw ApiError.invalidRequest(null, "pages: the range '" + part + "' ends before it starts");
            }
            List<Integer> range = new ArrayList<>();
            for (int page = from; page <= to; page++) {
                range.add(page);
            }
            return range;
        } catch (NumberFormatException e) {
            throw ApiError.invalidRequest(null, "pages: '" + part + "' is not a page number or a range such as 2-4;"
                    + " page numbers start from 0");
        }
    }

    private static int atLeastZero(JsonNode request, String field) {
        int value = request.path(field).asInt();
        if (value < 0) {
            throw ApiError.invalidRequest(null, field + " must be 0 or more, got " + value);
        }
        return value;
    }

    private static JsonNode responseFormat(JsonNode request, String field) {
        JsonNode format = request.path(field);
        if (format.isMissingNode() || format.isNull()) {
            return null;
        }
        if (!"json_schema".equals(format.path("type").asText()) || !format.path("json_schema").isObject()) {
            throw ApiError.invalidRequest(null, field + ": only a json_schema response format is valid here");
        }
        return format;
    }
}
