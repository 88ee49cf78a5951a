package dev.mistral4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.client.json.MistralJson;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class EmbeddingAnswerReaderTest {

    private static final ObjectReader JACKSON = MistralJson.newMapper().readerFor(EmbeddingResponse.class);

    /** The answer as the API sends it. */
    private static final String ANSWER = """
            {"id":"embd-aad6fc62b17349b192ef09225058bc45","object":"list","data":[{"object":"embedding",\
            "embedding":[-0.0165863037109375,0.07012939453125,0.031494140625,1.0E-5,-2.5e+3,0,-0.0],"index":0},\
            {"object":"embedding","embedding":[0.0216522216796875,-0.0005874633789062,7],"index":1}],\
            "model":"mistral-embed","usage":{"prompt_tokens":15,"total_tokens":15,"completion_tokens":0}}""";
    private static final List<String> PLAIN = List.of(ANSWER,
            """
            { "data" : [ { "embedding" : [ ] , "index" : null , "object" : null } ,
              { "embedding" : [ 1 , -1 , 1e0 , 1E-0 ] } ] , "usage" : null , "id" : null }""",
            "{}",
            "{\"data\":null,\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"num_cached_tokens\":null}}",
            "{\"data\":[],\"object\":\"list\"}",
            "{\"data\":[{\"embedding\":[3.4028235e38,1.4e-45,123456789012345678,-999999999999999999]}]}");
    private static final List<String> NOT_PLAIN = List.of(
            "{\"data\":[{\"embedding\":\"AAAAAA==\",\"index\":0}]}",
            "{\"data\":[{\"embedding\":null}]}",
            "{\"data\":[{\"index\":0}]}",
            "{\"data\":[{\"embedding\":[1,null]}]}",
            "{\"data\":[{\"embedding\":[\"1\"]}]}",
            "{\"data\":[{\"embedding\":[[1]]}]}",
            "{\"data\":[{\"embedding\":[01]}]}",
            "{\"data\":[{\"embedding\":[1.]}]}",
            "{\"data\":[{\"embedding\":[.5]}]}",
            "{\"data\":[{\"embedding\":[+1]}]}",
            "{\"data\":[{\"embedding\":[1e]}]}",
            "{\"data\":[{\"embedding\":[-]}]}",
            "{\"data\":[{\"embedding\":[NaN]}]}",
            "{\"data\":[{\"embedding\":[1" + "0".repeat(70) + "]}]}",
            "{\"data\":[{\"embedding\":[1],\"embedding\":[2]}]}",
            "{\"data\":[null]}",
            "{\"data\":[{\"embedding\":[1]}],\"created\":1}",
            "{\"usage\":{\"prompt_audio_seconds\":1}}",
            "{} trailing",
            "null",
            "");

    @Test
    void readsThePlainAnswersAsJacksonDoes() throws Exception {
        for (String answer : PLAIN) {
            assertThat(plain(answer)).as(answer).isNotNull().isEqualTo(JACKSON.readValue(answer));
        }
        EmbeddingResponse answer = plain(ANSWER);
        assertThat(answer.data().get(0).embedding())
                .containsExactly(-0.0165863037109375f, 0.07012939453125f, 0.031494140625f, 1.0E-5f, -2500f, 0f, -0f);
        assertThat(answer.data().get(1).index()).isEqualTo(1);
        assertThat(answer.usage().promptTokens()).isEqualTo(15);
    }

    @Test
    void leavesEveryOtherAnswerToJackson() {
        for (String answer : NOT_PLAIN) {
            assertThat(plain(answer)).as(answer).isNull();
        }
    }

    @Test
    void readsAnAnswerOfAnyLengthAndItsTextAsUtf8() throws Exception {
        StringJoiner numbers = new StringJoiner(",");
        Random random = new Random(7);
        for (int i = 0; i < 512 * 1024; i++) {
            numbers.add(Float.toString(random.nextFloat() - 0.5f));
        }
        String answer = "{\"model\":\"mistral-embed-\u00e9t\u00e9 \\u2014 \uD83D\uDDFC\",\"data\":[{\"embedding\":["
                + numbers + "],\"index\":0}]}";
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(PlainJsonReader.MAX_LENGTH * 10);

        EmbeddingResponse read = reader().read(body);

        assertThat(read).isNotNull().isEqualTo(JACKSON.readValue(body));
        assertThat(read.model()).isEqualTo("mistral-embed-\u00e9t\u00e9 \u2014 \uD83D\uDDFC");
        assertThat(read.data().get(0).dimension()).isEqualTo(512 * 1024);
    }

    @Test
    void leavesAStringLongerThanJacksonMightReadToJackson() {
        String longModel = "{\"model\":\"" + "m".repeat(PlainJsonReader.MAX_LENGTH + 1) + "\"}";
        String longEscaped = "{\"model\":\"\\n" + "m".repeat(PlainJsonReader.MAX_LENGTH) + "\"}";

        assertThat(plain(longModel)).isNull();
        assertThat(plain(longEscaped)).isNull();
    }

    @Test
    void fallsBackToJacksonAndKeepsItsErrors() throws Exception {
        byte[] base64 = NOT_PLAIN.get(0).getBytes(StandardCharsets.UTF_8);
        byte[] cut = ANSWER.substring(0, 100).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EmbeddingAnswerReader.read(base64, JACKSON))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> EmbeddingAnswerReader.read(cut, JACKSON)).isInstanceOf(JsonProcessingException.class);
        assertThat(EmbeddingAnswerReader.read(ANSWER.getBytes(StandardCharsets.UTF_8), JACKSON))
                .isEqualTo(JACKSON.readValue(ANSWER));
    }

    @Test
    void neverDisagreesWithJacksonOnACutOrAlteredAnswer() {
        EmbeddingAnswerReader reader = reader();
        for (String answer : PlainJsonAlterations.of(PLAIN)) {
            EmbeddingResponse ours = reader.apply(answer);
            if (ours != null) {
                assertThat(ours).as(answer).isEqualTo(jackson(answer));
            }
        }
    }

    /**
     * Every kind of number an answer may hold, each compared bit for bit with Jackson's float and, for decimals, with
     * {@link Float#parseFloat}: the shortest forms of floats and of doubles, decimals of bfloat16 values (exact, many
     * digits), integers, random decimals of up to 20 digits and exponents to 40, and decimals a hair off a midpoint
     * between two floats, where rounding to a double first would round the other way.
     */
    @Test
    void readsEveryNumberToTheFloatJacksonReads() throws Exception {
        Random random = new Random(42);
        EmbeddingAnswerReader reader = reader();
        for (int round = 0; round < 240; round++) {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                numbers.add(number(random, round % 8));
            }
            String answer = "{\"data\":[{\"embedding\":[" + String.join(",", numbers) + "]}]}";

            float[] ours = reader.apply(answer).data().get(0).embedding();
            float[] jacksons = jackson(answer).data().get(0).embedding();

            for (int i = 0; i < numbers.size(); i++) {
                String number = numbers.get(i);
                assertThat(Float.floatToRawIntBits(ours[i])).as(number)
                        .isEqualTo(Float.floatToRawIntBits(jacksons[i]));
                if (number.contains(".") || number.contains("e") || number.contains("E")) {
                    assertThat(Float.floatToRawIntBits(ours[i])).as(number)
                            .isEqualTo(Float.floatToRawIntBits(Float.parseFloat(number)));
                }
            }
        }
    }

    private static String number(Random random, int kind) {
        return switch (kind) {
            case 0 -> Float.toString((random.nextFloat() - 0.5f) * (float) Math.pow(10, random.nextInt(12) - 8));
            case 1 -> Double.toString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 8));
            case 2 -> new BigDecimal(Float.intBitsToFloat((random.nextBoolean() ? 0x8000_0000 : 0)
                    | (110 + random.nextInt(20)) << 23 | (random.nextInt() & 0x007F_0000))).toPlainString();
            case 3 -> Long.toString(random.nextLong() >> random.nextInt(64));
            case 4 -> randomDecimal(random);
            default -> nearMidpoint(random);
        };
    }

    private static String randomDecimal(Random random) {
        StringBuilder digits = new StringBuilder(random.nextBoolean() ? "-" : "");
        int length = 1 + random.nextInt(20);
        digits.append(1 + random.nextInt(9));
        for (int i = 1; i < length; i++) {
            digits.append(random.nextInt(10));
        }
        int point = 1 + random.nextInt(length);
        String number = digits.insert(digits.length() - length + point, point < length ? "." : "").toString();
        return random.nextBoolean() ? number : number + (random.nextBoolean() ? "e" : "E-") + random.nextInt(40);
    }

    /**
     * The exact midpoint between two random floats, or it rounded to 15 to 25 digits, or that nudged by one in its
     * last digit: the double nearest such a decimal is often the midpoint itself, or a double away from it.
     */
    private static String nearMidpoint(Random random) {
        // exponents from 2^-31 to 2^72: the midpoints of smaller floats have more digits than a plain number
        float below = Float.intBitsToFloat((96 + random.nextInt(104)) << 23 | random.nextInt(1 << 23));
        BigDecimal midpoint = new BigDecimal(below).add(new BigDecimal(Math.nextUp(below)))
                .divide(BigDecimal.valueOf(2));
        BigDecimal rounded = midpoint.round(new MathContext(15 + random.nextInt(11)));
        BigDecimal number = switch (random.nextInt(4)) {
            case 0 -> midpoint;
            case 1 -> rounded;
            case 2 -> rounded.add(rounded.ulp());
            default -> rounded.subtract(rounded.ulp());
        };
        return number.toString();
    }

    private static EmbeddingResponse plain(String answer) {
        return reader().apply(answer);
    }

    private static EmbeddingAnswerReader reader() {
        return new EmbeddingAnswerReader();
    }

    private static EmbeddingResponse jackson(String answer) {
        try {
            return JACKSON.readValue(answer);
        } catch (Exception e) {
            throw new AssertionError("the reader read an answer that Jackson refuses: " + answer, e);
        }
    }
}
