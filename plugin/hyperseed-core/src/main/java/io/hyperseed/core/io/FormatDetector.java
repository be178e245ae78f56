package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tells the {@link Format} of an instance file: by extension first ({@code .hgr}, {@code .cnf}, {@code .wcnf},
 * {@code .pubo}, ScHoLP's {@code -nverts.txt} / {@code -simplices.txt}, or an extension that is a format id such
 * as {@code .rudy}, {@code .hypop}, {@code .bipnn}, {@code .bqp}, {@code .mknap}), else by the shape of the
 * content, only where that is unambiguous and the header agrees with the body:
 * <ul>
 *   <li>a {@code p cnf} / {@code p wcnf} line (after {@code c} comments), or a {@code pubo} line;</li>
 *   <li>a lone count {@code K} followed by {@code n nnz} (OR-Library BQP) or {@code n m opt} (MKNAP);</li>
 *   <li>a two-number header then only {@code u v w} lines, exactly as many as its second number (rudy);</li>
 *   <li>a header {@code n m} followed by exactly {@code m} lines of ids in {@code 1..n} (HypOp), versus a header
 *       that is not two numbers, lines that are not all positive ids, or exactly as many lines as the header's
 *       first number (the BIPNN seed files).</li>
 * </ul>
 * A header whose counts the body does not meet (a truncated G-set file, say, whose {@code u v w} lines would
 * otherwise pass for HypOp hyperedges) is never guessed across: like an ambiguous file it is an
 * {@link InstanceFormatException} naming the line, the closest format and {@code --format}, which reads the file
 * as that format without detection. Reads the file once: {@code O(file size)}.
 */
public final class FormatDetector {

    private FormatDetector() {}

    /** The format of {@code file}. */
    public static Format detect(Path file) throws IOException {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".hgr")) {
            return Format.HMETIS;
        }
        if (name.endsWith(".cnf")) {
            return Format.DIMACS_CNF;
        }
        if (name.endsWith(".wcnf")) {
            return Format.DIMACS_WCNF;
        }
        if (name.endsWith(".pubo")) {
            return Format.PUBO;
        }
        if (name.endsWith(ScholpReader.NVERTS) || name.endsWith(ScholpReader.SIMPLICES)) {
            return Format.SCHOLP;
        }
        int dot = name.lastIndexOf('.');
        Format named = dot > 0 ? Format.byId(name.substring(dot + 1)) : null;
        if (named != null && named != Format.SCHOLP) {
            return named;
        }
        Format sniffed;
        try (LineScanner s = LineScanner.open(file)) {
            sniffed = sniff(s);
        }
        if (sniffed == Format.BIPNN) {
            try (LineScanner s = LineScanner.open(file)) {
                requireBipnnShape(s);
            }
        }
        return sniffed;
    }

    /**
     * The content test behind a BIPNN guess: after the optional two-token header, every line names at least two
     * vertices, and no name is a negative or fractional number (the seed's files have neither). Anything else is
     * some other format's body (a G-set weight, a QUBO coefficient, a lone count), so it is refused with its line
     * rather than read as a hypergraph of odd names.
     */
    private static void requireBipnnShape(LineScanner s) throws IOException {
        boolean first = true;
        while (s.nextDataLine("#")) {
            int tokens = s.countTokens();
            if (first && tokens == 2) {
                first = false;
                continue;
            }
            first = false;
            if (tokens < 2) {
                throw mismatch(
                        s,
                        s.lineNumber(),
                        "the file has no header that names a format, and line " + s.lineNumber()
                                + " holds a single token, which a BIPNN hyperedge line never does.",
                        Format.BIPNN);
            }
            for (String t = s.token(); t != null; t = s.token()) {
                if (t.startsWith("-") || !BipnnReader.isInteger(t) && LineScanner.isNumber(t)) {
                    throw mismatch(
                            s,
                            s.lineNumber(),
                            "the file has no header that names a format, and the number ("
                                    + LineScanner.shorten(t) + ") on line " + s.lineNumber()
                                    + " is no BIPNN vertex name "
                                    + "(those are non-negative integers or words).",
                            Format.BIPNN);
                }
            }
        }
    }

    private static Format sniff(LineScanner s) throws IOException {
        if (!nextLine(s)) {
            throw new InstanceFormatException(s.file(), 1, "the file is empty, so its format cannot be told.");
        }
        String first = s.token();
        if (first.equals("p")) {
            String kind = s.token();
            if ("cnf".equals(kind)) {
                return Format.DIMACS_CNF;
            }
            if ("wcnf".equals(kind)) {
                return Format.DIMACS_WCNF;
            }
        }
        if (first.equals("pubo")) {
            return Format.PUBO;
        }
        s.rewindLine();
        int headerTokens = s.countTokens();
        if (headerTokens == 1 && BipnnReader.isInteger(first)) {
            if (nextLine(s)) {
                int tokens = s.countTokens();
                if (tokens == 2) {
                    return Format.ORLIB_BQP;
                }
                if (tokens == 3) {
                    return Format.ORLIB_MKNAP;
                }
            }
            throw ambiguous(
                    s,
                    2,
                    "it starts with a lone count, like the OR-Library files, but the next line fits "
                            + "neither BQP nor MKNAP");
        }
        if (headerTokens == 3) {
            String[] head = {s.token(), s.token(), s.token()};
            long m = positive(head[0]);
            long n = positive(head[1]);
            if (m > 0 && n > 0 && List.of("0", "1", "10", "11").contains(head[2])) {
                hmetisHeaderInTextFile(s, String.join(" ", head), m, n, head[2]);
            }
        }
        if (headerTokens != 2) {
            return Format.BIPNN; // no header: the seed's files start with a hyperedge
        }
        s.token();
        String second = s.token();
        long h1 = positive(first);
        long h2 = positive(second);
        if (h1 < 0 || h2 < 0) {
            return Format.BIPNN; // '? ?', 'm ?' headers
        }
        long lines = 0;
        long lastLine = 1;
        long maxId = 0;
        boolean allIds = true;
        long notRudy = 0;
        boolean lastFitsRudy = true;
        String firstWeight = null;
        boolean weightsEqual = true;
        while (nextLine(s)) {
            lines++;
            lastLine = s.lineNumber();
            int tokens = s.countTokens();
            boolean fitsRudy = tokens == 3;
            for (int k = 0; k < tokens; k++) {
                String t = s.token();
                long id = positive(t);
                if (id < 0) {
                    allIds = false;
                } else {
                    maxId = Math.max(maxId, id);
                }
                if (tokens == 3 && k < 2 && (id < 0 || id > h1)) {
                    fitsRudy = false;
                }
                if (tokens == 3 && k == 2) {
                    fitsRudy &= LineScanner.isNumber(t);
                    if (firstWeight == null) {
                        firstWeight = t;
                    }
                    weightsEqual &= t.equals(firstWeight);
                }
            }
            notRudy += fitsRudy ? 0 : 1;
            lastFitsRudy = fitsRudy;
        }
        String header = "'" + h1 + " " + h2 + "'";
        boolean cutShort = notRudy == 1 && !lastFitsRudy && lines > 2;
        if (lines > 0 && (notRudy == 0 || cutShort) && (!allIds || weightsEqual)) {
            if (notRudy == 0 && lines == h2) {
                return Format.RUDY;
            }
            if (cutShort) {
                throw mismatch(
                        s,
                        lastLine,
                        "the lines after the header " + header + " are G-set/rudy edges "
                                + "'u v w' except the last, which is cut short; the header promises " + h2
                                + " edges and "
                                + "the file has " + lines + " lines. Maybe the file is truncated?",
                        Format.RUDY);
            }
            throw mismatch(
                    s,
                    lastLine + 1,
                    "every line after the header " + header + " is a G-set/rudy edge "
                            + "'u v w', but there are " + lines + " of them where the header promises " + h2
                            + ". Maybe the file is truncated?",
                    Format.RUDY);
        }
        if (!allIds) {
            return Format.BIPNN; // vertex names: only the seed's format has them (its reader checks the header)
        }
        boolean hypop = lines > 0 && maxId <= h1 && lines == h2;
        boolean edgesFirst = lines == h1;
        if (hypop && !edgesFirst) {
            return Format.HYPOP;
        }
        if (edgesFirst && !hypop) {
            return Format.BIPNN;
        }
        if (hypop) {
            throw ambiguous(
                    s,
                    1,
                    "its header " + header + " and " + lines + " lines fit both HypOp ('n m') and "
                            + "the BIPNN order ('m n')");
        }
        throw mismatch(
                s,
                lastLine + 1,
                "the header " + header + " disagrees with the " + lines
                        + " hyperedge lines (vertex ids up to " + maxId + "): HypOp's 'n m' needs " + h2
                        + " lines with ids up to " + h1 + ", the BIPNN order 'm n' needs " + h1
                        + " lines. Maybe the file is truncated?",
                Format.HYPOP);
    }

    /**
     * A first line {@code m n fmt} in a file without the {@code .hgr} extension: an hMETIS header, or the first
     * hyperedge of a BIPNN file without header. Refused when the rest fits hMETIS's counts (ambiguous), and when it
     * does not, unless the body has vertex names that are words (only then is it surely BIPNN): a truncated or
     * damaged hMETIS file, or another numeric format, must not be read as a BIPNN hypergraph.
     */
    private static void hmetisHeaderInTextFile(LineScanner s, String head, long m, long n, String fmt)
            throws IOException {
        long lines = 0;
        long lastLine = 1;
        boolean idsFit = true;
        boolean namesInBody = false;
        boolean weighted = fmt.equals("1") || fmt.equals("11");
        while (nextLine(s)) {
            lines++;
            lastLine = s.lineNumber();
            boolean edgeLine = lines <= m;
            int k = 0;
            for (String t = s.token(); t != null; t = s.token(), k++) {
                boolean weight = !edgeLine || weighted && k == 0;
                long id = positive(t);
                if (!weight && (id < 0 || id > n)) {
                    idsFit = false;
                }
                namesInBody |= !LineScanner.isNumber(t);
            }
        }
        if (lines == m || lines == m + n) {
            throw ambiguous(
                    s,
                    1,
                    "its first line '" + head + "' and " + lines
                            + " more lines fit both an hMETIS header 'm n fmt' and a BIPNN file without header");
        }
        if (idsFit && lines > 0 || !namesInBody) {
            throw mismatch(
                    s,
                    idsFit ? lastLine + 1 : 1,
                    "its first line '" + head + "' reads as an hMETIS header "
                            + "'m n fmt', which promises " + m + " hyperedge lines"
                            + (fmt.equals("10") || fmt.equals("11") ? " and " + n + " vertex weights" : "")
                            + ", and the file has " + lines
                            + (idsFit
                                    ? " (every id in 1.." + n + "). Maybe the file is " + "truncated?"
                                    : " with ids outside 1.." + n + " and no vertex names.")
                            + " (If it is a BIPNN "
                            + "file whose first hyperedge this is, pass --format bipnn.)",
                    Format.HMETIS);
        }
    }

    private static boolean nextLine(LineScanner s) throws IOException {
        while (s.nextDataLine("#%")) {
            String first = s.token();
            s.rewindLine();
            if (!first.equals("c")) {
                return true;
            }
        }
        return false;
    }

    private static long positive(String token) {
        if (!BipnnReader.isInteger(token) || token.startsWith("-") || token.length() > 18) {
            return -1;
        }
        long v = Long.parseLong(token);
        return v > 0 ? v : -1;
    }

    private static InstanceFormatException ambiguous(LineScanner s, long line, String why) {
        return new InstanceFormatException(
                s.file(), line, "cannot tell the format: " + why + ". Pass --format " + "with one of: " + ids() + ".");
    }

    /** The header and the body disagree: no format is guessed across that. */
    private static InstanceFormatException mismatch(LineScanner s, long line, String why, Format likely) {
        return new InstanceFormatException(
                s.file(),
                line,
                "the header and the body disagree: " + why
                        + " To read it anyway, pass --format (" + likely.id() + " is the closest fit; formats: " + ids()
                        + ").");
    }

    /** The format ids, comma-separated. */
    static String ids() {
        List<String> ids = Arrays.stream(Format.values()).map(Format::id).collect(Collectors.toList());
        return String.join(", ", ids);
    }
}
