package dev.mistral4j.spring.autoconfigure;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** {@link MistralHealthCheck} as a Spring Boot 3 health indicator. */
final class Boot3HealthIndicator extends AbstractHealthIndicator {

    private final MistralHealthCheck check;

    Boot3HealthIndicator(MistralHealthCheck check) {
        super("Mistral health check failed");
        this.check = check;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MistralHealthCheck.Result result = check.check();
        (result.up() ? builder.up() : builder.down()).withDetails(result.details());
    }
}
