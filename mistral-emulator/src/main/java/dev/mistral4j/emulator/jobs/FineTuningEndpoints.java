package dev.mistral4j.emulator.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.files.StoredFiles;
import dev.mistral4j.emulator.models.ModelCard.Capability;
import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Endpoint;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code /v1/fine_tuning/jobs} (create, dry run, list, get, start, cancel) and {@code /v1/fine_tuning/models}
 * (update, archive, unarchive). Jobs move on the time scale given by {@code step}; a successful one registers its
 * model, which then appears in {@code /v1/models} and answers chat.
 */
public final class FineTuningEndpoints implements Routes {

    private final StoredFiles files;
    private final ModelRegistry models;
    private final Duration step;
    private final boolean jobRoutesGone;
    private final Map<String, TrainingJob> jobs = new LinkedHashMap<>();
    private final TrainingJob.World world = new JobWorld();

    /**
     * Jobs training on {@code files} and registering their models in {@code models}, each phase lasting {@code step};
     * with {@code jobRoutesGone} the job routes answer 410 Gone, as on servers that retired them.
     */
    public FineTuningEndpoints(StoredFiles files, ModelRegistry models, Duration step, boolean jobRoutesGone) {
        this.files = files;
        this.models = models;
        this.step = step;
        this.jobRoutesGone = jobRoutesGone;
    }

    @Override
    public void addTo(Router router) {
        Endpoint gone = exchange -> {
            throw new ApiError(410, "gone", null, "This endpoint has been retired");
        };
        router.post("/v1/fine_tuning/jobs", jobRoutesGone ? gone : this::create)
                .get("/v1/fine_tuning/jobs", jobRoutesGone ? gone : this::list)
                .get("/v1/fine_tuning/jobs/{job_id}", jobRoutesGone ? gone : this::get)
                .post("/v1/fine_tuning/jobs/{job_id}/start", jobRoutesGone ? gone : this::start)
                .post("/v1/fine_tuning/jobs/{job_id}/cancel", jobRoutesGone ? gone : this::cancel)
                .patch("/v1/fine_tuning/models/{model_id}", this::updateModel)
                .post("/v1/fine_tuning/models/{model_id}/archive", this::archive)
                .delete("/v1/fine_tuning/models/{model_id}/archive", this::unarchive);
    }

    Reply create(Exchange exchange) {
        JsonNode request = exchange.body();
        ModelCard base = models.require(exchange, request.path("model").asText(""));
        if (!base.isBase() || !base.can(Capability.FINE_TUNING)) {
            throw ApiError.invalidRequest(null, "Model " + base.id() + " cannot be fine-tuned");
        }
        if (request.path("training_files").isEmpty()) {
            throw ApiError.unprocessable("body.training_files: at least one training file is required");
        }
        List<String> fileIds = new ArrayList<>();
        request.path("training_files").forEach(file -> fileIds.add(file.path("file_id").asText()));
        request.path("validation_files").forEach(file -> fileIds.add(file.asText()));
        for (String fileId : fileIds) {
            if (files.content(fileId).isEmpty()) {
                throw new ApiError(404, "not_found", null, "File not found: " + fileId);
            }
        }
        if ("true".equals(exchange.queryParam("dry_run"))) {
            return Reply.json(TrainingJob.dryRun(request, step));
        }
        TrainingJob job = new TrainingJob(UUID.randomUUID().toString(), request, base.id(), step, world);
        synchronized (this) {
            jobs.put(job.id(), job);
        }
        return Reply.json(job.toJson(false));
    }

    Reply list(Exchange exchange) {
        int page = exchange.intQueryParam("page", 0, 0);
        int pageSize = exchange.intQueryParam("page_size", 100, 0);
        Predicate<TrainingJob> filter = equalsIfGiven(exchange.queryParam("model"), TrainingJob::baseModel)
                .and(equalsIfGiven(exchange.queryParam("status"), TrainingJob::status))
                .and(equalsIfGiven(exchange.queryParam("suffix"), TrainingJob::suffix))
                .and(createdWithin(exchange.dateTimeQueryParam("created_after"),
                        exchange.dateTimeQueryParam("created_before")));
        List<TrainingJob> matching;
        synchronized (this) {
            matching = jobs.values().stream().filter(filter).toList();
        }
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        list.withArray("data");
        matching.stream().skip((long) page * pageSize).limit(pageSize)
                .forEach(job -> list.withArray("data").add(job.toJson(false)));
        return Reply.json(list.put("object", "list").put("total", matching.size()));
    }

    Reply get(Exchange exchange) {
        return Reply.json(job(exchange).toJson(true));
    }

    Reply start(Exchange exchange) {
        TrainingJob job = job(exchange);
        job.start();
        return Reply.json(job.toJson(true));
    }

    Reply cancel(Exchange exchange) {
        TrainingJob job = job(exchange);
        job.cancel();
        return Reply.json(job.toJson(true));
    }

    Reply updateModel(Exchange exchange) {
        ModelCard card = fineTuned(exchange);
        JsonNode body = exchange.body();
        ModelCard updated = card.withDetails(body.path("name").textValue(), body.path("description").textValue());
        models.add(updated);
        return Reply.json(fineTunedModelJson(updated));
    }

    Reply archive(Exchange exchange) {
        return archived(exchange, true);
    }

    Reply unarchive(Exchange exchange) {
        return archived(exchange, false);
    }

    private Reply archived(Exchange exchange, boolean archived) {
        ModelCard card = fineTuned(exchange);
        models.archive(card.id(), archived);
        return Reply.json(JsonNodeFactory.instance.objectNode().put("id", card.id()).put("object", "model")
                .put("archived", archived));
    }

    private ModelCard fineTuned(Exchange exchange) {
        ModelCard card = models.require(exchange, exchange.pathParam("model_id"));
        if (card.isBase()) {
            throw ApiError.invalidRequest(null, "Model " + card.id() + " is a base model; only fine-tuned models "
                    + "can be updated, archived or unarchived");
        }
        return card;
    }

    /** The spec's {@code CompletionFTModelOut}. */
    private static ObjectNode fineTunedModelJson(ModelCard card) {
        ObjectNode base = card.toJson();
        ObjectNode json = JsonNodeFactory.instance.objectNode()
                .put("id", card.id())
                .put("object", "model")
                .put("created", card.created())
                .put("owned_by", "emulator")
                .put("workspace_id", "emulator-workspace")
                .put("root", card.fineTune().root())
                .put("root_version", "1")
                .put("archived", card.fineTune().archived())
                .put("name", base.path("name").asText())
                .put("description", card.description());
        json.set("capabilities", JsonNodeFactory.instance.objectNode()
                .put("completion_chat", card.can(Capability.COMPLETION_CHAT))
                .put("completion_fim", card.can(Capability.COMPLETION_FIM))
                .put("function_calling", card.can(Capability.FUNCTION_CALLING))
                .put("fine_tuning", false)
                .put("classification", card.can(Capability.CLASSIFICATION)));
        json.put("max_context_length", card.maxContextLength());
        json.putArray("aliases");
        json.put("job", card.fineTune().job());
        json.put("model_type", "completion");
        return json;
    }

    private synchronized TrainingJob job(Exchange exchange) {
        String id = exchange.pathParam("job_id");
        TrainingJob job = jobs.get(id);
        if (job == null) {
            throw new ApiError(404, "not_found", null, "Fine-tuning job not found: " + id);
        }
        return job;
    }

    private static <T> Predicate<TrainingJob> equalsIfGiven(String wanted, Function<TrainingJob, T> value) {
        return job -> wanted == null || wanted.equals(value.apply(job));
    }

    private static Predicate<TrainingJob> createdWithin(Long after, Long before) {
        long from = after == null ? Long.MIN_VALUE : after;
        long to = before == null ? Long.MAX_VALUE : before;
        return job -> job.createdAt() >= from && job.createdAt() <= to;
    }

    /** What a job reaches of the emulator: the stored files it trains on, the registry its model joins. */
    private final class JobWorld implements TrainingJob.World {

        @Override
        public Optional<Path> fileContent(String fileId) {
            return files.content(fileId);
        }

        @Override
        public void registerModel(TrainingJob job, String modelId) {
            ModelCard base = models.find(job.baseModel()).orElseThrow();
            EnumSet<Capability> capabilities = EnumSet.noneOf(Capability.class);
            capabilities.addAll(base.capabilities());
            capabilities.remove(Capability.FINE_TUNING);
            models.add(new ModelCard(modelId, "Fine-tuned from " + base.id() + " by job " + job.id(),
                    System.currentTimeMillis() / 1000, capabilities, base.maxContextLength(), List.of(), null, null,
                    base.defaultTemperature(), 0, 0, new ModelCard.FineTune(job.id(), base.id(), false, null)));
        }
    }
}
