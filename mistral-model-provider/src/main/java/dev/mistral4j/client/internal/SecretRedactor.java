package dev.mistral4j.client.internal;

/** Replaces the API key wherever it would otherwise be printed. */
public record SecretRedactor(String secret) {

    public static final String MASK = "***";

    public SecretRedactor {
        secret = secret == null || secret.isBlank() ? null : secret;
    }

    public String redact(String text) {
        return secret == null || text == null ? text : text.replace(secret, MASK);
    }

    // a record prints its components: this one must never print the key it guards
    @Override
    public String toString() {
        return "SecretRedactor[secret=" + (secret == null ? "none" : MASK) + "]";
    }
}
