package dev.mistral4j.admin.dataset;

import java.util.List;

/**
 * A line that is a JSON object: what its keys hold, as far as the rules care. Keys the rules do not know are
 * not recorded.
 *
 * @param messages     the {@code messages} value; filled when a non-empty array
 * @param conversation the messages, in order, when {@code messages} is an array; empty otherwise
 * @param prompt       the {@code prompt} value; never filled (any string will do)
 * @param completion   the {@code completion} value; filled when a non-empty string
 * @param text         the {@code text} value; filled when a string with a non-whitespace character
 * @param labels       the {@code labels} value; filled when an object with a member
 * @param tools        the kind of the {@code tools} value
 * @param toolsOffset  where the {@code tools} value starts; 0 when absent
 */
record ExampleFacts(Field messages, List<MessageFacts> conversation, Field prompt, Field completion, Field text,
                    Field labels, JsonKind tools, int toolsOffset) implements LineFacts {

    ExampleFacts {
        conversation = List.copyOf(conversation);
    }

    /** The format the keys announce: labels make a classifier example, then messages chat, prompt or completion FIM. */
    DatasetFormat format() {
        if (labels.isPresent()) {
            return DatasetFormat.CLASSIFIER;
        } else if (messages.isPresent()) {
            return DatasetFormat.CHAT;
        } else if (prompt.isPresent() || completion.isPresent()) {
            return DatasetFormat.FIM;
        } else if (text.isPresent()) {
            return DatasetFormat.CLASSIFIER;
        }
        return DatasetFormat.UNKNOWN;
    }

    /** The value of one key: its kind and whether it holds what its rule asks for (see {@link ExampleFacts}). */
    record Field(JsonKind kind, boolean filled) {

        static final Field ABSENT = new Field(JsonKind.ABSENT, false);
        private static final Field[] SHARED = new Field[JsonKind.values().length * 2];

        static {
            for (JsonKind kind : JsonKind.values()) {
                SHARED[kind.ordinal() * 2] = new Field(kind, false);
                SHARED[kind.ordinal() * 2 + 1] = new Field(kind, true);
            }
        }

        /** The shared instance: reading a line allocates no field. */
        static Field of(JsonKind kind, boolean filled) {
            return SHARED[kind.ordinal() * 2 + (filled ? 1 : 0)];
        }

        boolean isPresent() {
            return kind != JsonKind.ABSENT;
        }

        boolean is(JsonKind expected) {
            return kind == expected;
        }
    }

    /**
     * One message of a conversation.
     *
     * @param index           its position in {@code messages}
     * @param offset          where it starts in the line
     * @param role            the role as written: its text, the kind of a non-string value in parentheses (also for
     *                        a message that is not an object), or null when absent
     * @param hasContent      content is a string with a non-whitespace character or an array with a chunk
     * @param weight          the weight as written (a scalar's text, otherwise its kind); null when absent
     * @param weightIsValid   the weight is the number 0 or 1
     * @param toolCallsKind   the kind of the {@code tool_calls} value
     * @param toolCalls       the entries of {@code tool_calls} when it is an array; empty otherwise
     * @param toolCallId      the {@code tool_call_id} when a string; null otherwise
     */
    record MessageFacts(int index, int offset, String role, boolean hasContent, String weight,
                        boolean weightIsValid, JsonKind toolCallsKind, List<ToolCallFacts> toolCalls,
                        String toolCallId) {

        MessageFacts {
            toolCalls = List.copyOf(toolCalls);
        }

        /** {@code messages[2]}: how a problem names the message. */
        String name() {
            return "messages[" + index + "]";
        }

        boolean hasRole(String expected) {
            return expected.equals(role);
        }

        /** Whether the role is one the service knows: system, user, assistant or tool. */
        boolean hasKnownRole() {
            return role != null && switch (role) {
                case "system", "user", "assistant", "tool" -> true;
                default -> false;
            };
        }

        /** Whether {@code tool_calls} holds at least one object. */
        boolean makesToolCalls() {
            for (int c = 0; c < toolCalls.size(); c++) {
                ToolCallFacts call = toolCalls.get(c);
                if (call.kind() == JsonKind.OBJECT) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One entry of a message's {@code tool_calls}.
     *
     * @param offset             where it starts in the line
     * @param kind               its kind; the other components say nothing unless it is an object
     * @param id                 the {@code id} when a string; null otherwise
     * @param type               the {@code type} as written (a scalar's text, otherwise its kind); null when absent
     * @param named              {@code function.name} is a non-empty string
     * @param argumentsAreString {@code function.arguments} is a string (JSON-encoded arguments)
     */
    record ToolCallFacts(int offset, JsonKind kind, String id, String type, boolean named,
                         boolean argumentsAreString) {
    }
}
