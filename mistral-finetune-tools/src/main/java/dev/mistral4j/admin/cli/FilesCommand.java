package dev.mistral4j.admin.cli;

import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.admin.dataset.DatasetReport;
import dev.mistral4j.admin.files.FileList;
import dev.mistral4j.admin.files.FileListQuery;
import dev.mistral4j.admin.files.FileObject;
import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.files.FileSampleType;
import dev.mistral4j.admin.files.FileSource;
import dev.mistral4j.admin.files.FileUploadOptions;
import dev.mistral4j.admin.files.FileVisibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mistral-admin files upload|list|get|download|delete|url}. */
@Command(name = "files", description = "Upload, list, inspect, download and delete files.")
final class FilesCommand {

    private final CliContext context;

    FilesCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "upload", description = "Upload a file. Fine-tuning files are validated first (exit code 3 "
            + "and every bad line listed when invalid) unless --no-validate.")
    int upload(@Parameters(paramLabel = "PATH", description = "The file to upload") Path path,
               @Option(names = "--purpose", defaultValue = "fine-tune", converter = OptionValues.Purpose.class,
                       description = "One of: " + OptionValues.Purpose.ALLOWED + " (default: ${DEFAULT-VALUE})")
               FilePurpose purpose,
               @Option(names = "--no-validate", description = "Upload without validating the dataset first")
               boolean noValidate,
               @Option(names = "--visibility", converter = OptionValues.Visibility.class,
                       description = "Who sees the file: workspace or user (default: the server's, workspace)")
               FileVisibility visibility,
               @Option(names = "--expiry", converter = OptionValues.OneOrMore.class,
                       description = "The API's file expiry, 1 or more (default: none)") Integer expiry,
               @Mixin GlobalOptions global) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UsageFailure("PATH must be a readable file, got " + path);
        }
        if (purpose == FilePurpose.FINE_TUNE && !noValidate) {
            DatasetReport report = DatasetCommand.check(path);
            if (!report.isValid()) {
                DatasetCommand.printProblems(context.err(), path, report);
                context.err().println("mistral-admin: not uploaded; fix the file or pass --no-validate");
                return MistralAdminCli.INVALID_DATA;
            }
        }
        FileObject file;
        try (MistralAdminClient admin = context.connect(global);
             ProgressDisplay.Transfer progress = context.progress().transfer("upload " + path.getFileName())) {
            file = admin.files().upload(path, FileUploadOptions.of(purpose).withVisibility(visibility)
                    .withExpiry(expiry), progress);
        }
        print(global, file);
        return MistralAdminCli.OK;
    }

    @Command(name = "list", description = "List files, every page unless --page is given.")
    int list(@Option(names = "--purpose", converter = OptionValues.Purpose.class,
                     description = "Only files with this purpose: " + OptionValues.Purpose.ALLOWED)
             FilePurpose purpose,
             @Option(names = "--search", description = "Only files whose name contains this text") String search,
             @Option(names = "--sample-type", converter = OptionValues.SampleType.class,
                     description = "Only files of this sample type (repeatable: any of them)")
             List<FileSampleType> sampleTypes,
             @Option(names = "--source", converter = OptionValues.Source.class,
                     description = "Only files from this source: upload, repository or mistral (repeatable)")
             List<FileSource> sources,
             @Option(names = "--mimetype", description = "Only files of this MIME type (repeatable)")
             List<String> mimetypes,
             @Option(names = "--page", converter = OptionValues.ZeroOrMore.class,
                     description = "Only this page (0-based)") Integer page,
             @Option(names = "--page-size", converter = OptionValues.OneOrMore.class,
                     description = "Files per page (default 100)") Integer pageSize,
             @Mixin GlobalOptions global) {
        FileListQuery query = new FileListQuery(page, pageSize, null, sampleTypes, sources, search, purpose,
                mimetypes);
        try (MistralAdminClient admin = context.connect(global)) {
            List<FileObject> files;
            if (page != null) {
                files = admin.files().list(query).data();
            } else {
                try (Stream<FileObject> all = admin.files().listAll(query)) {
                    files = all.toList();
                }
            }
            if (global.json()) {
                context.printJson(new FileList(files, "list", (long) files.size()));
            } else {
                context.println(String.format("%-36s  %12s  %-9s  %s", "ID", "BYTES", "PURPOSE", "FILENAME"));
                files.forEach(file -> context.println(String.format("%-36s  %12s  %-9s  %s", file.id(),
                        file.bytes(), file.purpose(), file.filename())));
            }
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "get", description = "Show one file.")
    int get(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            print(global, admin.files().retrieve(id));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "download", description = "Download a file's content; PATH may be a directory.")
    int download(@Parameters(paramLabel = "ID") String id,
                 @Option(names = {"-o", "--output"}, paramLabel = "PATH", required = true,
                         description = "Where to write the file") Path output,
                 @Mixin GlobalOptions global) {
        Path directory = Files.isDirectory(output) ? output : output.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new UsageFailure("--output must be in a writable directory, got " + output);
        }
        Path written;
        try (MistralAdminClient admin = context.connect(global);
             ProgressDisplay.Transfer progress = context.progress().transfer("download " + id)) {
            written = admin.files().download(id, output, progress);
        }
        context.print(global, Map.of("id", id, "path", written.toString()),
                () -> "downloaded " + id + " to " + written);
        return MistralAdminCli.OK;
    }

    @Command(name = "delete", description = "Delete a file.")
    int delete(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            var deleted = admin.files().delete(id);
            context.print(global, deleted, () -> "deleted " + deleted.id());
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "url", description = "Print a signed URL that downloads the file without the API key.")
    int url(@Parameters(paramLabel = "ID") String id,
            @Option(names = "--expiry", paramLabel = "HOURS", description = "Hours the URL stays valid (default 24)")
            Integer expiryHours,
            @Mixin GlobalOptions global) {
        if (expiryHours != null && expiryHours < 1) {
            throw new UsageFailure("--expiry must be 1 hour or more, got " + expiryHours);
        }
        try (MistralAdminClient admin = context.connect(global)) {
            var url = admin.files().signedUrl(id, expiryHours);
            context.print(global, url, url::url);
        }
        return MistralAdminCli.OK;
    }

    private void print(GlobalOptions global, FileObject file) {
        context.print(global, file,
                () -> file.id() + "  " + file.bytes() + " bytes  " + file.purpose() + "  " + file.filename());
    }
}
