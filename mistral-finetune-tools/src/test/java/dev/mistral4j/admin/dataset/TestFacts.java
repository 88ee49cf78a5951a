package dev.mistral4j.admin.dataset;

import dev.mistral4j.admin.dataset.ExampleFacts.Field;
import dev.mistral4j.admin.dataset.ExampleFacts.MessageFacts;
import dev.mistral4j.admin.dataset.ExampleFacts.ToolCallFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Facts written by hand for the rule tests: a message at index i starts at offset 100 * i. */
final class TestFacts {

    static final Field FILLED_STRING = Field.of(JsonKind.STRING, true);
    static final Field EMPTY_STRING = Field.of(JsonKind.STRING, false);

    private TestFacts() {
    }

    /** What the rule reports. */
    static List<Findings.Finding> judge(Consumer<Findings> rule) {
        Findings findings = new Findings();
        rule.accept(findings);
        return findings.list();
    }

    static Message message(String role) {
        return new Message(role);
    }

    /** A chat example of these messages. */
    static ExampleFacts chat(Message... messages) {
        List<MessageFacts> conversation = conversation(messages);
        return new ExampleFacts(Field.of(JsonKind.ARRAY, !conversation.isEmpty()), conversation, Field.ABSENT,
                Field.ABSENT, Field.ABSENT, Field.ABSENT, JsonKind.ABSENT, 0);
    }

    /** A classifier example of these messages and filled labels. */
    static ExampleFacts classifierChat(Message... messages) {
        List<MessageFacts> conversation = conversation(messages);
        return new ExampleFacts(Field.of(JsonKind.ARRAY, !conversation.isEmpty()), conversation, Field.ABSENT,
                Field.ABSENT, Field.ABSENT, Field.of(JsonKind.OBJECT, true), JsonKind.ABSENT, 0);
    }

    static ExampleFacts fim(Field prompt, Field completion) {
        return new ExampleFacts(Field.ABSENT, List.of(), prompt, completion, Field.ABSENT, Field.ABSENT,
                JsonKind.ABSENT, 0);
    }

    static ExampleFacts classifier(Field text, Field labels) {
        return new ExampleFacts(Field.ABSENT, List.of(), Field.ABSENT, Field.ABSENT, text, labels, JsonKind.ABSENT,
                0);
    }

    static ExampleFacts withMessages(Field messages) {
        return new ExampleFacts(messages, List.of(), Field.ABSENT, Field.ABSENT, Field.ABSENT, Field.ABSENT,
                JsonKind.ABSENT, 0);
    }

    /** An object with none of the keys of any format. */
    static ExampleFacts noKnownKey() {
        return withMessages(Field.ABSENT);
    }

    static ExampleFacts withTools(JsonKind tools, int offset) {
        List<MessageFacts> conversation = conversation(message("user"), message("assistant"));
        return new ExampleFacts(Field.of(JsonKind.ARRAY, true), conversation, Field.ABSENT, Field.ABSENT,
                Field.ABSENT, Field.ABSENT, tools, offset);
    }

    /** A well-formed function call with this id, at offset {@code offset}. */
    static ToolCallFacts call(String id, int offset) {
        return new ToolCallFacts(offset, JsonKind.OBJECT, id, "function", true, true);
    }

    private static List<MessageFacts> conversation(Message... messages) {
        List<MessageFacts> conversation = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            conversation.add(messages[i].at(i));
        }
        return conversation;
    }

    /** A message with content and nothing else, until told otherwise. */
    static final class Message {
        private final String role;
        private boolean hasContent = true;
        private String weight;
        private boolean weightIsValid;
        private JsonKind toolCallsKind = JsonKind.ABSENT;
        private List<ToolCallFacts> toolCalls = List.of();
        private String toolCallId;

        private Message(String role) {
            this.role = role;
        }

        Message noContent() {
            hasContent = false;
            return this;
        }

        Message weight(String weight, boolean valid) {
            this.weight = weight;
            this.weightIsValid = valid;
            return this;
        }

        Message calls(ToolCallFacts... calls) {
            toolCallsKind = JsonKind.ARRAY;
            toolCalls = Arrays.asList(calls);
            return this;
        }

        Message toolCallsOf(JsonKind kind) {
            toolCallsKind = kind;
            return this;
        }

        Message answering(String id) {
            toolCallId = id;
            return this;
        }

        MessageFacts at(int index) {
            return new MessageFacts(index, 100 * index, role, hasContent, weight, weightIsValid, toolCallsKind,
                    toolCalls, toolCallId);
        }
    }
}
