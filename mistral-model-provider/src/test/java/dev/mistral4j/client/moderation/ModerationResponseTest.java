package dev.mistral4j.client.moderation;

import static dev.mistral4j.client.json.WireContract.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModerationResponseTest {

    /** The spec's example for POST /v1/chat/moderations. */
    private static final String SPEC_EXAMPLE = """
            {"id":"352bce1a55814127a3b0bc4fb8f02a35","model":"mistral-moderation-latest","results":[
              {"categories":{"sexual":false,"hate_and_discrimination":false,"violence_and_threats":false,
                "dangerous_and_criminal_content":false,"selfharm":false,"health":false,"financial":false,
                "law":false,"pii":false},
               "category_scores":{"sexual":0.0010322310263291001,"hate_and_discrimination":0.001597845577634871,
                "violence_and_threats":0.00020342698553577065,"dangerous_and_criminal_content":0.0029810327105224133,
                "selfharm":0.00017952796770259738,"health":0.0002959570847451687,"financial":7.9673009167891e-05,
                "law":4.539786823443137e-05,"pii":0.004198795650154352}}]}""";

    @Test
    void readsTheSpecsExampleWithCategoriesInTheServersOrder() {
        ModerationResponse response = read(SPEC_EXAMPLE, ModerationResponse.class);

        ModerationResult result = response.results().get(0);
        assertThat(response.id()).isEqualTo("352bce1a55814127a3b0bc4fb8f02a35");
        assertThat(result.categories()).hasSize(9).containsEntry("pii", false);
        assertThat(result.categories().keySet()).startsWith("sexual", "hate_and_discrimination");
        assertThat(result.categoryScores()).containsEntry("financial", 7.9673009167891e-05);
        assertThat(result.flagged()).isFalse();
    }

    @Test
    void keepsCategoriesTheApiAddsAndReportsAFlaggedInput() {
        ModerationResponse response = read("""
                {"id":"m","model":"mistral-moderation-2603","results":[
                 {"categories":{"jailbreaking":true,"pii":false},
                  "category_scores":{"jailbreaking":0.97,"pii":0.01}}]}""",
                ModerationResponse.class);

        ModerationResult result = response.results().get(0);
        assertThat(result.flagged()).isTrue();
        assertThat(result.categoryScores()).containsEntry("jailbreaking", 0.97);
    }
}
