package dev.mistral4j.spring.autoconfigure;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** {@link MistralHealthCheck} as a Spring Boot 4 health indicator. */
final class Boot4HealthIndicator extends AbstractHealthIndicator {

    private final MistralHealthCheck check;

    Boot4HealthIndicator(MistralHealthCheck check) {
        super("Mistral health check failed");
        this.check = check;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MistralHealthCheck.Result result = check.check();
        (result.up() ? builder.up() : builder.down()).withDetails(result.details());
    }
}
