package dev.mistral4j.emulator.chat;

import static dev.mistral4j.emulator.chat.ChatJson.json;
import static dev.mistral4j.emulator.chat.ChatJson.schemaViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
}
