package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.MistralTransports;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.Logger;

/** The proxy options: a MockWebServer plays the HTTP proxy, so it sees the absolute URL of every request. */
class ProxyTest {

    // resolvable by nobody: a call that reaches the proxy with this URL went through the proxy
    private static final String BASE_URL = "http://api.mistral4j.invalid/v1";
    private static final String PASSWORD = "proxy-secret-DO-NOT-LOG";
    private static final String CHAT_ANSWER = "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,"
            + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"hi\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";

    private final MockWebServer proxyServer = new MockWebServer();
    private Proxy proxy;

    @BeforeEach
    void start() throws Exception {
        proxyServer.start();
        proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxyServer.getHostName(), proxyServer.getPort()));
    }

    @AfterEach
    void stop() {
        proxyServer.close();
    }

    private void answer(int code, String body) {
        MockResponse.Builder response = new MockResponse.Builder().code(code).body(body);
        if (code == 407) {
            response.addHeader("Proxy-Authenticate", "Basic realm=\"corp\"");
        } else {
            response.addHeader("Content-Type", "application/json");
        }
        proxyServer.enqueue(response.build());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void get(MistralClient client) {
        MistralTransports.of(client).sendJson(ApiRequest.get("/models"), Map.class);
    }

    @Test
    void sendsEveryCallThroughTheGivenProxy() throws Exception {
        answer(200, "{\"object\":\"list\",\"data\":[]}");
        try (MistralClient client = MistralClient.builder().apiKey("k").baseUrl(BASE_URL).proxy(proxy).build()) {
            get(client);
        }

        RecordedRequest request = proxyServer.takeRequest();
        assertThat(request.getTarget()).isEqualTo(BASE_URL + "/models");
        assertThat(request.getHeaders().get("Proxy-Authorization")).isNull();
    }

    @Test
    void answersTheProxysChallengeWithTheCredentialsAndNeverLogsThem() throws Exception {
        answer(407, "");
        answer(200, "{\"object\":\"list\",\"data\":[]}");
        Logger logger = mock(Logger.class);
        try (MistralClient client = MistralClient.builder().apiKey("k").baseUrl(BASE_URL).proxy(proxy)
                .proxyAuthentication("alice", PASSWORD).logRequests(true).logResponses(true).logger(logger).build()) {
            get(client);
        }

        assertThat(proxyServer.takeRequest().getHeaders().get("Proxy-Authorization")).isNull();
        assertThat(proxyServer.takeRequest().getHeaders().get("Proxy-Authorization"))
                .isEqualTo(basic("alice", PASSWORD));
        ArgumentCaptor<Object> logged = ArgumentCaptor.forClass(Object.class);
        verify(logger, atLeastOnce()).info(anyString(), logged.capture(), logged.capture(), logged.capture(),
                logged.capture());
        assertThat(logged.getAllValues()).isNotEmpty().allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(PASSWORD).doesNotContain(basic("alice", PASSWORD).substring(6)));
    }

    @Test
    void givesBackASecondRefusalOfTheCredentialsInsteadOfAskingForever() {
        answer(407, "");
        answer(407, "");
        try (MistralClient client = MistralClient.builder().apiKey("k").baseUrl(BASE_URL).proxy(proxy)
                .proxyAuthentication("alice", "wrong").maxRetries(0).build()) {
            assertThatThrownBy(() -> get(client)).isInstanceOf(LangChain4jException.class)
                    .hasMessageContaining("407").hasMessageNotContaining("wrong");
        }
        assertThat(proxyServer.getRequestCount()).isEqualTo(2);
    }

    @Test
    void refusesAProxyOnTopOfYourOwnOkHttpClientNamingBothOptions() {
        OkHttpClient own = new OkHttpClient();
        assertThatThrownBy(() -> MistralClient.builder().apiKey("k").baseUrl(BASE_URL).okHttpClient(own)
                .proxy(proxy).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy(...)").hasMessageContaining("okHttpClient(...)");
        assertThatThrownBy(() -> MistralChatModel.builder().baseUrl(BASE_URL).apiKey("k").modelName("m")
                .okHttpClient(own).proxyAuthentication("alice", PASSWORD).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxyAuthentication(...)").hasMessageContaining("okHttpClient(...)")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void refusesCredentialsWithoutAUsernameNamingTheOption() {
        assertThatThrownBy(() -> MistralEmbeddingModel.builder().proxyAuthentication(" ", PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxyAuthentication")
                .hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> MistralClient.builder().proxyAuthentication("alice", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxyAuthentication");
    }

    @Test
    void modelBuildersPassTheProxyAndItsCredentialsToTheirClient() throws Exception {
        answer(407, "");
        answer(200, CHAT_ANSWER);
        answer(200, "{\"id\":\"e\",\"object\":\"list\",\"model\":\"mistral-embed\",\"data\":[{\"object\":"
                + "\"embedding\",\"index\":0,\"embedding\":[0.5,0.5]}],\"usage\":{\"prompt_tokens\":1,"
                + "\"total_tokens\":1}}");

        String answer = MistralChatModel.builder().apiKey("k").baseUrl(BASE_URL).modelName("mistral-small-latest")
                .proxy(proxy).proxyAuthentication("alice", PASSWORD).build().chat("hello");
        MistralEmbeddingModel embeddings = MistralEmbeddingModel.builder().apiKey("k").baseUrl(BASE_URL)
                .modelName("mistral-embed").proxy(proxy).build();
        List<?> vectors = embeddings.embedAll(List.of(TextSegment.from("hello"))).content();
        embeddings.close();

        assertThat(answer).isEqualTo("hi");
        assertThat(vectors).hasSize(1);
        proxyServer.takeRequest();
        RecordedRequest chat = proxyServer.takeRequest();
        assertThat(chat.getTarget()).isEqualTo(BASE_URL + "/chat/completions");
        assertThat(chat.getHeaders().get("Proxy-Authorization")).isEqualTo(basic("alice", PASSWORD));
        assertThat(proxyServer.takeRequest().getTarget()).isEqualTo(BASE_URL + "/embeddings");
    }
}
