package org.tocsin.intake.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Renders values in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash
 * escapes for backslash, tab, newline and carriage return; text arrays as array literals with
 * every element double-quoted. Strings reaching here are already free of NUL (the parser refuses it).
 */
final class CopyText {

    private CopyText() {}

    static void appendRow(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append('\t');
            append(out, values[i]);
        }
        out.append('\n');
    }

    static void append(StringBuilder out, Object v) {
        switch (v) {
            case null -> out.append("\\N");
            case String s -> escape(out, s);
            case List<?> list -> escape(out, arrayLiteral(list));
            case Instant instant -> out.append(instant.atOffset(ZoneOffset.UTC));
            case Boolean b -> out.append(b ? 't' : 'f');
            default -> escape(out, v.toString());
        }
    }

    static String arrayLiteral(List<?> list) {
        StringBuilder b = new StringBuilder(2 + list.size() * 12).append('{');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) b.append(',');
            b.append('"');
            String s = String.valueOf(list.get(i));
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '"' || c == '\\') b.append('\\');
                b.append(c);
            }
            b.append('"');
        }
        return b.append('}').toString();
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
