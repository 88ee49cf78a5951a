package dev.mistral4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.language.LanguageModel;
import dev.langchain4j.model.moderation.ModerationModel;
import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.ApplicationContext;

/**
 * A group's {@code proxy} properties reach its client. The base URL names a host nobody can resolve, and the proxy
 * address is the emulator's: the emulator answers the absolute-form requests a client sends to an HTTP proxy, so a
 * recorded request went through the configured proxy.
 */
class ProxyPropertiesTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(
            MistralEmulator.builder().apiKey(Starter.KEY));

    private static String[] viaProxy(String group, String... more) {
        URI emulator = URI.create(EMULATOR.emulator().baseUrl());
        String prefix = MistralProperties.PREFIX + "." + group + ".";
        String[] properties = new String[more.length + 6];
        properties[0] = prefix + "base-url=http://mistral.proxied.invalid:" + emulator.getPort() + "/v1";
        properties[1] = prefix + "api-key=" + Starter.KEY;
        properties[2] = prefix + "proxy.host=" + emulator.getHost();
        properties[3] = prefix + "proxy.port=" + emulator.getPort();
        properties[4] = prefix + "proxy.username=alice";
        properties[5] = prefix + "proxy.password=proxy-secret";
        for (int i = 0; i < more.length; i++) {
            properties[i + 6] = prefix + more[i];
        }
        return properties;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"chat-model,/v1/chat/completions", "streaming-chat-model,/v1/chat/completions", "embedding-model,/v1/embeddings", "fim-model,/v1/fim/completions",
            "moderation-model,/v1/moderations", "admin,/v1/files"})
    void eachGroupSendsItsCallsThroughItsProxy(String group, String path) {
        String[] properties = group.contains("chat") ? viaProxy(group, "model-name=mistral-small-latest")
                : viaProxy(group);
        Starter.runner().withPropertyValues(properties).run(context -> {
            call(group).on(context);
            assertThat(Starter.last(EMULATOR.emulator(), path)).isNotNull();
        });
    }

    /** A call of the group's bean. */
    private interface Call {
        void on(ApplicationContext context) throws Exception;
    }

    private static Call call(String group) {
        return switch (group) {
            case "chat-model" -> context -> context.getBean(ChatModel.class).chat("Hello");
            case "streaming-chat-model" -> context -> MistralModelBeansTest.stream(
                    context.getBean(StreamingChatModel.class), "Hello").get(10, TimeUnit.SECONDS);
            case "embedding-model" -> context -> context.getBean(EmbeddingModel.class).embed(TextSegment.from("x"));
            case "fim-model" -> context -> context.getBean(LanguageModel.class).generate("def f(");
            case "moderation-model" -> context -> context.getBean(ModerationModel.class).moderate("hello");
            default -> context -> context.getBean(MistralAdminClient.class).files().list();
        };
    }

    @Test
    void aProxyHostWithoutAPortFailsStartupNamingThePortProperty() {
        Starter.runner().withPropertyValues("langchain4j.mistral-ai.chat-model.api-key=" + Starter.KEY,
                        "langchain4j.mistral-ai.chat-model.model-name=mistral-small-latest",
                        "langchain4j.mistral-ai.chat-model.proxy.host=proxy.corp",
                        "langchain4j.mistral-ai.chat-model.proxy.password=proxy-secret")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .hasMessageContaining("langchain4j.mistral-ai.chat-model.proxy.port")
                            .hasMessageContaining("between 1 and 65535")
                            .hasMessageNotContaining("proxy-secret");
                });
    }
}
