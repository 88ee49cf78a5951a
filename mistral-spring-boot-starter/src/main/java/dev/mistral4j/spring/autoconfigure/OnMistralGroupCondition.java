package dev.mistral4j.spring.autoconfigure;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The condition of {@link ConditionalOnMistralGroup}. */
final class OnMistralGroupCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnMistralGroup.class.getName());
        String keyProperty = MistralProperties.PREFIX + "." + attributes.get("value") + ".api-key";
        // the binder, not Environment.getProperty: it reads relaxed names (apiKey, API_KEY variables) as binding does
        Binder binder = Binder.get(context.getEnvironment());
        if (StringUtils.hasText(binder.bind(keyProperty, String.class).orElse(null))) {
            return ConditionOutcome.match(keyProperty + " is set");
        }
        String emulator = EmulatorProperties.PREFIX + ".enabled";
        if (binder.bind(emulator, Boolean.class).orElse(false)) {
            return ConditionOutcome.match(emulator + " is true");
        }
        return ConditionOutcome.noMatch(keyProperty + " is not set and " + emulator + " is not true");
    }
}
