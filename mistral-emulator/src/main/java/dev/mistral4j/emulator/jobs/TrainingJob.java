package dev.mistral4j.emulator.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.server.ApiError;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One fine-tuning job and its life: QUEUED, VALIDATING, then RUNNING (or VALIDATED until started when
 * {@code auto_start} is false, or FAILED_VALIDATION for a bad training file), then SUCCESS with a fine-tuned model;
 * CANCELLED on request. Each phase lasts one step of the emulator's job time scale. The state is brought up to date
 * whenever the job is read, so no thread runs in the background. Thread-safe.
 */
final class TrainingJob {

    /** What the job needs from the rest of the emulator when it moves on. */
    interface World {
        /** The content of a stored file, if it still exists. */
        Optional<Path> fileContent(String fileId);

        /** Registers the model a successful job produced. */
        void registerModel(TrainingJob job, String modelId);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int TRAINING_STEPS = 10;

    private final String id;
    private final JsonNode request;
    private final String baseModel;
    private final long createdAt;
    private final long stepNanos;
    private final World world;
    private final List<ObjectNode> events = new ArrayList<>();
    private final List<ObjectNode> checkpoints = new ArrayList<>();
    private String status;
    private long phaseStartNanos;
    private long modifiedAt;
    private boolean startRequested;
    private String fineTunedModel;
    private String failure;

    TrainingJob(String id, JsonNode request, String baseModel, Duration step, World world) {
        this.id = id;
        this.request = request;
        this.baseModel = baseModel;
        this.stepNanos = Math.max(1, step.toNanos());
        this.world = world;
        this.createdAt = nowSeconds();
        this.phaseStartNanos = System.nanoTime();
        this.startRequested = request.path("auto_start").asBoolean(true);
        enter("QUEUED", null);
    }

    String id() {
        return id;
    }

    String baseModel() {
        return baseModel;
    }

    String suffix() {
        return request.path("suffix").isTextual() ? request.path("suffix").asText() : null;
    }

    synchronized String status() {
        advance();
        return status;
    }

    synchronized long createdAt() {
        return createdAt;
    }

    /** Requests the start of a job created with {@code auto_start: false}. */
    synchronized void start() {
        advance();
        if (isTerminal() || status.equals("RUNNING")) {
            throw ApiError.invalidRequest(null, "Job " + id + " is " + status + " and cannot be started");
        }
        startRequested = true;
        if (status.equals("VALIDATED")) {
            phaseStartNanos = System.nanoTime();
            enter("RUNNING", null);
        }
    }

    synchronized void cancel() {
        advance();
        if (isTerminal()) {
            throw ApiError.invalidRequest(null, "Job " + id + " is already " + status + " and cannot be cancelled");
        }
        enter("CANCELLED", null);
    }

    /** The job as the spec's {@code CompletionJobOut}, or {@code CompletionDetailedJobOut} when {@code detailed}. */
    synchronized ObjectNode toJson(boolean detailed) {
        advance();
        ObjectNode json = NODES.objectNode()
                .put("id", id)
                .put("auto_start", request.path("auto_start").asBoolean(true))
                .put("model", baseModel)
                .put("status", status)
                .put("created_at", createdAt)
                .put("modified_at", modifiedAt);
        ArrayNode training = json.putArray("training_files");
        request.path("training_files").forEach(file -> training.add(file.path("file_id").asText()));
        ArrayNode validation = json.putArray("validation_files");
        request.path("validation_files").forEach(validation::add);
        json.put("object", "job");
        json.put("fine_tuned_model", fineTunedModel);
        json.put("suffix", suffix());
        ArrayNode integrations = json.putArray("integrations");
        request.path("integrations").forEach(integration -> integrations.add(NODES.objectNode()
                .put("type", "wandb")
                .put("project", integration.path("project").asText())
                .put("name", integration.path("name").textValue())
                .put("run_name", integration.path("run_name").textValue())));
        json.put("trained_tokens", status.equals("SUCCESS") ? trainingTokens() : null);
        json.set("metadata", NODES.objectNode()
                .put("expected_duration_seconds", 4 * stepNanos / 1_000_000_000L)
                .put("cost", 0.0)
                .put("cost_currency", "EUR")
                .put("train_tokens_per_step", trainingTokens() / TRAINING_STEPS)
                .put("train_tokens", trainingTokens())
                .put("data_tokens", trainingTokens())
                .put("estimated_start_time", createdAt));
        json.put("job_type", "completion");
        json.set("hyperparameters", hyperparameters());
        json.putArray("repositories");
        if (detailed) {
            events.forEach(json.withArray("events")::add);
            checkpoints.forEach(json.withArray("checkpoints")::add);
            json.withArray("events");
            json.withArray("checkpoints");
        }
        return json;
    }

    /** The estimates {@code dry_run=true} answers with (the spec's {@code LegacyJobMetadataOut}). */
    static ObjectNode dryRun(JsonNode request, Duration step) {
        long tokens = 1000L * Math.max(1, request.path("training_files").size());
        return NODES.objectNode()
                .put("expected_duration_seconds", 4 * step.toSeconds())
                .put("cost", 0.0)
                .put("cost_currency", "EUR")
                .put("train_tokens_per_step", tokens / TRAINING_STEPS)
                .put("train_tokens", tokens)
                .put("data_tokens", tokens)
                .put("estimated_start_time", nowSeconds())
                .put("deprecated", true)
                .put("details", "Dry run on the emulator: no job was created")
                .put("epochs", 1.0)
                .put("training_steps", TRAINING_STEPS)
                .put("object", "job.metadata");
    }

    /** Applies every transition whose time has come since the job was last read. */
    private void advance() {
        long now = System.nanoTime();
        while (!isTerminal() && now - phaseStartNanos >= stepNanos) {
            phaseStartNanos += stepNanos;
            switch (status) {
                case "QUEUED" -> enter("VALIDATING", null);
                case "VALIDATING" -> finishValidation();
                case "RUNNING" -> train();
                default -> {
                    return; // VALIDATED waits for a start request
                }
            }
        }
    }

    private void finishValidation() {
        failure = trainingFileProblem().orElse(null);
        if (failure != null) {
            enter("FAILED_VALIDATION", failure);
        } else {
            enter(startRequested ? "RUNNING" : "VALIDATED", null);
        }
    }

    /** Training takes two steps: a checkpoint after the first, the model after the second. */
    private void train() {
        if (checkpoints.isEmpty()) {
            checkpoints.add(checkpoint(TRAINING_STEPS / 2, 1.2));
            return;
        }
        checkpoints.add(checkpoint(TRAINING_STEPS, 0.6));
        String suffix = suffix();
        fineTunedModel = "ft:" + baseModel + ":" + (suffix == null ? "" : suffix + ":") + id.substring(0, 8);
        world.registerModel(this, fineTunedModel);
        enter("SUCCESS", null);
    }

    private Optional<String> trainingFileProblem() {
        List<String> ids = new ArrayList<>();
        request.path("training_files").forEach(file -> ids.add(file.path("file_id").asText()));
        request.path("validation_files").forEach(file -> ids.add(file.asText()));
        for (String fileId : ids) {
            Optional<Path> content = world.fileContent(fileId);
            if (content.isEmpty()) {
                return Optional.of("file " + fileId + " was deleted before the job validated it");
            }
            try {
                Optional<String> problem = TrainingDataCheck.firstProblem(content.get());
                if (problem.isPresent()) {
                    return Optional.of("file " + fileId + " is not a valid dataset: " + problem.get());
                }
            } catch (IOException e) {
                return Optional.of("file " + fileId + " could not be read: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private void enter(String next, String error) {
        status = next;
        modifiedAt = nowSeconds();
        ObjectNode data = NODES.objectNode().put("status", next);
        if (error != null) {
            data.put("error", error);
        }
        events.add(NODES.objectNode().put("name", "status-updated").<ObjectNode>set("data", data)
                .put("created_at", modifiedAt));
    }

    private ObjectNode checkpoint(int step, double loss) {
        return NODES.objectNode()
                .<ObjectNode>set("metrics", NODES.objectNode().put("train_loss", loss).put("valid_loss", loss + 0.1)
                        .put("valid_mean_token_accuracy", 1.0 - loss / 2))
                .put("step_number", step)
                .put("created_at", nowSeconds());
    }

    private ObjectNode hyperparameters() {
        ObjectNode given = request.path("hyperparameters").isObject()
                ? ((ObjectNode) request.path("hyperparameters")).deepCopy() : NODES.objectNode();
        if (!given.has("learning_rate")) {
            given.put("learning_rate", 0.0001);
        }
        return given;
    }

    private long trainingTokens() {
        return 1000L * Math.max(1, request.path("training_files").size());
    }

    private boolean isTerminal() {
        return switch (status) {
            case "SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED" -> true;
            default -> false;
        };
    }

    private static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }
}
