package io.hyperseed.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tells the {@link Format} of an instance file: by extension first ({@code .hgr}, {@code .cnf}, {@code .wcnf},
 * {@code .pubo}, ScHoLP's {@code -nverts.txt} / {@code -simplices.txt}), else by the shape of the content, only
 * where that is unambiguous:
 * <ul>
 *   <li>a {@code p cnf} / {@code p wcnf} line (after {@code c} comments), or a {@code pubo} line;</li>
 *   <li>a lone count {@code K} followed by {@code n nnz} (OR-Library BQP) or {@code n m opt} (MKNAP);</li>
 *   <li>a two-number header then only {@code u v w} lines, as many as its second number (rudy);</li>
 *   <li>a header {@code n m} whose lines are at most {@code m} and whose ids are in {@code 1..n} (HypOp), versus
 *       a header that is not two numbers, lines that are not all positive ids, or exactly as many lines as the
 *       header's first number (the BIPNN seed files).</li>
 * </ul>
 * Otherwise it throws {@link InstanceFormatException} asking for {@code --format} and listing the format ids.
 * Reads the file once: {@code O(file size)}.
 */
public final class FormatDetector {

    private FormatDetector() {
    }

    /** The format of {@code file}. */
    public static Format detect(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
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
        try (LineScanner s = LineScanner.open(file)) {
            return sniff(s);
        }
    }

    private static Format sniff(LineScanner s) throws IOException {
        if (!nextLine(s)) {
            throw new InstanceFormatException(s.file(), 0, "the file is empty, so its format cannot be told.");
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
            throw ambiguous(s, "it starts with a lone count, like the OR-Library files, but the next line fits "
                    + "neither BQP nor MKNAP");
        }
        if (headerTokens == 3) {
            String[] head = {s.token(), s.token(), s.token()};
            long m = positive(head[0]);
            long n = positive(head[1]);
            if (m > 0 && n > 0 && List.of("0", "1", "10", "11").contains(head[2])) {
                long lines = 0;
                while (nextLine(s)) {
                    lines++;
                }
                if (lines == m || lines == m + n) {
                    throw ambiguous(s, "its first line '" + String.join(" ", head) + "' and " + lines
                            + " more lines fit both an hMETIS header 'm n fmt' and a BIPNN file without header");
                }
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
        long maxId = 0;
        boolean allIds = true;
        boolean allTriples = true;
        boolean triplesFitRudy = true;
        String firstWeight = null;
        boolean weightsEqual = true;
        while (nextLine(s)) {
            lines++;
            int tokens = s.countTokens();
            allTriples &= tokens == 3;
            for (int k = 0; k < tokens; k++) {
                String t = s.token();
                long id = positive(t);
                if (id < 0) {
                    allIds = false;
                } else {
                    maxId = Math.max(maxId, id);
                }
                if (tokens == 3 && k < 2 && (id < 0 || id > h1)) {
                    triplesFitRudy = false;
                }
                if (tokens == 3 && k == 2) {
                    triplesFitRudy &= LineScanner.isNumber(t);
                    if (firstWeight == null) {
                        firstWeight = t;
                    }
                    weightsEqual &= t.equals(firstWeight);
                }
            }
        }
        if (lines > 0 && allTriples && triplesFitRudy && lines == h2 && (!allIds || weightsEqual)) {
            return Format.RUDY;
        }
        if (!allIds) {
            return Format.BIPNN;
        }
        boolean hypop = lines > 0 && maxId <= h1 && lines <= h2;
        boolean edgesFirst = lines == h1;
        if (hypop && !edgesFirst) {
            return Format.HYPOP;
        }
        if (edgesFirst && !hypop) {
            return Format.BIPNN;
        }
        throw ambiguous(s, "its header '" + h1 + " " + h2 + "' and " + lines + " lines fit "
                + (hypop ? "both HypOp ('n m') and the BIPNN/hMETIS order ('m n')" : "no format exactly"));
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

    private static InstanceFormatException ambiguous(LineScanner s, String why) {
        return new InstanceFormatException(s.file(), 0, "cannot tell the format: " + why + ". Pass --format with "
                + "one of: " + ids() + ".");
    }

    /** The format ids, comma-separated. */
    static String ids() {
        List<String> ids = Arrays.stream(Format.values()).map(Format::id).collect(Collectors.toList());
        return String.join(", ", ids);
    }
}
