package dev.mistral4j.client.internal;

import dev.mistral4j.client.TransferProgress;
import dev.mistral4j.client.audio.TranscriptionRequest;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.FileUpload;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * The multipart form of a transcription: the text fields in the spec's order (array fields as one part per value),
 * then the recording's part when it travels with the request. A file on disk is streamed in chunks by the upload
 * primitive's body and re-read on a retry; bytes in memory are sent as they are. Every form may be retried.
 */
public final class TranscriptionForm {

    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private TranscriptionForm() {
    }

    /** The {@code POST} of {@code request} to {@code path}, with {@code stream} set as given. */
    public static ApiRequest of(String path, TranscriptionRequest request, boolean stream) {
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("model", request.model());
        add(form, "file_url", request.fileUrl());
        add(form, "file_id", request.fileId());
        add(form, "language", request.language());
        add(form, "temperature", request.temperature());
        form.addFormDataPart("stream", String.valueOf(stream));
        add(form, "diarize", request.diarize());
        request.contextBias().forEach(word -> form.addFormDataPart("context_bias", word));
        request.timestampGranularities().forEach(value -> form.addFormDataPart("timestamp_granularities", value));
        if (request.filePath() != null) {
            form.addFormDataPart("file", request.filename(), StreamedFileBody.of(FileUpload.of("file",
                    request.filePath(), TransferProgress.NONE)));
        } else if (request.fileBytes() != null) {
            form.addFormDataPart("file", request.filename(), RequestBody.create(request.fileBytes(), OCTET_STREAM));
        }
        return ApiRequest.postRaw(path, form.build(), true);
    }

    private static void add(MultipartBody.Builder form, String name, Object value) {
        if (value != null) {
            form.addFormDataPart(name, String.valueOf(value));
        }
    }
}
