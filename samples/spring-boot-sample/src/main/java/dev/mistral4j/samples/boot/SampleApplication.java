package dev.mistral4j.samples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application on mistral4j-spring-boot-starter: {@code GET /chat}, {@code GET /chat/stream} (SSE) and
 * {@code GET /ask} (an AiService over the bundled documents). Offline on the in-process emulator by default; with
 * {@code MISTRAL4J_EMULATOR=false} and {@code MISTRAL_API_KEY} set, on the real API.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
