package dev.mistral4j.spring.autoconfigure;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The condition of {@link ConditionalOnMistralGroup}. */
final class OnMistralGroupCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnMistralGroup.class.getName());
        String keyProperty = MistralProperties.PREFIX + "." + attributes.get("value") + ".api-key";
        if (StringUtils.hasText(context.getEnvironment().getProperty(keyProperty))) {
            return ConditionOutcome.match(keyProperty + " is set");
        }
        String emulator = EmulatorProperties.PREFIX + ".enabled";
        if (context.getEnvironment().getProperty(emulator, Boolean.class, false)) {
            return ConditionOutcome.match(emulator + " is true");
        }
        return ConditionOutcome.noMatch(keyProperty + " is not set and " + emulator + " is not true");
    }
}
