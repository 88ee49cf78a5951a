package dev.mistral4j.admin.cli;

import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.admin.models.ArchiveStatus;
import dev.mistral4j.admin.models.UpdateFineTunedModelRequest;
import dev.mistral4j.client.models.ModelCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mistral-admin models list|get|delete|archive|unarchive|update}. */
@Command(name = "models", description = "List models; rename, archive and delete fine-tuned models.")
final class ModelsCommand {

    private static final String ROW = "%-48s  %-10s  %-8s  %s";

    private final CliContext context;

    ModelsCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "list", description = "List every model the key may use, base and fine-tuned.")
    int list(@Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            var models = admin.models().list();
            if (global.json()) {
                context.printJson(models);
                return MistralAdminCli.OK;
            }
            context.println(String.format(ROW, "ID", "TYPE", "ARCHIVED", "NAME"));
            models.data().forEach(model -> context.println(String.format(ROW, model.id(), model.type(),
                    model.archived() == null ? "-" : model.archived(), model.name())));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "get", description = "Show one model.")
    int get(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            ModelCard model = admin.models().retrieve(id);
            context.print(global, model, () -> model.id() + "  " + model.type() + "  " + model.name()
                        + (model.description() == null ? "" : "  " + model.description()));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "delete", description = "Delete a fine-tuned model.")
    int delete(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            var deleted = admin.models().delete(id);
            context.print(global, deleted, () -> "deleted " + deleted.id());
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "archive", description = "Archive a fine-tuned model.")
    int archive(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            printArchive(global, admin.models().archive(id));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "unarchive", description = "Bring an archived fine-tuned model back.")
    int unarchive(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            printArchive(global, admin.models().unarchive(id));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "update", description = "Set a fine-tuned model's display name and/or description.")
    int update(@Parameters(paramLabel = "ID") String id,
               @Option(names = "--name", description = "The new display name") String name,
               @Option(names = "--description", description = "The new description") String description,
               @Mixin GlobalOptions global) {
        if (name == null && description == null) {
            throw new UsageFailure("give --name, --description or both");
        }
        try (MistralAdminClient admin = context.connect(global)) {
            var updated = admin.models().update(id, new UpdateFineTunedModelRequest(name, description));
            context.print(global, updated, () -> "updated " + updated.id() + ": " + updated.name()
                        + (updated.description() == null ? "" : " - " + updated.description()));
        }
        return MistralAdminCli.OK;
    }

    private void printArchive(GlobalOptions global, ArchiveStatus status) {
        context.print(global, status,
                () -> status.id() + (Boolean.TRUE.equals(status.archived()) ? " archived" : " unarchived"));
    }
}
