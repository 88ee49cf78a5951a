package dev.mistral4j.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code mistral} health indicator, off unless {@code langchain4j.mistral-ai.health.enabled=true}: each Boot line
 * has its own health API (actuator on 3.x, spring-boot-health on 4.x), so one small configuration per line, each
 * used only when its line's classes are present.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
@ConditionalOnProperty(prefix = MistralProperties.PREFIX + ".health", name = "enabled", havingValue = "true")
public class MistralHealthAutoConfiguration {

    @Bean
    MistralHealthCheck mistralHealthCheck(MistralClients clients) {
        return new MistralHealthCheck(clients);
    }

    /** Spring Boot 3.x. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.AbstractHealthIndicator")
    static class Boot3 {

        @Bean
        @ConditionalOnMissingBean(name = "mistralHealthIndicator")
        Boot3HealthIndicator mistralHealthIndicator(MistralHealthCheck check) {
            return new Boot3HealthIndicator(check);
        }
    }

    /** Spring Boot 4.x. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
    static class Boot4 {

        @Bean
        @ConditionalOnMissingBean(name = "mistralHealthIndicator")
        Boot4HealthIndicator mistralHealthIndicator(MistralHealthCheck check) {
            return new Boot4HealthIndicator(check);
        }
    }
}
