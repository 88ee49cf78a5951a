package dev.mistral4j.emulator.models;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;

/** {@code GET /v1/models}, {@code GET /v1/models/{model_id}} and {@code DELETE /v1/models/{model_id}}. */
public final class ModelEndpoints implements Routes {

    private final ModelRegistry models;

    /** The routes serving {@code models}. */
    public ModelEndpoints(ModelRegistry models) {
        this.models = models;
    }

    @Override
    public void addTo(Router router) {
        router.get("/v1/models", this::list)
                .get("/v1/models/{model_id}", this::retrieve)
                .delete("/v1/models/{model_id}", this::delete);
    }

    Reply list(Exchange exchange) {
        ObjectNode list = JsonNodeFactory.instance.objectNode().put("object", "list");
        models.all().forEach(card -> list.withArray("data").add(card.toJson()));
        return Reply.json(list);
    }

    Reply retrieve(Exchange exchange) {
        return Reply.json(models.require(exchange, exchange.pathParam("model_id")).toJson());
    }

    /** Only fine-tuned models can be deleted; the real API refuses to delete a base model. */
    Reply delete(Exchange exchange) {
        ModelCard card = models.require(exchange, exchange.pathParam("model_id"));
        if (card.isBase()) {
            throw new ApiError(403, "invalid_request_error", null,
                    "Model " + card.id() + " is a base model and cannot be deleted; only fine-tuned models can");
        }
        models.remove(card.id());
        return Reply.json(JsonNodeFactory.instance.objectNode().put("id", card.id()).put("object", "model")
                .put("deleted", true));
    }
}
