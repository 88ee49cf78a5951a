package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * An uploaded file to train on, with its sampling weight (the spec's {@code TrainingFile}).
 *
 * @param fileId the id returned by the upload
 * @param weight relative weight among the training files, positive; null for the server's default of 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingFile(@JsonProperty("file_id") String fileId, @JsonProperty("weight") Double weight) {

    public TrainingFile {
        Objects.requireNonNull(fileId, "fileId");
    }

    /** A file with the default weight. */
    public static TrainingFile of(String fileId) {
        return new TrainingFile(fileId, null);
    }
}
