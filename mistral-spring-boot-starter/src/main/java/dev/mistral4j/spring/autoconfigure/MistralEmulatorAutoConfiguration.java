package dev.mistral4j.spring.autoconfigure;

import dev.mistral4j.emulator.MistralEmulator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Starts an in-process {@link MistralEmulator} when {@code mistral4j.emulator.enabled=true} and mistral-emulator is
 * on the classpath; every group then talks to it, so the application runs without a key. The emulator stops with
 * the context; a {@link MistralEmulator} bean of the application's own replaces this one.
 */
@AutoConfiguration
@ConditionalOnClass(MistralEmulator.class)
@ConditionalOnProperty(prefix = EmulatorProperties.PREFIX, name = "enabled", havingValue = "true")
@EnableConfigurationProperties(EmulatorProperties.class)
public class MistralEmulatorAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MistralEmulator mistralEmulator(EmulatorProperties properties) {
        return MistralEmulator.builder().port(properties.getPort()).seed(properties.getSeed()).build().start();
    }

    @Bean
    EmulatorEndpoint mistralEmulatorEndpoint(MistralEmulator emulator) {
        return new EmulatorEndpoint(emulator.baseUrl());
    }
}
