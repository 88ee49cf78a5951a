package dev.mistral4j.emulator.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.common.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The deterministic transcript of a recording: about two and a half words per second of audio, drawn from a fixed
 * vocabulary by a generator seeded with the recording's bytes (the {@code context_bias} terms woven in), cut into
 * sentences of 6 to 12 words spread evenly over the duration. The same bytes always give the same text.
 */
final class Transcript {

    private static final String[] WORDS = ("the a we our this that today team report data model results plan next "
            + "week customers product meeting budget quarter growth project release review question answer time "
            + "people market price service quality support update number first second point idea work share "
            + "build test ship learn improve measure talk listen agree start finish").split(" ");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One sentence, or one word for word timestamps: its text and where it lies in the recording, in seconds. */
    record Segment(String text, double start, double end, String speaker) {
    }

    private final String text;
    private final List<Segment> sentences;
    private final List<Segment> words;
    private final double seconds;

    private Transcript(String text, List<Segment> sentences, List<Segment> words, double seconds) {
        this.text = text;
        this.sentences = sentences;
        this.words = words;
        this.seconds = seconds;
    }

    /** The transcript of {@code audio}; with {@code diarize}, sentences alternate between two speakers by seed. */
    static Transcript of(AudioFile audio, List<String> contextBias, boolean diarize) {
        Random random = new Random(audio.seed());
        int count = Math.max(1, (int) Math.round(audio.seconds() * 2.5));
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(WORDS[random.nextInt(WORDS.length)]);
        }
        for (int i = 0; i < contextBias.size() && i < count; i++) {
            drawn.set((int) ((long) i * count / contextBias.size()), contextBias.get(i));
        }
        double perWord = audio.seconds() / count;
        List<Segment> sentences = new ArrayList<>();
        List<Segment> words = new ArrayList<>();
        int speaker = 1;
        int at = 0;
        while (at < count) {
            int length = Math.min(count - at, 6 + random.nextInt(7));
            StringBuilder sentence = new StringBuilder();
            String who = diarize ? "speaker_" + speaker : null;
            for (int i = at; i < at + length; i++) {
                String word = drawn.get(i);
                if (i == at) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                if (i == at + length - 1) {
                    word = word + ".";
                }
                words.add(new Segment(word, round(i * perWord), round((i + 1) * perWord), who));
                sentence.append(i == at ? "" : " ").append(word);
            }
            sentences.add(new Segment(sentence.toString(), round(at * perWord), round((at + length) * perWord), who));
            if (diarize && random.nextBoolean()) {
                speaker = 3 - speaker;
            }
            at += length;
        }
        String text = String.join(" ", sentences.stream().map(Segment::text).toList());
        return new Transcript(text, sentences, words, audio.seconds());
    }

    String text() {
        return text;
    }

    List<Segment> sentences() {
        return sentences;
    }

    /** The segments to answer: per word when asked, else per sentence when asked or diarized, else none. */
    List<Segment> segments(List<String> granularities, boolean diarize) {
        if (granularities.contains("word")) {
            return words;
        }
        return granularities.contains("segment") || diarize ? sentences : List.of();
    }

    static ObjectNode segmentJson(Segment segment, String type) {
        ObjectNode json = NODES.objectNode().put("type", type).put("text", segment.text())
                .put("start", segment.start()).put("end", segment.end());
        if (segment.speaker() != null) {
            json.put("speaker_id", segment.speaker());
        }
        return json;
    }

    ArrayNode segmentsJson(List<String> granularities, boolean diarize) {
        ArrayNode segments = NODES.arrayNode();
        segments(granularities, diarize).forEach(segment -> segments.add(segmentJson(segment, "transcription_segment")));
        return segments;
    }

    /**
     * The spec's {@code UsageInfo}: the whole seconds of audio, the prompt's tokens (the context bias and a fixed
     * instruction), the transcript's tokens, and a total that also counts the audio at 12.5 tokens a second, as the
     * real API's totals do.
     */
    ObjectNode usage(List<String> contextBias) {
        int prompt = 4 + Tokens.count(String.join(" ", contextBias));
        int completion = Tokens.count(text);
        long audioTokens = Math.round(seconds * 12.5);
        return NODES.objectNode().put("prompt_audio_seconds", (long) Math.ceil(seconds)).put("prompt_tokens", prompt)
                .put("completion_tokens", completion).put("total_tokens", prompt + completion + audioTokens);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
