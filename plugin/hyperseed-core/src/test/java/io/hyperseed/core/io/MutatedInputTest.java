package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded random damage (changed, deleted, repeated bytes; cut files; digits turned into large numbers) to valid
 * files of every format: each reader either reads the damaged file or throws {@link InstanceFormatException} with a
 * line number, never another exception (no {@code IllegalArgumentException}, index or number errors leaking from
 * inside).
 */
class MutatedInputTest {

    private static final byte[] NOISE = " \n0123456789-+.e?~*:#%xpch\t9999999999".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HMETIS      | % c\\n4 7 11\\n2 1 2\\n3 1 7 5 6\\n8 5 6 4\\n7 2 3 4\\n1\\n2\\n3\\n4\\n5\\n6\\n7\\n
            HYPOP       | 5 3\\n1 2 3\\n2 4\\n4 5 1\\n
            BIPNN       | ? ?\\n1 2\\n2 1\\nb a\\n3 3\\n10 2 a\\n
            RUDY        | 4 3\\n1 2 1\\n2 3 -1\\n3 4 2.5\\n
            ORLIB_BQP   | 2\\n 3 4\\n 1 1 5\\n 1 2 -3\\n 2 3 4\\n 3 3 -1\\n 2 1\\n 1 2 7\\n
            ORLIB_MKNAP | 2\\n 3 2 10\\n 5 4 3\\n 2 3 1\\n 1 1 1\\n 5 2\\n 2 1 0\\n 1 1\\n 1 1\\n 1\\n
            DIMACS_CNF  | c x\\np cnf 3 2\\n1 -2 0\\n 2 3\\n-1 0\\n%\\n0\\n
            DIMACS_WCNF | p wcnf 3 3 10\\n10 1 2 0\\n3 -1 0\\n2 -2 -3 0\\n
            PUBO        | pubo min\\nvars x1 x2 \\"3\\"\\nobjective: -1 x1 - 0.5 x1*~x2 + 2\\nconstraint c: x1 + 3 \\"3\\" <= 4\\nexactly-one g: x1 x2\\n
            """)
    void damagedFilesFailOnlyWithInstanceFormatException(Format format, String valid) throws IOException {
        byte[] original = valid.replace("\\n", "\n").replace("\\\"", "\"").getBytes(StandardCharsets.UTF_8);
        Random random = new Random(format.ordinal());
        InstanceReader reader = InstanceFiles.reader(format);
        Path file = dir.resolve("damaged.txt");
        int rejected = 0;
        for (int round = 0; round < 120; round++) {
            Files.write(file, damage(original, random));
            try {
                reader.read(file);
            } catch (InstanceFormatException e) {
                assertThat(e.getMessage()).contains("damaged.txt");
                rejected++;
            }
        }
        assertThat(rejected).isPositive();
    }

    private static byte[] damage(byte[] original, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int edits = 1 + random.nextInt(3);
        byte[] bytes = original;
        for (int k = 0; k < edits; k++) {
            out.reset();
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> { // replace a byte
                    out.write(bytes, 0, at);
                    out.write(NOISE[random.nextInt(NOISE.length)]);
                    out.write(bytes, at + 1, bytes.length - at - 1);
                }
                case 1 -> { // delete a byte
                    out.write(bytes, 0, at);
                    out.write(bytes, at + 1, bytes.length - at - 1);
                }
                case 2 -> { // insert noise
                    out.write(bytes, 0, at);
                    int len = 1 + random.nextInt(12);
                    for (int i = 0; i < len; i++) {
                        out.write(NOISE[random.nextInt(NOISE.length)]);
                    }
                    out.write(bytes, at, bytes.length - at);
                }
                case 3 -> out.write(bytes, 0, at); // cut the file
                default -> { // repeat a chunk
                    int len = Math.min(bytes.length - at, 1 + random.nextInt(20));
                    out.write(bytes, 0, at + len);
                    out.write(bytes, at, bytes.length - at);
                }
            }
            bytes = out.toByteArray();
            if (bytes.length == 0) {
                break;
            }
        }
        return bytes;
    }
}
