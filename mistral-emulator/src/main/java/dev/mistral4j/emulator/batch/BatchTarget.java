package dev.mistral4j.emulator.batch;

import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelCard.Capability;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The endpoints of the spec's {@code ApiEndpoint} that a batch job can target and the emulator serves, each with
 * what a model needs to serve it. The conversations endpoint is in the spec but not emulated.
 */
enum BatchTarget {
    CHAT("/v1/chat/completions", "chat completions", card -> card.can(Capability.COMPLETION_CHAT)),
    FIM("/v1/fim/completions", "fill-in-the-middle", card -> card.can(Capability.COMPLETION_FIM)),
    EMBEDDINGS("/v1/embeddings", "embeddings", ModelCard::embeds),
    MODERATIONS("/v1/moderations", "moderation", card -> card.can(Capability.MODERATION)),
    CHAT_MODERATIONS("/v1/chat/moderations", "moderation", card -> card.can(Capability.MODERATION)),
    CLASSIFICATIONS("/v1/classifications", "classification", card -> card.can(Capability.CLASSIFICATION)),
    CHAT_CLASSIFICATIONS("/v1/chat/classifications", "classification",
            card -> card.can(Capability.CLASSIFICATION)),
    OCR("/v1/ocr", "OCR", card -> card.can(Capability.OCR)),
    TRANSCRIPTIONS("/v1/audio/transcriptions", "audio transcription",
            card -> card.can(Capability.AUDIO_TRANSCRIPTION));

    private final String path;
    private final String task;
    private final Predicate<ModelCard> serves;

    BatchTarget(String path, String task, Predicate<ModelCard> serves) {
        this.path = path;
        this.task = task;
        this.serves = serves;
    }

    static Optional<BatchTarget> of(String path) {
        return Arrays.stream(values()).filter(target -> target.path.equals(path)).findFirst();
    }

    String path() {
        return path;
    }

    /** What the endpoint does, for error messages: "Model X cannot serve embeddings". */
    String task() {
        return task;
    }

    boolean servedBy(ModelCard card) {
        return serves.test(card);
    }
}
