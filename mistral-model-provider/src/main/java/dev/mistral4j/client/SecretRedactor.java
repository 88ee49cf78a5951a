package dev.mistral4j.client;

/** Replaces the API key wherever it would otherwise be printed. */
record SecretRedactor(String secret) {

    static final String MASK = "***";

    SecretRedactor {
        secret = secret == null || secret.isBlank() ? null : secret;
    }

    String redact(String text) {
        return secret == null || text == null ? text : text.replace(secret, MASK);
    }

    // a record prints its components: this one must never print the key it guards
    @Override
    public String toString() {
        return "SecretRedactor[secret=" + (secret == null ? "none" : MASK) + "]";
    }
}
