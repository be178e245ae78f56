package io.hyperseed.core.io;

import io.hyperseed.core.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lexical rules of Hyperseed's PUBO text format, shared by {@link PuboReader} and {@link PuboWriter}: number
 * formatting that round-trips exactly, quoting of names that could be mistaken for numbers or operators, and a
 * tokenizer that splits on blanks outside quotes. See {@code docs/formats.md}.
 */
final class PuboSyntax {

    private PuboSyntax() {}

    /** Shortest text that parses back to exactly {@code value}: integers without a point, else Java's shortest repr. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** True for the spellings of NaN and infinity, which are never names and never valid numbers. */
    static boolean isNonFinite(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        return t.equals("nan") || t.equals("inf") || t.equals("infinity");
    }

    /** True when {@code name} must be written in double quotes. */
    static boolean needsQuotes(String name) {
        if (name.isEmpty()
                || LineScanner.isNumber(name)
                || isNonFinite(name)
                || name.charAt(0) == '~'
                || name.charAt(0) == '+'
                || name.charAt(0) == '-'
                || Relation.parse(name) != null) {
            return true;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == '*' || c == '"' || c == ':' || c == '#' || c == '\\' || Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** The name as it appears in a file: bare, or in double quotes with {@code \"} and {@code \\} escapes. */
    static String name(String name) {
        if (!needsQuotes(name)) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length() + 2).append('"');
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }

    /**
     * Splits {@code text} at blanks outside double quotes. Quotes are kept in the tokens. Returns null when a quote is
     * not closed.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int k = 0;
        int n = text.length();
        while (k < n) {
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= n) {
                break;
            }
            int start = k;
            boolean quoted = false;
            while (k < n && (quoted || !Character.isWhitespace(text.charAt(k)))) {
                char c = text.charAt(k);
                if (quoted && c == '\\' && k + 1 < n) {
                    k += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                }
                k++;
            }
            if (quoted) {
                return null;
            }
            out.add(text.substring(start, k));
        }
        return out;
    }

    /** Index of the first {@code c} outside double quotes, or -1. */
    static int indexOutsideQuotes(String text, char c, int from) {
        boolean quoted = false;
        for (int k = from; k < text.length(); k++) {
            char d = text.charAt(k);
            if (quoted && d == '\\') {
                k++;
            } else if (d == '"') {
                quoted = !quoted;
            } else if (!quoted && d == c) {
                return k;
            }
        }
        return -1;
    }

    /** Removes the quotes and escapes of a quoted name; bare names are returned as they are. */
    static String unquote(String token) {
        if (token.length() < 2 || token.charAt(0) != '"' || token.charAt(token.length() - 1) != '"') {
            return token;
        }
        StringBuilder b = new StringBuilder(token.length());
        for (int k = 1; k < token.length() - 1; k++) {
            char c = token.charAt(k);
            if (c == '\\' && k + 1 < token.length() - 1) {
                c = token.charAt(++k);
            }
            b.append(c);
        }
        return b.toString();
    }
}
