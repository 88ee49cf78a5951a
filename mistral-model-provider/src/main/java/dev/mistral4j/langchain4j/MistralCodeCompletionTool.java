package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.Locale;
import java.util.Set;

/**
 * A LangChain4j tool that lets an agent ask Codestral to fill in code at a cursor:
 * {@code AiServices.builder(Agent.class).chatModel(model).tools(new MistralCodeCompletionTool(fimModel)).build()}.
 *
 * <p>The tool answers with the inserted code only, as the FIM model produced it. A language, when given, is sent as
 * a one-line comment before the code (in that language's comment syntax) so short snippets are read right; the
 * completion itself is unaffected by that line. Thread-safe when the FIM model is.
 */
public final class MistralCodeCompletionTool {

    private static final Set<String> HASH_COMMENTS = Set.of("python", "ruby", "perl", "r", "shell", "bash", "sh",
            "zsh", "yaml", "toml", "powershell", "elixir", "julia", "dockerfile", "makefile");
    private static final Set<String> DASH_COMMENTS = Set.of("sql", "lua", "haskell", "ada", "elm");

    private final MistralFimModel fim;

    /** A tool completing code with {@code fim}, whose options (model, temperature, stop...) apply to every call. */
    public MistralCodeCompletionTool(MistralFimModel fim) {
        this.fim = requireNonNull(fim, "fim");
    }

    /** Fills in the code between {@code codeBeforeCursor} and {@code codeAfterCursor}; returns only that code. */
    @Tool(name = "complete_code", value = "Writes the code that belongs at the cursor, given the code before and "
            + "after it, such as the body of a function whose signature is before the cursor. Returns only the "
            + "code to insert at the cursor.")
    public String completeCode(
            @P("the code before the cursor, exactly as in the file") String codeBeforeCursor,
            @P(value = "the code after the cursor, exactly as in the file; empty when the cursor is at the end",
                    required = false) String codeAfterCursor,
            @P(value = "the programming language, such as python or java", required = false) String language,
            @P(value = "the most tokens to write; leave out for the model's default", required = false)
            Integer maxTokens) {
        if (codeBeforeCursor == null) {
            throw new IllegalArgumentException("codeBeforeCursor is required: the code before the cursor");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1 when given, got " + maxTokens);
        }
        String prompt = languageLine(language) + codeBeforeCursor;
        String suffix = codeAfterCursor == null || codeAfterCursor.isEmpty() ? null : codeAfterCursor;
        return fim.generate(prompt, suffix, fim.options().withMaxTokens(maxTokens)).content();
    }

    /** A comment naming the language, in its own comment syntax, or nothing when no language is given. */
    static String languageLine(String language) {
        if (language == null || language.isBlank()) {
            return "";
        }
        String name = language.strip().toLowerCase(Locale.ROOT);
        String comment = HASH_COMMENTS.contains(name) ? "#" : DASH_COMMENTS.contains(name) ? "--" : "//";
        return comment + " language: " + name + "\n";
    }
}
