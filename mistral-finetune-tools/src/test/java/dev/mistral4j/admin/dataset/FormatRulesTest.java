package dev.mistral4j.admin.dataset;

import static dev.mistral4j.admin.dataset.TestFacts.EMPTY_STRING;
import static dev.mistral4j.admin.dataset.TestFacts.FILLED_STRING;
import static dev.mistral4j.admin.dataset.TestFacts.chat;
import static dev.mistral4j.admin.dataset.TestFacts.classifier;
import static dev.mistral4j.admin.dataset.TestFacts.fim;
import static dev.mistral4j.admin.dataset.TestFacts.message;
import static dev.mistral4j.admin.dataset.TestFacts.noKnownKey;
import static dev.mistral4j.admin.dataset.TestFacts.withMessages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.admin.dataset.ExampleFacts.Field;
import dev.mistral4j.admin.dataset.Findings.Finding;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FormatRulesTest {

    private static final FirstExample CHAT_FILE = new FirstExample(DatasetFormat.CHAT, 3);
    private static final FirstExample FIM_FILE = new FirstExample(DatasetFormat.FIM, 1);
    private static final FirstExample CLASSIFIER_FILE = new FirstExample(DatasetFormat.CLASSIFIER, 1);
    private static final ExampleFacts GOOD_CHAT = chat(message("user"), message("assistant"));
    private static final ExampleFacts GOOD_FIM = fim(FILLED_STRING, FILLED_STRING);

    @Test
    void mixedFormatsNamesBothFormatsAndTheLineOfTheFirstExample() {
        assertThat(messages(findings -> FormatRules.mixedFormats(GOOD_FIM, CHAT_FILE, findings)))
                .containsExactly("a FIM example in a file whose first example (line 3) is CHAT");
        assertThat(messages(findings -> FormatRules.mixedFormats(GOOD_CHAT, CHAT_FILE, findings))).isEmpty();
        assertThat(messages(findings -> FormatRules.mixedFormats(GOOD_FIM, FirstExample.NONE, findings))).isEmpty();
        assertThat(messages(findings -> FormatRules.mixedFormats(noKnownKey(), CHAT_FILE, findings))).isEmpty();
    }

    @Test
    void missingMessagesWantsANonEmptyArrayAndExplainsAChatExampleToALineWithNoKnownKey() {
        assertThat(messages(findings -> FormatRules.missingMessages(withMessages(Field.of(JsonKind.ARRAY, false)),
                CHAT_FILE, findings))).containsExactly("messages must be a non-empty array");
        assertThat(messages(findings -> FormatRules.missingMessages(withMessages(Field.of(JsonKind.STRING, false)),
                CHAT_FILE, findings))).containsExactly("messages must be a non-empty array");
        assertThat(messages(findings -> FormatRules.missingMessages(noKnownKey(), FirstExample.NONE, findings)))
                .containsExactly("no messages, prompt or text key; a chat example is {\"messages\": [...]}");
        assertThat(messages(findings -> FormatRules.missingMessages(noKnownKey(), FIM_FILE, findings))).isEmpty();
        assertThat(messages(findings -> FormatRules.missingMessages(GOOD_CHAT, CHAT_FILE, findings))).isEmpty();
    }

    @Test
    void fimMissingPromptWantsAStringAndClaimsALineWithNoKnownKeyInAFimFile() {
        assertThat(messages(findings -> FormatRules.fimMissingPrompt(fim(Field.ABSENT, FILLED_STRING), FIM_FILE,
                findings))).containsExactly("the FIM example has a completion but no prompt");
        assertThat(messages(findings -> FormatRules.fimMissingPrompt(fim(Field.of(JsonKind.NUMBER, false),
                FILLED_STRING), FIM_FILE, findings))).containsExactly("prompt must be a string");
        assertThat(messages(findings -> FormatRules.fimMissingPrompt(noKnownKey(), FIM_FILE, findings)))
                .containsExactly("no messages, prompt or text key; this file holds FIM examples");
        assertThat(messages(findings -> FormatRules.fimMissingPrompt(fim(EMPTY_STRING, FILLED_STRING), FIM_FILE,
                findings))).isEmpty();
        assertThat(messages(findings -> FormatRules.fimMissingPrompt(noKnownKey(), CHAT_FILE, findings))).isEmpty();
    }

    @Test
    void fimMissingCompletionWantsANonEmptyString() {
        assertThat(messages(findings -> FormatRules.fimMissingCompletion(fim(FILLED_STRING, EMPTY_STRING),
                findings))).containsExactly("completion must be a non-empty string");
        assertThat(messages(findings -> FormatRules.fimMissingCompletion(fim(FILLED_STRING, Field.ABSENT),
                findings))).containsExactly("the FIM example has a prompt but no completion");
        assertThat(messages(findings -> FormatRules.fimMissingCompletion(GOOD_FIM, findings))).isEmpty();
        assertThat(messages(findings -> FormatRules.fimMissingCompletion(GOOD_CHAT, findings))).isEmpty();
    }

    @Test
    void classifierMissingTextAcceptsTextOrMessagesAndClaimsALineWithNoKnownKeyInAClassifierFile() {
        Field labels = Field.of(JsonKind.OBJECT, true);
        assertThat(messages(findings -> FormatRules.classifierMissingText(classifier(Field.ABSENT, labels),
                CLASSIFIER_FILE, findings))).containsExactly("the classifier example has labels but no text");
        assertThat(messages(findings -> FormatRules.classifierMissingText(classifier(EMPTY_STRING, labels),
                CLASSIFIER_FILE, findings)))
                .containsExactly("text must be a non-empty string (or messages a non-empty array)");
        assertThat(messages(findings -> FormatRules.classifierMissingText(noKnownKey(), CLASSIFIER_FILE, findings)))
                .containsExactly("no messages, prompt or text key; this file holds classifier examples");
        assertThat(messages(findings -> FormatRules.classifierMissingText(classifier(FILLED_STRING, labels),
                CLASSIFIER_FILE, findings))).isEmpty();
        assertThat(messages(findings -> FormatRules.classifierMissingText(TestFacts.classifierChat(message("user")),
                CLASSIFIER_FILE, findings))).isEmpty();
    }

    @Test
    void classifierMissingLabelsWantsANonEmptyObject() {
        assertThat(messages(findings -> FormatRules.classifierMissingLabels(classifier(FILLED_STRING,
                Field.of(JsonKind.ARRAY, false)), findings)))
                .containsExactly("labels must be a non-empty object of target name to label(s)");
        assertThat(messages(findings -> FormatRules.classifierMissingLabels(classifier(FILLED_STRING,
                Field.ABSENT), findings))).containsExactly("the classifier example has text but no labels");
        assertThat(messages(findings -> FormatRules.classifierMissingLabels(classifier(FILLED_STRING,
                Field.of(JsonKind.OBJECT, true)), findings))).isEmpty();
    }

    private static List<String> messages(Consumer<Findings> rule) {
        return TestFacts.judge(rule).stream().map(Finding::message).toList();
    }
}
