package dev.mistral4j.emulator.chat;

import static dev.mistral4j.emulator.chat.ChatJson.json;
import static dev.mistral4j.emulator.chat.ChatJson.parse;
import static dev.mistral4j.emulator.chat.ChatJson.schemaViolations;
import static dev.mistral4j.emulator.chat.ChatJson.validChunks;
import static dev.mistral4j.emulator.chat.ChatJson.validRequest;
import static dev.mistral4j.emulator.chat.ChatJson.validResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.common.Tokens;
import dev.mistral4j.emulator.server.ApiError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatResponderTest {

    private static final String PATH = "/v1/chat/completions";
    private static final long CREATED = 1_700_000_000L;
    private static final String CALCULATOR = "'tools':[{'type':'function','function':{'name':'add','parameters':"
            + "{'type':'object','properties':{'a':{'type':'integer'},'b':{'type':'integer'}},'required':['a','b']}}},"
            + "{'type':'function','function':{'name':'multiply','parameters':{'type':'object','properties':"
            + "{'a':{'type':'number'},'b':{'type':'number'}},'required':['a','b']}}}]";
    private static final String WEATHER = "'tools':[{'type':'function','function':{'name':'getWeather',"
            + "'parameters':{'type':'object','properties':{'city':{'type':'string'},"
            + "'unit':{'type':'string','enum':['celsius','fahrenheit']}},'required':['city','unit']}}},"
            + "{'type':'function','function':{'name':'getTime','parameters':{'type':'object','properties':"
            + "{'city':{'type':'string'}},'required':['city']}}}]";

    private final ChatResponder responder = new ChatResponder(42);

    private ObjectNode complete(String request) {
        return complete(request, null);
    }

    private ObjectNode complete(String request, Integer answerWords) {
        JsonNode body = validRequest(PATH, json(request));
        return validResponse("ChatCompletionResponse", responder.complete(body, "cmpl-1", CREATED, answerWords));
    }

    private List<ObjectNode> stream(String request) {
        return validChunks(responder.stream(validRequest(PATH, json(request)), "cmpl-1", CREATED, null));
    }

    private static String user(String text) {
        return "{'model':'mistral-small-latest','messages':[{'role':'user','content':'" + text + "'}]";
    }

    private static String content(ObjectNode response) {
        return response.at("/choices/0/message/content").asText();
    }

    private static List<JsonNode> calls(ObjectNode response) {
        List<JsonNode> calls = new ArrayList<>();
        response.at("/choices/0/message/tool_calls").forEach(calls::add);
        return calls;
    }

    @Test
    void answersWithASentenceQuotingTheUserAndCountsUsage() {
        ObjectNode response = complete(user("What is the capital of France?") + "}");
        assertThat(content(response)).isEqualTo("You said: \"What is the capital of France?\".");
        assertThat(response.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(response.get("id").asText()).isEqualTo("cmpl-1");
        assertThat(response.get("created").asLong()).isEqualTo(CREATED);
        assertThat(response.get("model").asText()).isEqualTo("mistral-small-latest");
        int prompt = Tokens.count("What is the capital of France?");
        int completion = Tokens.count(content(response));
        assertThat(response.get("usage")).isEqualTo(json("{'prompt_tokens':" + prompt + ",'completion_tokens':"
                + completion + ",'total_tokens':" + (prompt + completion) + "}"));
    }

    @Test
    void answersARagQuestionWithTheContextSentenceClosestToTheQuestion() {
        String augmented = "Where does Marie Curie work?\\n\\nAnswer using the following information:\\n"
                + "The Eiffel Tower is in Paris. It opened in 1889.\\n\\n"
                + "Marie Curie works at the Radium Institute in Paris.\\n\\nBananas are yellow.";
        assertThat(content(complete(user(augmented) + "}")))
                .isEqualTo("Marie Curie works at the Radium Institute in Paris.");
    }

    @Test
    void acknowledgesTheImagesAndDocumentsOfTheUserMessage() {
        ObjectNode response = complete("{'model':'pixtral-12b','messages':[{'role':'user','content':["
                + "{'type':'text','text':'Compare these'},"
                + "{'type':'image_url','image_url':'https://example.com/a.png'},"
                + "{'type':'image_url','image_url':{'url':'data:image/png;base64,AAAA'}},"
                + "{'type':'document_url','document_url':'https://example.com/a.pdf'}]}]}");
        assertThat(content(response)).isEqualTo("I see 2 images and 1 document. You said: \"Compare these\".");
    }

    @Test
    void padsOrTrimsTheAnswerToTheRequestedNumberOfWords() {
        assertThat(content(complete(user("Tell me a long story") + "}", 300)).split(" ")).hasSize(300);
        assertThat(content(complete(user("Tell me a long story") + "}", 2))).isEqualTo("You said:");
    }

    @Test
    void stopsAtMaxTokensWithFinishReasonLength() {
        ObjectNode response = complete(user("Tell me a long story") + ",'max_tokens':3}");
        assertThat(content(response)).isEqualTo("You said: \"T");
        assertThat(response.at("/choices/0/finish_reason").asText()).isEqualTo("length");
        assertThat(response.at("/usage/completion_tokens").asInt()).isEqualTo(3);
    }

    @Test
    void cutsTheAnswerBeforeTheFirstStopSequence() {
        ObjectNode response = complete(user("one two three") + ",'stop':['three','two']}");
        assertThat(content(response)).isEqualTo("You said: \"one ");
        assertThat(response.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void continuesAnAssistantPrefix() {
        ObjectNode response = complete("{'model':'mistral-small-latest','messages':[{'role':'user','content':'hi'},"
                + "{'role':'assistant','content':'Arr, matey:','prefix':true}]}");
        assertThat(content(response)).isEqualTo("Arr, matey: You said: \"hi\".");
    }

    @Test
    void givesNChoicesWithDistinctWordingsAndRandomSeedRewordsDeterministically() {
        ObjectNode three = complete(user("hello") + ",'n':3}");
        assertThat(three.get("choices")).hasSize(3);
        List<String> wordings = new ArrayList<>();
        three.get("choices").forEach(choice -> wordings.add(choice.at("/message/content").asText()));
        assertThat(wordings).doesNotHaveDuplicates().contains("You said: \"hello\".");
        assertThat(three.at("/choices/2/index").asInt()).isEqualTo(2);

        String seeded = content(complete(user("hello") + ",'random_seed':7}"));
        assertThat(seeded).isNotEqualTo("You said: \"hello\".").contains("hello");
        assertThat(content(complete(user("hello") + ",'random_seed':7}"))).isEqualTo(seeded);
    }

    @Test
    void returnsTheSameBytesForTheSameRequestAndSeed() {
        String request = "{'model':'mistral-small-latest','messages':[{'role':'user','content':"
                + "'Call getWeather for Paris'}]," + WEATHER + "}";
        JsonNode body = json(request);
        assertThat(new ChatResponder(1).complete(body, "c", 1, 40).toString())
                .isEqualTo(new ChatResponder(1).complete(body, "c", 1, 40).toString());
        assertThat(calls(new ChatResponder(1).complete(body, "c", 1, null)).get(0).get("id"))
                .isNotEqualTo(calls(new ChatResponder(2).complete(body, "c", 1, null)).get(0).get("id"));
    }

    @Test
    void callsTheToolTheUserNamesWithArgumentsValidForItsParameters() {
        ObjectNode response = complete("{'model':'mistral-small-latest','messages':[{'role':'user','content':"
                + "'Use getWeather: what is the weather in Paris, in fahrenheit?'}]," + WEATHER + "}");
        assertThat(response.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(content(response)).isEmpty();
        List<JsonNode> calls = calls(response);
        assertThat(calls).hasSize(1);
        JsonNode call = calls.get(0);
        assertThat(call.get("id").asText()).matches("[A-Za-z0-9]{9}");
        assertThat(call.at("/function/name").asText()).isEqualTo("getWeather");
        JsonNode arguments = parse(call.at("/function/arguments").asText());
        assertThat(arguments).hasToString("{\"city\":\"Paris\",\"unit\":\"fahrenheit\"}");
        assertThat(schemaViolations(json(WEATHER.substring(8)).at("/0/function/parameters"), arguments)).isEmpty();
    }

    @Test
    void callsEveryNamedToolAtOnceWhenParallelCallsAreAllowed() {
        List<JsonNode> calls = calls(complete("{'model':'mistral-small-latest','messages':[{'role':'user','content':"
                + "'Call getTime for Tokyo and getWeather for Paris'}]," + WEATHER + "}"));
        assertThat(calls).extracting(call -> call.at("/function/name").asText())
                .containsExactly("getTime", "getWeather");
        assertThat(calls).extracting(call -> call.get("index").asInt()).containsExactly(0, 1);
        assertThat(calls).extracting(call -> call.get("id").asText()).doesNotHaveDuplicates();
        assertThat(parse(calls.get(0).at("/function/arguments").asText()).get("city").asText()).isEqualTo("Tokyo");
        assertThat(parse(calls.get(1).at("/function/arguments").asText()).get("city").asText()).isEqualTo("Paris");
    }

    @Test
    void runsAMultiStepToolLoopOneCallPerStepFeedingResultsForward() {
        String question = "{'role':'user','content':'Use add to add 2 and 3, then multiply the sum by 4'}";
        String options = CALCULATOR + ",'parallel_tool_calls':false}";
        ObjectNode first = complete("{'model':'mistral-large-latest','messages':[" + question + "]," + options);
        JsonNode add = calls(first).get(0);
        assertThat(calls(first)).hasSize(1);
        assertThat(add.at("/function/arguments").asText()).isEqualTo("{\"a\":2,\"b\":3}");

        String history = question + ",{'role':'assistant','content':'','tool_calls':[" + add.toString()
                .replace('"', '\'').replace("\\'", "\\\"") + "]},{'role':'tool','name':'add','tool_call_id':'"
                + add.get("id").asText() + "','content':'5'}";
        ObjectNode second = complete("{'model':'mistral-large-latest','messages':[" + history + "]," + options);
        JsonNode multiply = calls(second).get(0);
        assertThat(multiply.at("/function/name").asText()).isEqualTo("multiply");
        assertThat(multiply.at("/function/arguments").asText()).isEqualTo("{\"a\":5,\"b\":4}");
        assertThat(multiply.get("id")).isNotEqualTo(add.get("id"));

        String done = history + ",{'role':'assistant','tool_calls':[" + multiply.toString().replace('"', '\'')
                .replace("\\'", "\\\"") + "]},{'role':'tool','tool_call_id':'" + multiply.get("id").asText()
                + "','content':'20'}";
        ObjectNode last = complete("{'model':'mistral-large-latest','messages':[" + done + "]," + options);
        assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(content(last)).isEqualTo("The result of add is 5. The result of multiply is 20.");
    }

    @Test
    void forcesAToolWhenToolChoiceIsAnyOrNamesOne() {
        String unnamed = "{'model':'mistral-small-latest','messages':[{'role':'user','content':'Hello'}]," + WEATHER;
        assertThat(calls(complete(unnamed + "}"))).isEmpty();
        assertThat(calls(complete(unnamed + ",'tool_choice':'any'}")))
                .extracting(call -> call.at("/function/name").asText()).containsExactly("getWeather");
        assertThat(calls(complete(unnamed + ",'tool_choice':'required'}"))).hasSize(1);
        assertThat(calls(complete(unnamed + ",'tool_choice':{'type':'function','function':{'name':'getTime'}}}")))
                .extracting(call -> call.at("/function/name").asText()).containsExactly("getTime");
        assertThatThrownBy(() -> complete(unnamed + ",'tool_choice':{'type':'function','function':{'name':'x'}}}"))
                .isInstanceOf(ApiError.class).hasMessageContaining("getWeather");
    }

    private static String tool(String name, String description, String properties) {
        return "{'type':'function','function':{'name':'" + name + "','description':'" + description
                + "','parameters':{'type':'object','properties':{" + properties + "}}}}";
    }

    private static List<String> namesCalled(String text, String tools, String options) {
        return calls(new ChatResponder(42).complete(validRequest(PATH, json(user(text) + ",'tools':[" + tools + "]"
                + options + "}")), "cmpl-1", CREATED, null)).stream()
                .map(call -> call.at("/function/name").asText()).toList();
    }

    @Test
    void callsTheToolsTheUsersWordsAskForByNameDescriptionOrParameters() {
        String weather = tool("get_current_weather", "Current conditions for a place", "'location':{'type':'string'}");
        String catalogue = tool("lookup", "Search the product catalogue", "'keyword':{'type':'string'}");
        String tools = weather + "," + catalogue;

        assertThat(namesCalled("What is the weather like in Munich?", tools, "")).containsExactly(
                "get_current_weather");
        assertThat(namesCalled("Which products does the catalogue list?", tools, "")).containsExactly("lookup");
        assertThat(namesCalled("Search products for red shoes, and tell me the weather", tools, ""))
                .containsExactly("lookup", "get_current_weather");
        assertThat(namesCalled("Search products for red shoes, and tell me the weather", tools,
                ",'parallel_tool_calls':false")).containsExactly("lookup");
        assertThat(namesCalled("Hello there, how are you?", tools, "")).isEmpty();
        assertThat(namesCalled("Weather in Munich?", tools, ",'tool_choice':'none'")).isEmpty();
    }

    @Test
    void doesNotCallAToolForOneSharedDescriptionWord() {
        String time = tool("getTime", "The local time in a city", "'city':{'type':'string'}");
        assertThat(namesCalled("Which city is the largest?", time, "")).isEmpty();
    }

    @Test
    void readsIdentifiersEnumsBooleansAndNamesFromTheText() {
        String order = tool("get_order_status", "The delivery status of an order", "'orderId':{'type':'string'},"
                + "'channel':{'type':'string','enum':['web','store']},'includeItems':{'type':'boolean'},"
                + "'city':{'type':'string'}");
        JsonNode call = calls(complete(user("Where is my order T1005 from the store in Lyon? include items: yes")
                + ",'tools':[" + order + "]}")).get(0);

        assertThat(parse(call.at("/function/arguments").asText())).hasToString(
                "{\"orderId\":\"T1005\",\"channel\":\"store\",\"includeItems\":true,\"city\":\"Lyon\"}");
    }

    @Test
    void forcedToCallAnyToolCallsTheOneWhoseParametersTheTextFills() {
        String add = tool("add_two_numbers", "Adds a and b", "'a':{'type':'integer'},'b':{'type':'integer'}");
        String weather = tool("getWeather", "", "'city':{'type':'string'}");
        ObjectNode response = complete(user("I live in Munich") + ",'tools':[" + add + "," + weather + "],"
                + "'tool_choice':'any'}");

        assertThat(calls(response)).singleElement().satisfies(call -> {
            assertThat(call.at("/function/name").asText()).isEqualTo("getWeather");
            assertThat(call.at("/function/arguments").asText()).isEqualTo("{\"city\":\"Munich\"}");
        });
    }

    @Test
    void answersInTextWhenToolChoiceIsNone() {
        ObjectNode response = complete("{'model':'mistral-small-latest','messages':[{'role':'user','content':"
                + "'Call getWeather for Paris'}]," + WEATHER + ",'tool_choice':'none'}");
        assertThat(calls(response)).isEmpty();
        assertThat(response.at("/choices/0/message/tool_calls").isNull()).isTrue();
        assertThat(content(response)).isEqualTo("You said: \"Call getWeather for Paris\".");
    }

    @Test
    void answersJsonModeWithAJsonObject() {
        JsonNode content = parse(content(complete(user("Name a color") + ",'response_format':{'type':'json_object'}}")));
        assertThat(content.isObject()).isTrue();
        assertThat(content.get("answer").asText()).isEqualTo("You said: \"Name a color\".");
    }

    @Test
    void answersAJsonSchemaRequestWithJsonValidForTheSchema() {
        String schema = "{'type':'object','properties':{'title':{'type':'string'},'year':{'type':'integer'},"
                + "'genres':{'type':'array','items':{'type':'string','enum':['drama','comedy']}},"
                + "'director':{'type':'object','properties':{'name':{'type':'string'}},'required':['name']},"
                + "'seen':{'type':'boolean'}},'required':['title','year','genres','director','seen'],"
                + "'additionalProperties':false}";
        ObjectNode response = complete(user("Describe the comedy \\\"Playtime\\\" by Jacques Tati from 1967")
                + ",'response_format':{'type':'json_schema','json_schema':{'name':'film','strict':true,'schema':"
                + schema + "}}}");
        JsonNode film = parse(content(response));
        assertThat(schemaViolations(json(schema), film)).isEmpty();
        assertThat(film.get("title").asText()).isEqualTo("Playtime");
        assertThat(film.get("year").asInt()).isEqualTo(1967);
        assertThat(film.at("/genres/0").asText()).isEqualTo("comedy");
        assertThat(film.at("/director/name").asText()).isEqualTo("Jacques");
    }

    @Test
    void reasoningModelsAnswerWithAThinkingChunkThenText() {
        ObjectNode magistral = complete("{'model':'magistral-medium-latest','messages':[{'role':'user',"
                + "'content':'Why is the sky blue?'}]}");
        JsonNode content = magistral.at("/choices/0/message/content");
        assertThat(content).hasSize(2);
        assertThat(content.at("/0/type").asText()).isEqualTo("thinking");
        assertThat(content.at("/0/thinking/0/text").asText()).contains("Why is the sky blue?");
        assertThat(content.at("/1")).isEqualTo(json("{'type':'text','text':'You said: \\\"Why is the sky blue?\\\".'}"));
        ObjectNode promptMode = complete(user("Why?") + ",'prompt_mode':'reasoning'}");
        assertThat(promptMode.at("/choices/0/message/content/0/type").asText()).isEqualTo("thinking");
    }

    @Test
    void streamsTheSameTextOneOrTwoWordsAtATimeAndEndsWithFinishReasonAndUsage() {
        String request = user("Stream me a reasonably long answer please") + "}";
        ObjectNode whole = complete(request);
        List<ObjectNode> chunks = stream(request);
        assertThat(chunks.get(0).at("/choices/0/delta")).isEqualTo(json("{'role':'assistant','content':''}"));
        StringBuilder text = new StringBuilder();
        for (ObjectNode chunk : chunks) {
            assertThat(chunk.get("id").asText()).isEqualTo("cmpl-1");
            assertThat(chunk.get("object").asText()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.get("created").asLong()).isEqualTo(CREATED);
            assertThat(chunk.get("model").asText()).isEqualTo("mistral-small-latest");
            String piece = chunk.at("/choices/0/delta/content").asText();
            assertThat(piece.trim().split(" +").length).isLessThanOrEqualTo(2);
            text.append(piece);
        }
        assertThat(text).hasToString(content(whole));
        assertThat(chunks).hasSizeGreaterThan(6);
        ObjectNode last = chunks.get(chunks.size() - 1);
        assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(last.get("usage")).isEqualTo(whole.get("usage"));
        assertThat(chunks.subList(0, chunks.size() - 1))
                .allSatisfy(chunk -> assertThat(chunk.at("/choices/0/finish_reason").isNull()).isTrue());
    }

    @Test
    void streamsThinkingFirstAndToolCallsWholeInOneChunk() {
        List<ObjectNode> thinking = stream("{'model':'magistral-small-latest','messages':[{'role':'user',"
                + "'content':'Why is the sky blue?'}]}");
        StringBuilder thought = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (ObjectNode chunk : thinking) {
            JsonNode content = chunk.at("/choices/0/delta/content");
            if (content.isArray()) {
                assertThat(text).as("thinking comes before the text").isEmpty();
                thought.append(content.at("/0/thinking/0/text").asText());
            } else {
                text.append(content.asText());
            }
        }
        ObjectNode whole = complete("{'model':'magistral-small-latest','messages':[{'role':'user',"
                + "'content':'Why is the sky blue?'}]}");
        assertThat(thought).hasToString(whole.at("/choices/0/message/content/0/thinking/0/text").asText());
        assertThat(text).hasToString(whole.at("/choices/0/message/content/1/text").asText());

        List<ObjectNode> tools = stream("{'model':'mistral-small-latest','messages':[{'role':'user','content':"
                + "'Call getTime for Tokyo and getWeather for Paris'}]," + WEATHER + "}");
        List<ObjectNode> withCalls = tools.stream()
                .filter(chunk -> chunk.at("/choices/0/delta/tool_calls").isArray()).toList();
        assertThat(withCalls).hasSize(1);
        assertThat(withCalls.get(0).at("/choices/0/delta/tool_calls")).hasSize(2);
        assertThat(tools.get(tools.size() - 1).at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
    }

    @Test
    void refusesConversationsTheRealApiRefuses() {
        assertThatThrownBy(() -> responder.complete(json("{'model':'m','messages':[{'role':'user','content':'hi'},"
                + "{'role':'assistant','content':'hello'}]}"), "c", 1, null))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.code()).isEqualTo("3230"));
    }
}
