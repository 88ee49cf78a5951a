package dev.mistral4j.admin.dataset;

/** The rules on lines that could not be read as a JSON object: each reports the fact that stopped the reading. */
final class LineRules {

    private LineRules() {
    }

    static void lineTooLong(LineFacts line, Findings findings) {
        if (line instanceof LineFacts.TooLong tooLong) {
            findings.report(DatasetRule.LINE_TOO_LONG, "the line is " + tooLong.bytes() + " bytes long; the limit is "
                    + tooLong.limit() + " (see maxLineBytes)", 0);
        }
    }

    static void blankLine(LineFacts line, Findings findings) {
        if (line instanceof LineFacts.Blank) {
            findings.report(DatasetRule.BLANK_LINE, "empty line; remove it", -1);
        }
    }

    static void invalidUtf8(LineFacts line, Findings findings) {
        if (line instanceof LineFacts.ByteOrderMark) {
            findings.report(DatasetRule.INVALID_UTF8, "the file starts with a byte order mark (EF BB BF); save it as"
                    + " UTF-8 without BOM", -1);
        } else if (line instanceof LineFacts.InvalidUtf8 invalid) {
            findings.report(DatasetRule.INVALID_UTF8, String.format("byte 0x%02X at column %d is not valid UTF-8",
                    invalid.value(), invalid.offset() + 1), Findings.around(invalid.offset()));
        }
    }

    static void invalidJson(LineFacts line, Findings findings) {
        if (line instanceof LineFacts.MalformedJson malformed) {
            findings.report(DatasetRule.INVALID_JSON, malformed.reason() + " at column " + (malformed.offset() + 1),
                    Findings.around(malformed.offset()));
        } else if (line instanceof LineFacts.TrailingContent trailing) {
            findings.report(DatasetRule.INVALID_JSON, "unexpected content after the JSON object", trailing.offset());
        }
    }

    static void notAnObject(LineFacts line, Findings findings) {
        if (line instanceof LineFacts.NotAnObject notAnObject) {
            findings.report(DatasetRule.NOT_AN_OBJECT, "the line is " + notAnObject.kind().words()
                    + ", not a JSON object", 0);
        }
    }
}
