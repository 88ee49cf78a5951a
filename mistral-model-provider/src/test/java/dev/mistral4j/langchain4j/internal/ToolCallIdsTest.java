package dev.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolCallIdsTest {

    @Test
    void keepsIdsMistralAccepts() {
        ToolCallIds ids = new ToolCallIds();

        assertThat(ids.toWire("aB3dE6gH9")).isEqualTo("aB3dE6gH9");
        assertThat(ids.fromWire("aB3dE6gH9")).isEqualTo("aB3dE6gH9");
    }

    @Test
    void replacesOtherIdsByTheSameNineAlphanumericsEveryTimeAndMapsThemBack() {
        ToolCallIds ids = new ToolCallIds();

        String wire = ids.toWire("call_abc-123");

        assertThat(wire).matches("[A-Za-z0-9]{9}").isEqualTo(new ToolCallIds().toWire("call_abc-123"));
        assertThat(ids.toWire("call_abc-124")).isNotEqualTo(wire);
        assertThat(ids.fromWire(wire)).isEqualTo("call_abc-123");
    }

    @Test
    void passesIdsTheApiGeneratedThrough() {
        assertThat(new ToolCallIds().fromWire("Zx9Yw8Vu7")).isEqualTo("Zx9Yw8Vu7");
    }
}
