package dev.mistral4j.spring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The properties of every group and the clients they share; the model configurations build on it. */
@AutoConfiguration(after = MistralEmulatorAutoConfiguration.class)
@EnableConfigurationProperties({MistralProperties.class, EmulatorProperties.class})
public class MistralClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MistralClients mistralClients(EmulatorProperties emulator, ObjectProvider<EmulatorEndpoint> endpoint) {
        EmulatorEndpoint running = endpoint.getIfAvailable();
        if (emulator.isEnabled() && running == null) {
            throw new InvalidMistralPropertyException(EmulatorProperties.PREFIX + ".enabled",
                    "true needs the emulator: add dev.mistral4j:mistral-emulator to the classpath", null);
        }
        return new MistralClients(running == null ? null : running.baseUrl());
    }
}
