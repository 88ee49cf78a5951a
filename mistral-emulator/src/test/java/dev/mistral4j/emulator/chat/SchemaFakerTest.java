package dev.mistral4j.emulator.chat;

import static dev.mistral4j.emulator.chat.ChatJson.json;
import static dev.mistral4j.emulator.chat.ChatJson.schemaViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemaFakerTest {

    private static JsonNode fake(JsonNode schema, String text, boolean strict) {
        JsonNode value = new SchemaFaker(schema, ChatTextValues.of(text), strict).fake();
        assertThat(schemaViolations(schema, value)).as("%s for %s", value, schema).isEmpty();
        return value;
    }

    @Test
    void takesNumbersInTextOrderAndStringsAfterTheirPropertyName() {
        JsonNode schema = json("{'type':'object','properties':{'city':{'type':'string'},"
                + "'days':{'type':'integer'},'threshold':{'type':'number'}},'required':['city','days','threshold']}");
        JsonNode value = fake(schema, "Forecast for city \"Le Havre\" over 5 days above 12.5 degrees", false);
        assertThat(value).hasToString("{\"city\":\"Le Havre\",\"days\":5,\"threshold\":12.5}");
    }

    @Test
    void picksTheEnumValueTheTextMentionsElseTheFirst() {
        JsonNode schema = json("{'type':'object','properties':{'unit':{'type':'string','enum':['celsius','fahrenheit']},"
                + "'mode':{'enum':['fast','slow']}},'required':['unit','mode']}");
        assertThat(fake(schema, "in Fahrenheit please", false))
                .hasToString("{\"unit\":\"fahrenheit\",\"mode\":\"fast\"}");
    }

    @Test
    void keepsOptionalPropertiesOnlyWhenStrictOrMentioned() {
        JsonNode schema = json("{'type':'object','properties':{'name':{'type':'string'},'age':{'type':'integer'},"
                + "'nickname':{'type':'string'}},'required':['name']}");
        assertThat(fake(schema, "John Smith", false).fieldNames()).toIterable().containsExactly("name");
        assertThat(fake(schema, "John Smith, age 42", false)).hasToString("{\"name\":\"John\",\"age\":42}");
        assertThat(fake(schema, "John Smith", true).fieldNames()).toIterable()
                .containsExactly("name", "age", "nickname");
    }

    @Test
    void fillsNestedObjectsArraysBooleansAndNullableUnions() {
        JsonNode schema = json("{'type':'object','additionalProperties':false,'properties':{"
                + "'owner':{'type':'object','properties':{'email':{'type':'string','format':'email'},"
                + "'active':{'type':'boolean'}},'required':['email','active']},"
                + "'tags':{'type':'array','items':{'type':'string'},'minItems':2,'maxItems':3},"
                + "'scores':{'type':'array','items':{'type':'integer','minimum':10}},"
                + "'note':{'anyOf':[{'type':'null'},{'type':'string','maxLength':4}]},"
                + "'rank':{'type':['integer','null'],'maximum':3}},"
                + "'required':['owner','tags','scores','note','rank']}");
        JsonNode value = fake(schema, "tags \"red\" and \"blue\", rank 7, active true", false);
        assertThat(value.at("/owner/active").asBoolean()).isTrue();
        assertThat(value.get("tags")).hasSize(2);
        assertThat(value.get("tags").get(0).asText()).isEqualTo("red");
        assertThat(value.get("rank").asInt()).isEqualTo(3);
        assertThat(value.at("/scores/0").asInt()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void resolvesDefinitionsAsLangChain4jWritesThemForRecords() {
        // the shape LangChain4j's JsonSchema output for record Person(String name, int age, Address address, List<Pet>)
        JsonNode schema = json("{'type':'object','properties':{'name':{'type':'string'},'age':{'type':'integer'},"
                + "'address':{'$ref':'#/$defs/Address'},'pets':{'type':'array','items':{'$ref':'#/$defs/Pet'}}},"
                + "'required':['name','age','address','pets'],'additionalProperties':false,"
                + "'$defs':{'Address':{'type':'object','properties':{'street':{'type':'string'},"
                + "'zip':{'type':'integer'}},'required':['street','zip'],'additionalProperties':false},"
                + "'Pet':{'type':'object','properties':{'kind':{'type':'string','enum':['CAT','DOG']}},"
                + "'required':['kind'],'additionalProperties':false}}}");
        JsonNode value = fake(schema, "Ada Lovelace is 36 and lives at street \"12 St James Square\" with a dog",
                true);
        assertThat(value.get("name").asText()).isEqualTo("Ada");
        assertThat(value.get("age").asInt()).isEqualTo(36);
        assertThat(value.at("/address/street").asText()).isEqualTo("12 St James Square");
        assertThat(value.at("/pets/0/kind").asText()).isEqualTo("DOG");
    }

    @Test
    void stopsGrowingRecursiveSchemas() {
        JsonNode schema = json("{'$ref':'#/$defs/Node','$defs':{'Node':{'type':'object','properties':{"
                + "'label':{'type':'string'},'children':{'type':'array','items':{'$ref':'#/$defs/Node'}}},"
                + "'required':['label','children']}}}");
        assertThat(fake(schema, "a tree", true).get("children")).isNotEmpty();
    }

    @Test
    void namesAReferenceItCannotResolve() {
        JsonNode schema = json("{'type':'object','properties':{'x':{'$ref':'#/$defs/Missing'}},'required':['x']}");
        assertThatThrownBy(() -> new SchemaFaker(schema, ChatTextValues.of(""), false).fake())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#/$defs/Missing");
    }

    @Test
    void givesStringFormatsValuesOfTheirFormatFromTheTextOrPlausibleOnes() {
        JsonNode schema = json("{'type':'object','properties':{'day':{'type':'string','format':'date'},"
                + "'at':{'type':'string','format':'date-time'},'opens':{'type':'string','format':'time'},"
                + "'id':{'type':'string','format':'uuid'},'mail':{'type':'string','format':'email'},"
                + "'site':{'type':'string','format':'uri'}},'required':['day','at','opens','id','mail','site']}");
        JsonNode fromText = fake(schema, "On 2025-03-14, at 2025-04-01 18:45, opening 8 am, id "
                + "3f2b8c1e-9d4a-4e6b-8f7a-2c1d0e9b8a7f, mail ada@example.org, see https://example.org/a", false);
        assertThat(fromText).hasToString("{\"day\":\"2025-03-14\",\"at\":\"2025-04-01T18:45:00Z\","
                + "\"opens\":\"08:00:00Z\",\"id\":\"3f2b8c1e-9d4a-4e6b-8f7a-2c1d0e9b8a7f\","
                + "\"mail\":\"ada@example.org\",\"site\":\"https://example.org/a\"}");

        JsonNode made = fake(schema, "anything", false);
        assertThat(LocalDate.parse(made.get("day").asText())).isNotNull();
        assertThat(OffsetDateTime.parse(made.get("at").asText())).isNotNull();
        assertThat(UUID.fromString(made.get("id").asText())).isNotNull();
        assertThat(made.get("mail").asText()).contains("@");
        assertThat(made.get("site").asText()).startsWith("https://");
    }

    @Test
    void givesLangChain4jDateAndTimeShapesRealCalendarValues() {
        // LangChain4j describes LocalDate, LocalTime and LocalDateTime fields by their Java fields
        String date = "{'type':'object','properties':{'year':{'type':'integer'},'month':{'type':'integer'},"
                + "'day':{'type':'integer'}},'required':['year','month','day']}";
        String time = "{'type':'object','properties':{'hour':{'type':'integer'},'minute':{'type':'integer'},"
                + "'second':{'type':'integer'},'nano':{'type':'integer'}},'required':['hour','minute','second','nano']}";
        JsonNode schema = json("{'type':'object','properties':{'age':{'type':'integer'},'born':" + date
                + ",'seen':{'type':'object','properties':{'date':" + date + ",'time':" + time + "},"
                + "'required':['date','time']}},'required':['age','born','seen']}");

        JsonNode value = fake(schema, "Ada, 36, was born on 10 December 1815 and seen on May 3, 1852 at 4:30 pm",
                false);

        assertThat(value).hasToString("{\"age\":36,\"born\":{\"year\":1815,\"month\":12,\"day\":10},"
                + "\"seen\":{\"date\":{\"year\":1852,\"month\":5,\"day\":3},"
                + "\"time\":{\"hour\":16,\"minute\":30,\"second\":0,\"nano\":0}}}");
        JsonNode made = fake(schema, "no dates here, 43 and 1976", false).get("born");
        assertThat(LocalDate.of(made.get("year").asInt(), made.get("month").asInt(), made.get("day").asInt()))
                .isNotNull();
    }

    @Test
    void keepsNumbersInsideTheirBoundsAndStepsAndStringsToTheirPattern() {
        JsonNode schema = json("{'type':'object','properties':{"
                + "'stars':{'type':'integer','minimum':1,'maximum':5},"
                + "'share':{'type':'number','exclusiveMinimum':0,'exclusiveMaximum':1},"
                + "'minutes':{'type':'integer','minimum':10,'maximum':60,'multipleOf':15},"
                + "'code':{'type':'string','pattern':'^[A-Z]{3}-\\\\d{4}$'},"
                + "'tag':{'type':'string','pattern':'^(red|blue)$'}},"
                + "'required':['stars','share','minutes','code','tag']}");

        JsonNode value = fake(schema, "stars 9, share 3, minutes 50", false);

        assertThat(value.get("stars").asInt()).isEqualTo(5);
        assertThat(value.get("share").decimalValue()).isStrictlyBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(value.get("minutes").asInt()).isEqualTo(45);
        assertThat(value.get("code").asText()).matches("[A-Z]{3}-\\d{4}");
        assertThat(value.get("tag").asText()).isEqualTo("red");
    }

    @Test
    void picksTheEnumValueWrittenWithSpacesForUnderscoresOrNamedByAToolResult() {
        JsonNode schema = json("{'type':'object','properties':{'status':{'enum':['OPEN','IN_PROGRESS','DONE']},"
                + "'weather':{'enum':['rainy','sunny']}},'required':['status','weather']}");

        JsonNode value = new SchemaFaker(schema, ChatTextValues.of("The ticket is in progress", "sunny",
                List.of(), Set.of()), false).fake();

        assertThat(value).hasToString("{\"status\":\"IN_PROGRESS\",\"weather\":\"sunny\"}");
    }
}
