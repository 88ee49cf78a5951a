package dev.mistral4j.emulator.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.files.StoredFiles;
import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.InProcessCalls;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code POST /v1/ocr}, answered from the document itself: a PDF's text per page, read with PDFBox; an image's format
 * and pixel size, described in one sentence. Annotations ({@code bbox_annotation_format},
 * {@code document_annotation_format}) are asked of the emulator's own chat endpoint with the format as its
 * {@code response_format}, so they are valid for the schema and drawn from the page text.
 */
public final class OcrEndpoint implements Routes {

    /** The largest document the API reads. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The model that writes annotations, as a vision model would for the real API. */
    static final String ANNOTATION_MODEL = "mistral-small-latest";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final StoredFiles files;
    private final ModelRegistry models;
    private InProcessCalls calls;

    /** OCR of documents given inline or stored in {@code files}, by the OCR models of {@code models}. */
    public OcrEndpoint(StoredFiles files, ModelRegistry models) {
        this.files = files;
        this.models = models;
    }

    @Override
    public void addTo(Router router) {
        this.calls = router.inProcess();
        router.post("/v1/ocr", this::ocr);
    }

    Reply ocr(Exchange exchange) {
        JsonNode request = exchange.body();
        ModelCard model = models.requested(exchange);
        if (!model.can(ModelCard.Capability.OCR)) {
            throw ApiError.invalidRequest(null, "Model " + model.id() + " does not do OCR; use mistral-ocr-latest");
        }
        OcrOptions options = OcrOptions.of(request);
        Media media = document(request.path("document"));
        if (media.size() > MAX_BYTES) {
            throw ApiError.invalidRequest(null, "The document " + media.name() + " has " + media.size()
                    + " bytes, more than the " + MAX_BYTES + " bytes (50 MB) a document may have");
        }
        try {
            byte[] head = media.head(ImageHeader.HEAD_BYTES);
            ObjectNode response = NODES.objectNode();
            ArrayNode pages = response.putArray("pages");
            if (startsWithPdf(head)) {
                readPdf(media, options, pages);
            } else if (ImageHeader.looksLikeImage(head)) {
                pages.add(imagePage(media, head, options));
            } else {
                throw ApiError.invalidRequest(null, "Unsupported document type for " + media.name()
                        + ": the emulator reads PDF, PNG and JPEG documents");
            }
            annotate(pages, options);
            response.put("model", request.path("model").asText());
            response.put("document_annotation", options.documentFormat() == null ? null
                    : annotation(options.documentFormat(), options.documentPrompt(), documentText(pages)));
            response.putObject("usage_info").put("pages_processed", pages.size()).put("doc_size_bytes", media.size());
            return Reply.json(response);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document " + media.name(), e);
        }
    }

    /** The document of a {@code FileChunk}, {@code DocumentURLChunk} or {@code ImageURLChunk}. */
    private Media document(JsonNode document) {
        if (document.has("file_id")) {
            return Media.fromFile(document.path("file_id").asText(), files);
        }
        if (document.has("document_url")) {
            return Media.fromUrl(document.path("document_url").asText(), files);
        }
        JsonNode image = document.path("image_url");
        if (image.isTextual() || image.path("url").isTextual()) {
            return Media.fromUrl(image.isTextual() ? image.asText() : image.path("url").asText(), files);
        }
        throw ApiError.invalidRequest(null, "document must give a file_id, a document_url or an image_url");
    }

    private static void readPdf(Media media, OcrOptions options, ArrayNode pages) throws IOException {
        try (PdfPages pdf = PdfPages.open(media)) {
            OcrPage.Images images = new OcrPage.Images(options.imageLimit());
            int[] tables = {0};
            for (int index : options.pageIndexes(pdf.count())) {
                pages.add(OcrPage.write(index, pdf.page(index), options, images, tables));
            }
        }
    }

    /** An image document: one page describing the image, which is also its one extracted image. */
    private static ObjectNode imagePage(Media media, byte[] head, OcrOptions options) throws IOException {
        options.pageIndexes(1);
        ImageHeader header = ImageHeader.read(head).orElseThrow(() -> ApiError.invalidRequest(null,
                "The image " + media.name() + " is damaged: its header gives no size"));
        String description = "A " + header.format() + " image of " + header.width() + " x " + header.height()
                + " pixels.";
        ObjectNode page = NODES.objectNode().put("index", 0);
        ArrayNode images = NODES.arrayNode();
        String id = header.width() >= options.imageMinSize() && header.height() >= options.imageMinSize()
                ? new OcrPage.Images(options.imageLimit()).take(header.extension()) : null;
        if (id != null) {
            ObjectNode image = images.addObject().put("id", id).put("top_left_x", 0).put("top_left_y", 0)
                    .put("bottom_right_x", header.width()).put("bottom_right_y", header.height());
            image.put("image_base64", options.imageBase64() ? "data:image/" + header.extension() + ";base64,"
                    + Base64.getEncoder().encodeToString(media.bytes()) : null);
            image.putNull("image_annotation");
        }
        String markdown = id == null ? description : "![" + id + "](" + id + ")\n\n" + description;
        page.put("markdown", markdown);
        page.set("images", images);
        page.putArray("tables");
        page.putArray("hyperlinks");
        page.putNull("header");
        page.putNull("footer");
        page.putObject("dimensions").put("dpi", 72).put("height", header.height()).put("width", header.width());
        page.set("confidence_scores", options.confidence() == null ? NODES.nullNode()
                : OcrPage.confidence(markdown, options.confidence().equals("word")));
        ObjectNode block = NODES.objectNode().put("top_left_x", 0).put("top_left_y", 0)
                .put("bottom_right_x", header.width()).put("bottom_right_y", header.height())
                .put("content", markdown).put("type", id == null ? "text" : "image");
        if (id != null) {
            block.put("image_id", id);
        }
        page.set("blocks", options.blocks() ? NODES.arrayNode().add(block) : NODES.nullNode());
        return page;
    }

    /** Fills each image's {@code image_annotation} when the request gave a bbox annotation format. */
    private void annotate(ArrayNode pages, OcrOptions options) {
        if (options.bboxFormat() == null) {
            return;
        }
        for (JsonNode page : pages) {
            for (JsonNode image : page.path("images")) {
                ((ObjectNode) image).put("image_annotation", annotation(options.bboxFormat(), null,
                        "Image " + image.path("id").asText() + " on page " + page.path("index").asInt()
                                + " of the document, whose text reads: " + page.path("markdown").asText()));
            }
        }
    }

    /** A JSON string valid for {@code format}, asked of the emulator's chat endpoint. */
    private String annotation(JsonNode format, String prompt, String text) {
        ObjectNode chat = NODES.objectNode().put("model", ANNOTATION_MODEL);
        ArrayNode messages = chat.putArray("messages");
        if (prompt != null) {
            messages.addObject().put("role", "system").put("content", prompt);
        }
        messages.addObject().put("role", "user").put("content", text);
        chat.set("response_format", format);
        Reply.Json answer = calls.post("/v1/chat/completions", chat);
        if (answer.status() != 200) {
            throw ApiError.invalidRequest(null, "The annotation format was refused: "
                    + answer.body().path("message").asText(answer.body().toString()));
        }
        return answer.body().path("choices").path(0).path("message").path("content").asText();
    }

    private static String documentText(ArrayNode pages) {
        StringBuilder text = new StringBuilder();
        pages.forEach(page -> text.append(page.path("markdown").asText()).append("\n\n"));
        return text.toString().strip();
    }

    private static boolean startsWithPdf(byte[] head) {
        return head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }
}
