package dev.mistral4j.spring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** Matches when the group's {@code api-key} is set, or when the emulator is enabled: the peer starter's rule. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnMistralGroupCondition.class)
@interface ConditionalOnMistralGroup {

    /** The group under {@code langchain4j.mistral-ai}, such as {@code chat-model}. */
    String value();
}
