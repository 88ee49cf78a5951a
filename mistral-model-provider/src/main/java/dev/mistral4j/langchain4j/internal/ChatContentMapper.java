package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.data.image.Image;
import dev.langchain4j.data.message.AudioContent;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.PdfFileContent;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.pdf.PdfFile;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.DocumentUrlChunk;
import dev.mistral4j.client.chat.ImageUrl;
import dev.mistral4j.client.chat.ImageUrlChunk;
import dev.mistral4j.client.chat.InputAudioChunk;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.chat.TextChunk;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * LangChain4j's message contents as Mistral's content chunks, for user messages and tool results alike. What Mistral
 * has no chunk for fails here, before anything is sent, naming the message and the content by index.
 */
final class ChatContentMapper {

    private ChatContentMapper() {
    }

    /** The contents of message {@code index}: plain text when they are one text, else chunks. */
    static MessageContent content(List<Content> contents, int index) {
        if (contents.size() == 1 && contents.get(0) instanceof TextContent text) {
            return MessageContent.text(text.text());
        }
        List<ContentChunk> chunks = new ArrayList<>(contents.size());
        for (int part = 0; part < contents.size(); part++) {
            chunks.add(chunk(contents.get(part), "messages[" + index + "].contents[" + part + "]"));
        }
        return MessageContent.chunks(chunks);
    }

    private static ContentChunk chunk(Content content, String where) {
        if (content instanceof TextContent text) {
            return new TextChunk(text.text());
        }
        if (content instanceof ImageContent image) {
            return image(image.image(), image.detailLevel(), where);
        }
        if (content instanceof PdfFileContent pdf) {
            PdfFile file = pdf.pdfFile();
            if (file.url() != null) {
                return new DocumentUrlChunk(fetchable(file.url(), "PDF", where), fileName(file.url()));
            }
            return new DocumentUrlChunk(dataUrl(file.mimeType() == null ? PdfFile.DEFAULT_MIME_TYPE
                    : file.mimeType(), file.base64Data(), "PDF", where), null);
        }
        if (content instanceof AudioContent audio) {
            return new InputAudioChunk(audio(audio.audio(), where));
        }
        throw new UnsupportedFeatureException(where + ": Mistral chat has no content for " + content.type()
                + "; use text, images, PDF documents or audio");
    }

    /** An image chunk by URL or data URL, with Mistral's detail for {@code level} ({@code null}: the server's). */
    private static ImageUrlChunk image(Image image, ImageContent.DetailLevel level, String where) {
        String url = image.url() != null ? fetchable(image.url(), "image", where)
                : dataUrl(image.mimeType(), image.base64Data(), "image", where);
        return new ImageUrlChunk(new ImageUrl(url, detail(level, where)));
    }

    /** Mistral's {@code detail} for LangChain4j's level (LangChain4j's default is {@code LOW}). */
    private static String detail(ImageContent.DetailLevel level, String where) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case LOW -> "low";
            case HIGH -> "high";
            case AUTO -> "auto";
            default -> throw new UnsupportedFeatureException(where + ": image detail " + level
                    + " is not one Mistral takes; use LOW, HIGH or AUTO");
        };
    }

    /** {@code url} when Mistral can fetch it (http, https) or read it (data); a local file or other scheme fails. */
    private static String fetchable(URI url, String what, String where) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("data")) {
            throw new UnsupportedFeatureException(where + ": Mistral cannot fetch the " + what + " at " + url
                    + "; give an http(s) URL or the base64 data");
        }
        return url.toString();
    }

    /** The last segment of an http(s) URL's path, the name the document was published under; else none. */
    private static String fileName(URI url) {
        String path = url.getPath();
        if (url.getScheme().toLowerCase(Locale.ROOT).equals("data") || path == null) {
            return null;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? null : name;
    }

    /** The URL, or the base64 data as Mistral's audio chunk takes it: the bare base64 text of the file. */
    private static String audio(Audio audio, String where) {
        if (audio.url() != null) {
            return fetchable(audio.url(), "audio", where);
        }
        if (audio.base64Data() != null) {
            return audio.base64Data();
        }
        if (audio.binaryData() != null) {
            return Base64.getEncoder().encodeToString(audio.binaryData());
        }
        throw new IllegalArgumentException(where + ": audio needs a URL or data");
    }

    private static String dataUrl(String mimeType, String base64, String what, String where) {
        if (mimeType == null || base64 == null) {
            throw new IllegalArgumentException(where + ": a base64 " + what + " needs its MIME type and data, got "
                    + "mimeType=" + mimeType);
        }
        return "data:" + mimeType + ";base64," + base64;
    }
}
