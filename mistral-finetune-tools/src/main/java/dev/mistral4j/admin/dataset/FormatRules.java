package dev.mistral4j.admin.dataset;

/**
 * The rules on the keys an example needs for its format, and on the format of the file. A line with none of the
 * keys of any format is judged by what the file's first example expects.
 */
final class FormatRules {

    private static final String NO_KNOWN_KEY = "no messages, prompt or text key";

    private FormatRules() {
    }

    static void mixedFormats(ExampleFacts example, FirstExample first, Findings findings) {
        DatasetFormat format = example.format();
        if (format != DatasetFormat.UNKNOWN && first.format() != DatasetFormat.UNKNOWN && format != first.format()) {
            findings.report(DatasetRule.MIXED_FORMATS, "a " + format + " example in a file whose first example (line "
                    + first.line() + ") is " + first.format(), 0);
        }
    }

    static void missingMessages(ExampleFacts example, FirstExample first, Findings findings) {
        DatasetFormat format = example.format();
        if (format == DatasetFormat.CHAT && !example.messages().filled()) {
            findings.report(DatasetRule.MISSING_MESSAGES, "messages must be a non-empty array", 0);
        } else if (format == DatasetFormat.UNKNOWN && first.format() != DatasetFormat.FIM
                && first.format() != DatasetFormat.CLASSIFIER) {
            findings.report(DatasetRule.MISSING_MESSAGES, NO_KNOWN_KEY + "; a chat example is {\"messages\": [...]}",
                    0);
        }
    }

    static void fimMissingPrompt(ExampleFacts example, FirstExample first, Findings findings) {
        DatasetFormat format = example.format();
        if (format == DatasetFormat.FIM && !example.prompt().is(JsonKind.STRING)) {
            findings.report(DatasetRule.FIM_MISSING_PROMPT, example.prompt().isPresent() ? "prompt must be a string"
                    : "the FIM example has a completion but no prompt", 0);
        } else if (format == DatasetFormat.UNKNOWN && first.format() == DatasetFormat.FIM) {
            findings.report(DatasetRule.FIM_MISSING_PROMPT, NO_KNOWN_KEY + "; this file holds FIM examples", 0);
        }
    }

    static void fimMissingCompletion(ExampleFacts example, Findings findings) {
        if (example.format() == DatasetFormat.FIM && !example.completion().filled()) {
            findings.report(DatasetRule.FIM_MISSING_COMPLETION, example.completion().isPresent()
                    ? "completion must be a non-empty string" : "the FIM example has a prompt but no completion", 0);
        }
    }

    static void classifierMissingText(ExampleFacts example, FirstExample first, Findings findings) {
        DatasetFormat format = example.format();
        if (format == DatasetFormat.CLASSIFIER && !example.messages().filled() && !example.text().filled()) {
            findings.report(DatasetRule.CLASSIFIER_MISSING_TEXT,
                    example.text().isPresent() || example.messages().isPresent()
                            ? "text must be a non-empty string (or messages a non-empty array)"
                            : "the classifier example has labels but no text", 0);
        } else if (format == DatasetFormat.UNKNOWN && first.format() == DatasetFormat.CLASSIFIER) {
            findings.report(DatasetRule.CLASSIFIER_MISSING_TEXT, NO_KNOWN_KEY + "; this file holds classifier examples",
                    0);
        }
    }

    static void classifierMissingLabels(ExampleFacts example, Findings findings) {
        if (example.format() == DatasetFormat.CLASSIFIER && !example.labels().filled()) {
            findings.report(DatasetRule.CLASSIFIER_MISSING_LABELS, example.labels().isPresent()
                    ? "labels must be a non-empty object of target name to label(s)"
                    : "the classifier example has text but no labels", 0);
        }
    }
}
