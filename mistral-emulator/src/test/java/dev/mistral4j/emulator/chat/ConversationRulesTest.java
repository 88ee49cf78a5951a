package dev.mistral4j.emulator.chat;

import static dev.mistral4j.emulator.chat.ChatJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.server.ApiError;
import org.junit.jupiter.api.Test;

class ConversationRulesTest {

    private static final String CALL = "{'role':'assistant','tool_calls':[{'id':'abcDEF123','type':'function',"
            + "'function':{'name':'getWeather','arguments':'{}'}}]}";
    private static final String RESULT = "{'role':'tool','tool_call_id':'abcDEF123','content':'sunny'}";

    private static ApiError rejection(String messages) {
        JsonNode parsed = json(messages);
        return catchThrowableOfType(ApiError.class, () -> ConversationRules.check(parsed));
    }

    @Test
    void acceptsAToolLoopWithThinkingInTheHistoryAndAPrefix() {
        String thinking = "{'role':'assistant','content':[{'type':'thinking','thinking':[{'type':'text','text':'hm'}]},"
                + "{'type':'text','text':'ok'}]}";
        assertThatCode(() -> ConversationRules.check(json("[{'role':'system','content':'be brief'},"
                + "{'role':'user','content':'hi'}," + thinking + ",{'role':'user','content':'weather?'}," + CALL + ","
                + RESULT + ",{'role':'assistant','content':'It is','prefix':true}]"))).doesNotThrowAnyException();
    }

    @Test
    void rejectsToolCallIdsThatAreNotNineAlphanumerics() {
        ApiError error = rejection("[{'role':'user','content':'hi'}," + CALL.replace("abcDEF123", "call_42") + ","
                + RESULT.replace("abcDEF123", "call_42") + "]");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.type()).isEqualTo("invalid_request_error");
        assertThat(error.code()).isNull();
        assertThat(error).hasMessage("Tool call id was call_42 but must be a-z, A-Z, 0-9, with a length of 9.");
    }

    @Test
    void rejectsAToolMessageWithoutToolCallId() {
        ApiError error = rejection("[{'role':'user','content':'hi'}," + CALL
                + ",{'role':'tool','content':'sunny'}]");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error).hasMessage("Tool call id has to be defined.");
    }

    @Test
    void rejectsACallWithoutItsResultAndAResultWithoutItsCall() {
        String twoCalls = CALL.replace("}]}", "},{'id':'xyzXYZ789','type':'function',"
                + "'function':{'name':'getTime','arguments':'{}'}}]}");
        ApiError missingResult = rejection("[{'role':'user','content':'hi'}," + twoCalls + "," + RESULT + "]");
        ApiError extraResult = rejection("[{'role':'user','content':'hi'}," + CALL + "," + RESULT + ","
                + RESULT.replace("abcDEF123", "zzzZZZ999") + "]");
        for (ApiError error : new ApiError[] {missingResult, extraResult}) {
            assertThat(error.status()).isEqualTo(400);
            assertThat(error.type()).isEqualTo("invalid_request_error");
            assertThat(error).hasMessage("Not the same number of function calls and responses");
        }
    }

    @Test
    void rejectsAUserMessageRightAfterAToolResult() {
        ApiError error = rejection("[{'role':'user','content':'hi'}," + CALL + "," + RESULT
                + ",{'role':'user','content':'and now?'}]");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.type()).isEqualTo("invalid_request_message_order");
        assertThat(error.code()).isEqualTo("3230");
        assertThat(error).hasMessage("Unexpected role 'user' after role 'tool'");
    }

    @Test
    void rejectsASystemMessageAfterTheConversationStarted() {
        ApiError error = rejection("[{'role':'user','content':'hi'},{'role':'assistant','content':'hello'},"
                + "{'role':'system','content':'late'},{'role':'user','content':'hi'}]");
        assertThat(error.code()).isEqualTo("3230");
        assertThat(error).hasMessage("Unexpected role 'system' after role 'assistant'");
    }

    @Test
    void rejectsAConversationEndingOnAPlainAssistantMessage() {
        ApiError error = rejection("[{'role':'user','content':'hi'},{'role':'assistant','content':'hello'}]");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.type()).isEqualTo("invalid_request_message_order");
        assertThat(error.code()).isEqualTo("3230");
        assertThat(error)
                .hasMessage("Expected last role User or Tool (or Assistant with prefix True) but got assistant");
    }

    @Test
    void rejectsAnAssistantMessageWithNeitherContentNorToolCalls() {
        ApiError error = rejection("[{'role':'user','content':'hi'},{'role':'assistant','content':''},"
                + "{'role':'user','content':'hi'}]");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error).hasMessage("Assistant message must have either content or tool_calls, but not none.");
    }
}
