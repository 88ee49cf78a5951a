package dev.mistral4j.admin.cli;

import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.files.FileSampleType;
import dev.mistral4j.admin.files.FileSource;
import dev.mistral4j.admin.files.FileVisibility;
import dev.mistral4j.admin.finetuning.JobStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for option values; a bad value is a usage error that names the allowed values. */
final class OptionValues {

    private OptionValues() {
    }

    /** {@code fine-tune}, {@code batch} or {@code ocr}. */
    static final class Purpose implements ITypeConverter<FilePurpose> {
        static final String ALLOWED = "fine-tune, batch, ocr";

        @Override
        public FilePurpose convert(String value) {
            FilePurpose purpose = FilePurpose.fromWire(value);
            if (purpose == FilePurpose.UNKNOWN) {
                throw new TypeConversionException("expected one of " + ALLOWED + " but was '" + value + "'");
            }
            return purpose;
        }
    }

    /** A file sample type: {@code pretrain}, {@code instruct}, {@code batch_request}, ... */
    static final class SampleType implements ITypeConverter<FileSampleType> {
        @Override
        public FileSampleType convert(String value) {
            return known(FileSampleType.fromWire(value), FileSampleType.UNKNOWN, FileSampleType.values(),
                    FileSampleType::wireValue, value);
        }
    }

    /** A file source: {@code upload}, {@code repository} or {@code mistral}. */
    static final class Source implements ITypeConverter<FileSource> {
        @Override
        public FileSource convert(String value) {
            return known(FileSource.fromWire(value), FileSource.UNKNOWN, FileSource.values(), FileSource::wireValue,
                    value);
        }
    }

    /** A file visibility: {@code workspace} or {@code user}. */
    static final class Visibility implements ITypeConverter<FileVisibility> {
        @Override
        public FileVisibility convert(String value) {
            return known(FileVisibility.fromWire(value), FileVisibility.UNKNOWN, FileVisibility.values(),
                    FileVisibility::wireValue, value);
        }
    }

    private static <T> T known(T converted, T unknown, T[] values, Function<T, String> wire, String value) {
        if (converted == unknown) {
            throw new TypeConversionException("expected one of " + Arrays.stream(values).filter(known -> known
                    != unknown).map(wire).collect(Collectors.joining(", ")) + " but was '" + value + "'");
        }
        return converted;
    }

    /** A job status such as {@code RUNNING}, in any case. */
    static final class Status implements ITypeConverter<JobStatus> {
        @Override
        public JobStatus convert(String value) {
            JobStatus status = JobStatus.fromWire(value.toUpperCase(Locale.ROOT));
            if (status == JobStatus.UNKNOWN) {
                throw new TypeConversionException("expected one of " + Arrays.stream(JobStatus.values())
                        .filter(known -> known != JobStatus.UNKNOWN).map(Enum::name)
                        .collect(Collectors.joining(", ")) + " but was '" + value + "'");
            }
            return status;
        }
    }

    /** A positive duration: a number followed by ms, s, m or h, e.g. {@code 90s} or {@code 2h}. */
    static final class Span implements ITypeConverter<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            Matcher matcher = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
                throw new TypeConversionException("expected a positive duration such as 500ms, 90s, 15m or 2h but was '"
                        + value + "'");
            }
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
    }

    /** A whole number of 0 or more, such as a page index. */
    static final class ZeroOrMore implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(0, value);
        }
    }

    /** A whole number of 1 or more, such as a page size or a step count. */
    static final class OneOrMore implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(1, value);
        }
    }

    /** A number more than 0, such as a number of epochs. */
    static final class MoreThanZero implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double number = number(value, "a number more than 0");
            if (!(number > 0)) {
                throw new TypeConversionException("expected a number more than 0 but was '" + value + "'");
            }
            return number;
        }
    }

    /** A learning rate, between 1e-8 and 1 as the API requires. */
    static final class LearningRate implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double rate = number(value, "a number between 1e-8 and 1");
            if (!(rate >= 1e-8 && rate <= 1)) {
                throw new TypeConversionException("expected a number between 1e-8 and 1 but was '" + value + "'");
            }
            return rate;
        }
    }

    private static int atLeast(int minimum, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the allowed values
        }
        throw new TypeConversionException("expected a whole number, " + minimum + " or more, but was '" + value + "'");
    }

    private static double number(String value, String expected) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected " + expected + " but was '" + value + "'");
        }
    }
}
