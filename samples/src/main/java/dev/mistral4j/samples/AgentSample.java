package dev.mistral4j.samples;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.SystemMessage;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralChatModelName;
import java.time.LocalTime;
import java.time.ZoneId;

/** An AiServices agent with two tools, printing each tool call as the model makes it. */
final class AgentSample {

    private AgentSample() {
    }

    interface TravelAgent {
        @SystemMessage("You help travellers. Use the tools getWeather and getLocalTime to answer.")
        String ask(String question);
    }

    /** The agent's tools; each prints its call so the loop can be followed. */
    static final class TravelTools {

        @Tool("The current weather in a city")
        String getWeather(@P("the city") String city) {
            System.out.println("  tool call: getWeather(" + city + ")");
            return "sunny, 21 degrees Celsius in " + city;
        }

        @Tool("The local time in a time zone such as Europe/Paris")
        String getLocalTime(@P("the IANA time zone") String zone) {
            System.out.println("  tool call: getLocalTime(" + zone + ")");
            try {
                return LocalTime.now(ZoneId.of(zone)).withNano(0).toString();
            } catch (RuntimeException e) {
                return "unknown time zone " + zone;
            }
        }
    }

    static void run() {
        try (SampleEnvironment environment = SampleEnvironment.start()) {
            TravelAgent agent = AiServices.builder(TravelAgent.class)
                    .chatModel(MistralChatModel.builder()
                            .client(environment.client())
                            .modelName(MistralChatModelName.MISTRAL_SMALL_LATEST)
                            .build())
                    .tools(new TravelTools())
                    .build();
            String question = "I land in Paris soon: call getWeather for city Paris and getLocalTime for zone Europe/Paris.";
            System.out.println("> " + question);
            System.out.println(agent.ask(question));
        }
    }
}
