package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LangChain4j's AiServices on both models, end to end against the emulator. */
class AiServicesOnEmulatorTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static final ObjectMapper JSON = new ObjectMapper();

    interface Assistant {
        String chat(String message);
    }

    interface StreamingAssistant {
        TokenStream chat(String message);
    }

    record Person(String name, int age) {
    }

    interface PersonExtractor {
        Person extract(String text);
    }

    static final class TravelTools {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @Tool("The weather in a city")
        String getWeather(@P("the city") String city) {
            calls.add("getWeather(" + city + ")");
            return "sunny in " + city;
        }

        @Tool("The local time in a city")
        String getTime(@P("the city") String city) {
            calls.add("getTime(" + city + ")");
            return "noon in " + city;
        }
    }

    @Test
    void completesAMultiStepToolLoop() {
        TravelTools tools = new TravelTools();
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest")
                        .parallelToolCalls(false).build())
                .tools(tools)
                .build();

        String answer = assistant.chat("Call getWeather then getTime for Paris");

        assertThat(tools.calls).hasSize(2);
        assertThat(tools.calls.get(0)).startsWith("getWeather(");
        assertThat(tools.calls.get(1)).startsWith("getTime(");
        assertThat(answer).contains("getWeather").contains("getTime");
        // one call per turn: three requests, the last carrying both results
        assertThat(EMULATOR.emulator().recordedRequests()).hasSize(3);
    }

    @Test
    void returnsARecordThroughAStrictJsonSchema() throws Exception {
        PersonExtractor extractor = AiServices.create(PersonExtractor.class,
                MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest").build());

        Person person = extractor.extract("John is 42 years old");

        assertThat(person).isNotNull();
        assertThat(person.name()).isNotBlank();
        RecordedRequest request = EMULATOR.emulator().takeRequest();
        var format = JSON.readTree(request.body()).get("response_format");
        assertThat(format.get("type").asText()).isEqualTo("json_schema");
        assertThat(format.get("json_schema").get("strict").asBoolean()).isTrue();
        assertThat(format.get("json_schema").get("schema").get("properties").has("age")).isTrue();
    }

    enum Priority { LOW, NORMAL, URGENT }

    record Contact(String email, String city) {
    }

    record Booking(UUID reference, String guest, LocalDate arrival, LocalTime checkIn, LocalDateTime confirmedAt,
                   Priority priority, int nights, Contact contact) {
    }

    interface BookingExtractor {
        Booking extract(String text);
    }

    @Test
    void returnsARecordWithDatesTimesUuidsEnumsAndANestedRecordReadFromThePrompt() {
        BookingExtractor extractor = AiServices.create(BookingExtractor.class,
                MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest").build());

        Booking booking = extractor.extract("Booking 3f2b8c1e-9d4a-4e6b-8f7a-2c1d0e9b8a7f for Ada, arriving on "
                + "March 14, 2025 at 15:30 for 3 nights, confirmed 2025-02-01 at 09:15, urgent; reach her at "
                + "ada@example.org, she lives in Lyon");

        assertThat(booking.reference()).isEqualTo(UUID.fromString("3f2b8c1e-9d4a-4e6b-8f7a-2c1d0e9b8a7f"));
        assertThat(booking.guest()).isEqualTo("Ada");
        assertThat(booking.arrival()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(booking.checkIn()).isEqualTo(LocalTime.of(15, 30));
        assertThat(booking.confirmedAt()).isEqualTo(LocalDateTime.of(2025, 2, 1, 9, 15));
        assertThat(booking.priority()).isEqualTo(Priority.URGENT);
        assertThat(booking.nights()).isEqualTo(3);
        assertThat(booking.contact()).isEqualTo(new Contact("ada@example.org", "Lyon"));
    }

    @Test
    void returnsARecordWithRealCalendarValuesWhenThePromptGivesNone() {
        BookingExtractor extractor = AiServices.create(BookingExtractor.class,
                MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest").build());

        Booking booking = extractor.extract("Make up a booking");

        assertThat(booking.reference()).isNotNull();
        assertThat(booking.arrival()).isNotNull();
        assertThat(booking.checkIn()).isNotNull();
        assertThat(booking.confirmedAt()).isNotNull();
        assertThat(booking.priority()).isNotNull();
        assertThat(booking.contact().email()).contains("@");
    }

    @Test
    void streamsThroughATokenStreamWithTools() throws Exception {
        TravelTools tools = new TravelTools();
        StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
                .streamingChatModel(MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl())
                        .modelName("mistral-small-latest").build())
                .tools(tools)
                .build();
        StringBuilder partials = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        assistant.chat("What does getWeather say for Rome?")
                .onPartialResponse(partials::append)
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();

        ChatResponse response = done.get(10, TimeUnit.SECONDS);
        assertThat(tools.calls).singleElement().asString().startsWith("getWeather(");
        assertThat(partials.toString()).isEqualTo(response.aiMessage().text()).contains("getWeather");
    }
}
