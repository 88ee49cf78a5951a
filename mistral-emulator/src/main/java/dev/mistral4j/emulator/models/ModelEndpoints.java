package dev.mistral4j.emulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /v1/models}, {@code GET /v1/models/{model_id}} and {@code DELETE /v1/models/{model_id}}. */
final class ModelEndpoints {

    Reply list(Exchange exchange) {
        ObjectNode list = JsonNodeFactory.instance.objectNode().put("object", "list");
        exchange.models().all().forEach(card -> list.withArray("data").add(card.toJson()));
        return Reply.json(list);
    }

    Reply retrieve(Exchange exchange) {
        return Reply.json(exchange.model(exchange.pathParam("model_id")).toJson());
    }

    /** Only fine-tuned models can be deleted; the real API refuses to delete a base model. */
    Reply delete(Exchange exchange) {
        ModelCard card = exchange.model(exchange.pathParam("model_id"));
        if (card.isBase()) {
            throw new ApiError(403, "invalid_request_error", null,
                    "Model " + card.id() + " is a base model and cannot be deleted; only fine-tuned models can");
        }
        exchange.models().remove(card.id());
        return Reply.json(JsonNodeFactory.instance.objectNode().put("id", card.id()).put("object", "model")
                .put("deleted", true));
    }
}
