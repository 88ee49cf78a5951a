package dev.mistral4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.emulator.MistralEmulator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** Bad configuration fails at startup, and Spring Boot's failure analysis names the property. */
class FailureAnalysisTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "langchain4j.mistral-ai.chat-model.temperature|3.0|must be between 0 and 1.5",
            "langchain4j.mistral-ai.streaming-chat-model.top-p|1.5|must be between 0 and 1",
            "langchain4j.mistral-ai.fim-model.max-tokens|-1|must be 0 or more",
            "langchain4j.mistral-ai.chat-model.base-url|not a url|must be an http or https URL",
            "langchain4j.mistral-ai.embedding-model.retry.max-attempts|50|must be between 1 and 20",
            "langchain4j.mistral-ai.embedding-model.max-concurrent-batches|500|must be between 1 and 64",
            "langchain4j.mistral-ai.embedding-model.http.max-concurrent-requests|5000|must be between 1 and 1024",
            "langchain4j.mistral-ai.chat-model.response-format|xml|No enum constant",
            "langchain4j.mistral-ai.chat-model.timeout|sixty seconds|sixty seconds",
            "langchain4j.mistral-ai.moderation-model.http.keep-alive|0s|must be more than zero",
            "langchain4j.mistral-ai.batch-chat-model.job.timeout-hours|0|must be at least 1",
            "langchain4j.mistral-ai.batch-chat-model.temperature|2.0|must be between 0 and 1.5",
            "langchain4j.mistral-ai.batch-embedding-model.job.max-inline-requests|20000|must be between 0 and 10000",
            "langchain4j.mistral-ai.batch-embedding-model.job.poll-interval|0s|must be more than zero",
            "langchain4j.mistral-ai.batch-embedding-model.max-concurrent-batches|4|does not apply to a batch job",
            "langchain4j.mistral-ai.ocr-model.table-format|latex|must be one of html, markdown",
            "langchain4j.mistral-ai.ocr-model.max-pages|5000|must be between 1 and 1000",
            "langchain4j.mistral-ai.audio-transcription-model.language|english|must be two letters",
            "langchain4j.mistral-ai.streaming-audio-transcription-model.temperature|3|must be between 0 and 1.5"})
    void anInvalidValueFailsStartupWithAnAnalysisNamingTheProperty(String property, String value, String reason) {
        String group = property.substring(0, property.indexOf('.', MistralProperties.PREFIX.length() + 1));
        Starter.runner().withPropertyValues(group + ".api-key=" + Starter.KEY,
                        group + ".base-url=http://127.0.0.1:9/v1", group + ".model-name=mistral-small-latest",
                        property + "=" + value)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis).as("an analysis of %s", context.getStartupFailure()).isNotNull();
                    assertThat(analysis.getDescription()).contains(property).contains(reason)
                            .doesNotContain(Starter.KEY);
                    assertThat(analysis.getAction()).isNotBlank();
                });
    }

    @Test
    void theEmulatorEnabledWithoutItsJarNamesTheProperty() {
        Starter.runner().withClassLoader(new FilteredClassLoader(MistralEmulator.class))
                .withPropertyValues("mistral4j.emulator.enabled=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(analyze(context.getStartupFailure()).getDescription())
                            .contains("mistral4j.emulator.enabled").contains("mistral-emulator");
                });
    }

    /** The analysis Spring Boot would print: the first of the registered analyzers that knows the failure. */
    private static FailureAnalysis analyze(Throwable failure) {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> {
                }));
        for (FailureAnalyzer analyzer : analyzers) {
            FailureAnalysis analysis = analyzer.analyze(failure);
            if (analysis != null) {
                return analysis;
            }
        }
        return null;
    }
}
