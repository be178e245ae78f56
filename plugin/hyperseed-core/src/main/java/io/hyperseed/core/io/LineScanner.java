package io.hyperseed.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A streaming line reader and hand-rolled tokenizer shared by every reader: one line in memory at a time,
 * whitespace-separated tokens, integers parsed without {@code String.split} or boxing. It rejects binary input (NUL
 * bytes, invalid UTF-8) and over-long lines, and builds {@link InstanceFormatException}s that name the file and the
 * 1-based line. {@code O(bytes)} for a whole file; memory {@code O(longest line)}.
 */
final class LineScanner implements Closeable {

    /** Lines longer than this many bytes are rejected (a hostile file cannot exhaust memory with one line). */
    static final int MAX_LINE_BYTES = 1 << 26;

    /**
     * Variables (vertices) a header may declare per byte of file, plus {@link #VARIABLE_SLACK}: isolated vertices
     * are allowed, but {@code n = 10^9} in a small file is not (it would size arrays of gigabytes).
     */
    static final double VARIABLES_PER_BYTE = 8.0;

    /** Variables a header may declare beyond {@link #VARIABLES_PER_BYTE} times the file size. */
    static final long VARIABLE_SLACK = 1 << 16;

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final InputStream in;
    private final long fileSize;
    private final byte[] buffer = new byte[BUFFER];
    private int bufferPos;
    private int bufferEnd;
    private boolean eof;
    private byte[] lineBytes = new byte[256];
    private char[] chars = new char[256];
    private int length;
    private int pos;
    private long lineNumber;
    private CharsetDecoder decoder;

    private LineScanner(Path file, InputStream in, long fileSize) {
        this.file = file;
        this.in = in;
        this.fileSize = fileSize;
    }

    /** Opens {@code file}; missing or unreadable files fail with the plain {@link IOException} of the JDK. */
    static LineScanner open(Path file) throws IOException {
        long size = Files.size(file);
        return new LineScanner(file, Files.newInputStream(file), size);
    }

    /** The file being read. */
    Path file() {
        return file;
    }

    /** The size of the file in bytes. */
    long fileSize() {
        return fileSize;
    }

    /** The 1-based number of the current line (0 before the first). */
    long lineNumber() {
        return lineNumber;
    }

    /** Reads the next line; false at the end of the file. */
    boolean nextLine() throws IOException {
        int n = 0;
        boolean sawAny = false;
        boolean ascii = true;
        while (true) {
            if (bufferPos == bufferEnd) {
                if (eof || !fill()) {
                    break;
                }
            }
            sawAny = true;
            byte b = buffer[bufferPos++];
            if (b == '\n') {
                lineNumber++;
                finishLine(n, ascii);
                return true;
            }
            if (b == 0) {
                lineNumber++;
                throw new InstanceFormatException(
                        file,
                        lineNumber,
                        "the file contains a NUL byte: it looks like "
                                + "binary data, not a text instance. Maybe it is compressed or in another format?");
            }
            if (b < 0) {
                ascii = false;
            }
            if (n == lineBytes.length) {
                if (n >= MAX_LINE_BYTES) {
                    lineNumber++;
                    throw new InstanceFormatException(
                            file,
                            lineNumber,
                            "the line is longer than " + MAX_LINE_BYTES
                                    + " bytes. Maybe the file is binary or has no line breaks?");
                }
                lineBytes = Arrays.copyOf(lineBytes, Math.min(MAX_LINE_BYTES, n * 2));
            }
            lineBytes[n++] = b;
        }
        if (!sawAny) {
            return false;
        }
        lineNumber++;
        finishLine(n, ascii);
        return true;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            eof = true;
            return false;
        }
        bufferPos = 0;
        bufferEnd = read;
        return true;
    }

    private void finishLine(int n, boolean ascii) throws InstanceFormatException {
        if (n > 0 && lineBytes[n - 1] == '\r') {
            n--;
        }
        if (lineNumber == 1
                && n >= 3
                && lineBytes[0] == (byte) 0xEF
                && lineBytes[1] == (byte) 0xBB
                && lineBytes[2] == (byte) 0xBF) {
            System.arraycopy(lineBytes, 3, lineBytes, 0, n - 3); // UTF-8 byte order mark
            n -= 3;
        }
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        if (ascii) {
            for (int k = 0; k < n; k++) {
                chars[k] = (char) lineBytes[k];
            }
            length = n;
        } else {
            decodeUtf8(n);
        }
        pos = 0;
    }

    private void decodeUtf8(int n) throws InstanceFormatException {
        if (decoder == null) {
            decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            CharBuffer decoded = decoder.reset().decode(ByteBuffer.wrap(lineBytes, 0, n));
            length = decoded.remaining();
            decoded.get(chars, 0, length);
        } catch (CharacterCodingException e) {
            throw new InstanceFormatException(
                    file,
                    lineNumber,
                    "the line is not valid UTF-8 text. Maybe the file is "
                            + "binary, compressed or in another encoding?",
                    e);
        }
    }

    /**
     * Advances to the next line that is neither blank nor a comment (first non-blank character in
     * {@code commentChars}); false at the end of the file.
     */
    boolean nextDataLine(String commentChars) throws IOException {
        while (nextLine()) {
            skipSpace();
            if (pos < length && commentChars.indexOf(chars[pos]) < 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the current line is blank from the cursor on. */
    boolean atEndOfLine() {
        skipSpace();
        return pos >= length;
    }

    /** The character at the cursor after blanks, or -1 at the end of the line. */
    int peekChar() {
        skipSpace();
        return pos < length ? chars[pos] : -1;
    }

    /** Moves the cursor back to the start of the current line. */
    void rewindLine() {
        pos = 0;
    }

    /** The rest of the current line from the cursor, trimmed. */
    String rest() {
        skipSpace();
        int end = length;
        while (end > pos && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        String s = new String(chars, pos, end - pos);
        pos = length;
        return s;
    }

    /** The whole current line. */
    String line() {
        return new String(chars, 0, length);
    }

    /** The number of tokens on the current line (does not move the cursor). */
    int countTokens() {
        int saved = pos;
        pos = 0;
        int count = 0;
        while (skipToken()) {
            count++;
        }
        pos = saved;
        return count;
    }

    /** Moves the cursor past the next token; false when the line has no more tokens. */
    boolean skipToken() {
        skipSpace();
        if (pos >= length) {
            return false;
        }
        while (pos < length && !isSpace(chars[pos])) {
            pos++;
        }
        return true;
    }

    /** The next token on this line, or null at the end of the line. */
    String token() {
        skipSpace();
        if (pos >= length) {
            return null;
        }
        int start = pos;
        while (pos < length && !isSpace(chars[pos])) {
            pos++;
        }
        return new String(chars, start, pos - start);
    }

    /**
     * Moves to the next token, reading further lines when the current one is used up (for formats where line breaks
     * carry no meaning); lines whose first token starts with a char in {@code commentChars} are skipped. False at
     * the end of the file.
     */
    boolean nextTokenAnyLine(String commentChars) throws IOException {
        while (atEndOfLine()) {
            if (!nextDataLine(commentChars)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The next integer anywhere from the cursor on (line breaks carry no meaning); at the end of the file fails with
     * {@code "the file ends where <what> was expected"} at the line after the last.
     */
    long nextLongAnyLine(String what, String commentChars) throws IOException {
        if (!nextTokenAnyLine(commentChars)) {
            throw errorAtEnd("the file ends where " + what + " was expected. Maybe the file is truncated?");
        }
        return nextLong(what);
    }

    /** Like {@link #nextLongAnyLine} for a finite number. */
    double nextDoubleAnyLine(String what, String commentChars) throws IOException {
        if (!nextTokenAnyLine(commentChars)) {
            throw errorAtEnd("the file ends where " + what + " was expected. Maybe the file is truncated?");
        }
        return nextDouble(what);
    }

    /** The next integer on this line, described as {@code what} in errors. */
    long nextLong(String what) throws InstanceFormatException {
        int start = passToken(what);
        int end = pos;
        int k = start;
        boolean negative = false;
        if (chars[k] == '-' || chars[k] == '+') {
            negative = chars[k] == '-';
            k++;
        }
        if (k == end) {
            throw notAnInteger(what, start, end);
        }
        long value = 0;
        for (; k < end; k++) {
            char c = chars[k];
            if (c < '0' || c > '9') {
                throw notAnInteger(what, start, end);
            }
            if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
                throw error(what + " (" + text(start, end) + ") is too large for a 64-bit integer.");
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    /** The next integer on this line, which must lie in {@code [min, max]}. */
    int nextInt(String what, long min, long max) throws InstanceFormatException {
        long value = nextLong(what);
        if (value < min || value > max) {
            throw error(what + " (" + value + ") is outside " + min + ".." + max + ".");
        }
        return (int) value;
    }

    /** The next finite number on this line (integers, decimals, exponents; no NaN, Infinity or hex). */
    double nextDouble(String what) throws InstanceFormatException {
        int start = passToken(what);
        return parseDouble(what, start, pos);
    }

    /**
     * Moves the cursor past the next token on this line and returns where that token starts (it ends at the cursor);
     * fails when the line has no more tokens, naming {@code what} was expected.
     */
    private int passToken(String what) throws InstanceFormatException {
        skipSpace();
        if (pos >= length) {
            throw error("the line ends where " + what + " was expected. Maybe the file is truncated?");
        }
        int start = pos;
        int end = start;
        while (end < length && !isSpace(chars[end])) {
            end++;
        }
        pos = end;
        return start;
    }

    /** Parses {@code token} as a finite number, reporting errors at the current line. */
    double parseDouble(String what, String token) throws InstanceFormatException {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals("nan") || lower.equals("+nan") || lower.equals("-nan") || lower.contains("inf")) {
            throw error(what + " (" + shorten(token) + ") is not a finite number.");
        }
        if (!isNumber(token)) {
            throw error("expected a number for " + what + ", found (" + shorten(token) + ").");
        }
        double value;
        try {
            value = Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw error("expected a number for " + what + ", found (" + shorten(token) + ").");
        }
        if (!Double.isFinite(value)) {
            throw error(what + " (" + shorten(token) + ") is not a finite number.");
        }
        return value;
    }

    private double parseDouble(String what, int start, int end) throws InstanceFormatException {
        return parseDouble(what, new String(chars, start, end - start));
    }

    /** True for a decimal number: optional sign, digits with an optional point, optional exponent. */
    static boolean isNumber(String token) {
        int k = 0;
        int n = token.length();
        if (k < n && (token.charAt(k) == '+' || token.charAt(k) == '-')) {
            k++;
        }
        int digits = 0;
        while (k < n && Character.isDigit(token.charAt(k)) && token.charAt(k) < 128) {
            k++;
            digits++;
        }
        if (k < n && token.charAt(k) == '.') {
            k++;
            while (k < n && token.charAt(k) >= '0' && token.charAt(k) <= '9') {
                k++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (k < n && (token.charAt(k) == 'e' || token.charAt(k) == 'E')) {
            k++;
            if (k < n && (token.charAt(k) == '+' || token.charAt(k) == '-')) {
                k++;
            }
            int exp = 0;
            while (k < n && token.charAt(k) >= '0' && token.charAt(k) <= '9') {
                k++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return k == n;
    }

    /** Fails unless the rest of the line is blank. */
    void expectEndOfLine(String context) throws InstanceFormatException {
        skipSpace();
        if (pos < length) {
            int start = pos;
            skipToken();
            throw error("unexpected token (" + text(start, pos) + ") after " + context + ".");
        }
    }

    /**
     * Checks a count read from a header before anything is sized by it: it must be non-negative, fit an
     * {@code int}, and not exceed {@code perByte * fileSize + slack} (a header cannot promise more items than the
     * file can hold).
     */
    int checkCount(long value, String what, double perByte, long slack) throws InstanceFormatException {
        if (value < 0) {
            throw error(what + " (" + value + ") is negative.");
        }
        long limit = countLimit(perByte, slack);
        if (value > limit) {
            throw error(what + " (" + value + ") is implausibly large for a file of " + fileSize + " bytes (at most "
                    + limit + "). Maybe the header is corrupt or the numbers are swapped?");
        }
        return (int) value;
    }

    /** {@link #checkCount} for a number of variables or vertices. */
    int checkVariableCount(long value, String what) throws InstanceFormatException {
        return checkCount(value, what, VARIABLES_PER_BYTE, VARIABLE_SLACK);
    }

    /** The largest number of variables or vertices a header of this file may declare. */
    long variableLimit() {
        return countLimit(VARIABLES_PER_BYTE, VARIABLE_SLACK);
    }

    /** The largest count {@link #checkCount} accepts for these bounds. */
    long countLimit(double perByte, long slack) {
        return Math.min(Integer.MAX_VALUE - 16L, (long) (perByte * fileSize) + slack);
    }

    /** An error at the current line. */
    InstanceFormatException error(String problem) {
        return new InstanceFormatException(file, lineNumber, problem);
    }

    /** An error at the line after the last one (a file that ended too early). */
    InstanceFormatException errorAtEnd(String problem) {
        return new InstanceFormatException(file, lineNumber + 1, problem);
    }

    private InstanceFormatException notAnInteger(String what, int start, int end) {
        return error("expected an integer for " + what + ", found (" + text(start, end) + ").");
    }

    private String text(int start, int end) {
        return shorten(new String(chars, start, end - start));
    }

    /** At most 40 characters of {@code s}, for error messages. */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private void skipSpace() {
        while (pos < length && isSpace(chars[pos])) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == 0x0B || c == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
