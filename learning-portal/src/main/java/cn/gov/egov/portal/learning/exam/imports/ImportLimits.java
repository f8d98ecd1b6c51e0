package cn.gov.egov.portal.learning.exam.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Bounds on an import file, checked while reading (a file is never read whole before its size is known to be
 * acceptable).
 *
 * @param maxBytes     largest file accepted
 * @param maxQuestions most questions (and skipped items) in one file
 * @param maxDepth     deepest XML element nesting (Moodle XML needs about 6)
 * @param maxElements  most XML elements in one file
 */
public record ImportLimits(long maxBytes, int maxQuestions, int maxDepth, int maxElements) {

    /** 5 MiB, 2,000 questions, depth 32, 200,000 elements. */
    public static final ImportLimits DEFAULT = new ImportLimits(5L << 20, 2000, 32, 200_000);

    public ImportLimits {
        if (maxBytes < 1 || maxQuestions < 1 || maxDepth < 4 || maxElements < 10) {
            throw new IllegalArgumentException("import limits out of range");
        }
    }

    /** Reads at most {@link #maxBytes}; a longer stream is refused with {@code file-too-large}. */
    byte[] read(InputStream in) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ImportException("file-too-large", "文件超过 " + describe(maxBytes) + " 的上限");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question count guard. */
    void checkCount(int items) {
        if (items > maxQuestions) {
            throw new ImportException("too-many-questions", "一个文件最多导入 " + maxQuestions + " 道试题");
        }
    }

    private static String describe(long bytes) {
        return bytes >= (1 << 20) && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " 字节";
    }
}
