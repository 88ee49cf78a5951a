package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One output of a classifier job: a name and its labels (the spec's {@code ClassifierTargetIn} on creation,
 * {@code ClassifierTargetOut} on jobs and models, which always carry weight and loss function).
 *
 * @param name         the target, as used in the {@code labels} object of the training lines
 * @param labels       the labels it can take
 * @param weight       relative weight in the loss, at least 0; null for the server's default of 1
 * @param lossFunction {@code single_class} or {@code multi_class}; null for the server's choice
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassifierTarget(
        @JsonProperty("name") String name,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("weight") Double weight,
        @JsonProperty("loss_function") String lossFunction) {

    /** {@code single_class}: exactly one label applies. */
    public static final String SINGLE_CLASS = "single_class";
    /** {@code multi_class}: any number of labels apply. */
    public static final String MULTI_CLASS = "multi_class";

    public ClassifierTarget {
        labels = labels == null ? null : List.copyOf(labels);
    }

    /** A target with the server's default weight and loss function. */
    public static ClassifierTarget of(String name, List<String> labels) {
        return new ClassifierTarget(name, labels, null, null);
    }
}
