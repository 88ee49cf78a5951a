package dev.mistral4j.client.common;

import static dev.mistral4j.client.json.WireContract.json;
import static dev.mistral4j.client.json.WireContract.propertiesIn;
import static dev.mistral4j.client.json.WireContract.propertiesOf;
import static dev.mistral4j.client.json.WireContract.read;
import static dev.mistral4j.client.json.WireContract.schemaViolations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageTest {

    @Test
    void readsEveryFieldOfTheSpecAndWritesThemBackValid() {
        String json = """
                {"prompt_tokens":10,"completion_tokens":5,"total_tokens":15,"prompt_audio_seconds":3,
                 "num_cached_tokens":4,"prompt_tokens_details":{"cached_tokens":4},
                 "prompt_token_details":{"cached_tokens":4}}""";

        Usage usage = read(json, Usage.class);

        assertThat(usage).isEqualTo(new Usage(10, 5, 15, 3, 4, new PromptTokensDetails(4), new PromptTokensDetails(4)));
        assertThat(propertiesIn(json(usage))).isEqualTo(propertiesOf("UsageInfo"));
        assertThat(schemaViolations("UsageInfo", json(usage))).isEmpty();
    }

    @Test
    void readsAnAudioDurationThatIsNotANumberAsAbsent() {
        Usage usage = read("{\"prompt_tokens\":1,\"prompt_audio_seconds\":{},\"total_tokens\":1}", Usage.class);

        assertThat(usage.promptAudioSeconds()).isNull();
        assertThat(usage.totalTokens()).isEqualTo(1);
    }
}
