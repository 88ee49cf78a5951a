package dev.mistral4j.admin;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.admin.models.ArchiveStatus;
import dev.mistral4j.admin.models.FineTunedModel;
import dev.mistral4j.admin.models.UpdateFineTunedModelRequest;
import dev.mistral4j.client.ModelsService;
import dev.mistral4j.client.models.DeleteModelResponse;
import dev.mistral4j.client.models.ModelCard;
import dev.mistral4j.client.models.ModelList;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.MistralTransport;

/**
 * Model administration: the catalog of the client core ({@code /v1/models}: list, retrieve, delete) and the
 * fine-tuned model routes ({@code /v1/fine_tuning/models/{id}}: update, archive, unarchive). Obtain it from
 * {@link MistralAdminClient#models()}. Thread-safe.
 */
public final class ModelsAdminService {

    private static final String FINE_TUNED = "/fine_tuning/models/";

    private final ModelsService catalog;
    private final MistralTransport transport;

    ModelsAdminService(ModelsService catalog, MistralTransport transport) {
        this.catalog = catalog;
        this.transport = transport;
    }

    /** Every model the key may use, base and fine-tuned. */
    public ModelList list() {
        return catalog.list();
    }

    /** One model by id or alias. */
    public ModelCard retrieve(String modelId) {
        return catalog.retrieve(modelId);
    }

    /** Deletes a fine-tuned model; the server refuses to delete a base model. */
    public DeleteModelResponse delete(String modelId) {
        return catalog.delete(modelId);
    }

    /** Sets a fine-tuned model's display name and description; a null field stays as it is. */
    public FineTunedModel update(String modelId, UpdateFineTunedModelRequest update) {
        requireNonNull(update, "update");
        return transport.sendJson(ApiRequest.patch(FINE_TUNED + FilesService.requireId(modelId), update),
                FineTunedModel.class).body();
    }

    /** Archives a fine-tuned model: it stays, but is no longer listed for use. */
    public ArchiveStatus archive(String modelId) {
        return transport.sendJson(ApiRequest.post(FINE_TUNED + FilesService.requireId(modelId) + "/archive", null),
                ArchiveStatus.class).body();
    }

    /** Brings an archived fine-tuned model back. */
    public ArchiveStatus unarchive(String modelId) {
        return transport.sendJson(ApiRequest.delete(FINE_TUNED + FilesService.requireId(modelId) + "/archive"),
                ArchiveStatus.class).body();
    }
}
