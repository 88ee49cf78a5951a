package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.common.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's code model for {@code /v1/fim/completions}: a pure, deterministic function from a
 * {@code FIMCompletionRequest} to a {@code FIMCompletionResponse} or the chunks of its stream.
 *
 * <p>When the prompt ends in a function signature (Python {@code def f(a, b):}, or a C-like signature ending in an
 * opening brace) the completion is a body returning the sum of the parameters ({@code    return a + b\n}), closing the brace when
 * the suffix does not; when it ends mid-assignment it completes the expression; otherwise it writes a comment line
 * and a statement using the prompt's last identifier. {@code min_tokens} pads with comment lines, {@code stop} and
 * {@code max_tokens} cut as in chat.
 */
final class FimResponder {

    private static final Pattern PYTHON_SIGNATURE =
            Pattern.compile("^([ \\t]*)def\\s+\\w+\\s*\\(([^)]*)\\)\\s*(?:->[^:]*)?:\\s*$");
    private static final Pattern BRACE_SIGNATURE = Pattern.compile("^([ \\t]*)[^=;]*?\\w+\\s*\\(([^)]*)\\)[^;{]*\\{\\s*$");
    private static final Pattern OPEN_ASSIGNMENT = Pattern.compile("(?:=|\\breturn)\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final String[] COMMENTS = {"continue from here", "fill in the rest", "complete the logic",
        "finish the code"};

    private final long seed;

    FimResponder(long seed) {
        this.seed = seed;
    }

    /** A {@code FIMCompletionResponse} body. */
    ObjectNode complete(JsonNode request, String id, long created) {
        return completion(request).response(id, created);
    }

    /** The {@code CompletionChunk} payloads streaming the completion {@link #complete} would return, in order. */
    List<ObjectNode> stream(JsonNode request, String id, long created) {
        return completion(request).chunks(id, created);
    }

    private ChatCompletion completion(JsonNode request) {
        String prompt = request.path("prompt").asText();
        String suffix = request.path("suffix").isTextual() ? request.get("suffix").asText() : "";
        boolean pythonic = isPythonic(prompt + suffix);
        int variant = request.path("random_seed").isIntegralNumber()
                ? ChatVariation.pick(ChatVariation.mix(seed, request.get("random_seed").asLong()), COMMENTS.length) : 0;
        StringBuilder code = new StringBuilder(code(prompt, suffix, pythonic, variant));
        int minTokens = request.path("min_tokens").asInt(0);
        String padding = indentOf(lastLine(prompt)) + (pythonic ? "# " : "// ") + COMMENTS[variant] + "\n";
        while (Tokens.count(code.toString()) < minTokens) {
            code.append(padding);
        }
        ChatLimits.Limited limited = ChatLimits.of(request).apply(code.toString());
        ChatChoice choice = new ChatChoice(null, limited.text(), List.of(), limited.finishReason());
        return new ChatCompletion(request.path("model").asText(), List.of(choice),
                Tokens.count(prompt) + Tokens.count(suffix));
    }

    private static String code(String prompt, String suffix, boolean pythonic, int variant) {
        String line = lastLine(prompt);
        String lineBreak = prompt.endsWith("\n") ? "" : "\n";
        Matcher python = PYTHON_SIGNATURE.matcher(line);
        if (python.matches()) {
            return lineBreak + python.group(1) + "    return " + sum(python.group(2), "None") + "\n";
        }
        Matcher braced = BRACE_SIGNATURE.matcher(line);
        if (braced.matches()) {
            String indent = braced.group(1);
            String closing = suffix.strip().startsWith("}") ? "" : indent + "}\n";
            return lineBreak + indent + "    return " + sum(braced.group(2), "0") + ";\n" + closing;
        }
        String identifier = lastIdentifier(prompt);
        if (!prompt.endsWith("\n") && OPEN_ASSIGNMENT.matcher(line).find()) {
            return (line.endsWith(" ") ? "" : " ") + identifier + (pythonic ? "" : ";") + "\n";
        }
        String indent = indentOf(line);
        return lineBreak + indent + (pythonic ? "# " : "// ") + COMMENTS[variant] + "\n"
                + indent + (pythonic ? "result = " + identifier : "var result = " + identifier + ";") + "\n";
    }

    /** The parameters of a signature added up, or {@code none} when there are none. */
    private static String sum(String parameters, String none) {
        List<String> names = new ArrayList<>();
        for (String parameter : parameters.split(",")) {
            String declaration = parameter.replaceAll("=.*", "");
            // "a: int" (Python, TypeScript) names the parameter first; "int a" (C, Java) names it last
            String named = declaration.contains(":") ? declaration.substring(0, declaration.indexOf(':')) : declaration;
            Matcher identifiers = IDENTIFIER.matcher(named);
            String name = null;
            while (identifiers.find()) {
                name = identifiers.group();
            }
            if (name != null && !name.equals("self") && !name.equals("cls")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? none : String.join(" + ", names);
    }

    private static boolean isPythonic(String code) {
        return code.contains("def ") || (!code.contains(";") && !code.contains("{"));
    }

    private static String lastLine(String prompt) {
        String body = prompt.endsWith("\n") ? prompt.substring(0, prompt.length() - 1) : prompt;
        return body.substring(body.lastIndexOf('\n') + 1);
    }

    private static String indentOf(String line) {
        int end = 0;
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            end++;
        }
        return line.substring(0, end);
    }

    private static String lastIdentifier(String prompt) {
        Matcher matcher = IDENTIFIER.matcher(prompt);
        String last = "value";
        while (matcher.find()) {
            if (!matcher.group().equals("return")) {
                last = matcher.group();
            }
        }
        return last;
    }
}
