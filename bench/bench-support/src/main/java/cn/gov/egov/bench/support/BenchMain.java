package cn.gov.egov.bench.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The set-up the benchmarks' {@code main} methods share: parse the options or exit 2 with the usage, exit 2 when the
 * server jar is missing, and run with a shutdown hook that stops the stack, print and write the table, delete the
 * temporary directory after a good run and exit 0 (1 after a failure).
 */
public final class BenchMain {

    /** The benchmark itself: returns the Markdown it prints and writes. */
    @FunctionalInterface
    public interface Run {
        String markdown() throws Exception;
    }

    /** Where the table goes and what to keep. */
    public record Results(Path file, boolean keep, String keptContents) {
    }

    private BenchMain() {
    }

    /** Standard output in UTF-8 with auto-flush (the tables have Chinese and typographic characters). */
    public static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    /** The parsed options; on bad ones the message and the usage on standard error, then exit code 2. */
    public static <O> O parseOrExit(String[] args, Function<String[], O> parser, String usage) {
        try {
            return parser.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(2);
            throw e; // not reached
        }
    }

    /** Exits with code 2 after these lines on standard error if {@code file} is not a regular file. */
    public static void requireFile(Path file, String... messageLines) {
        if (!Files.isRegularFile(file)) {
            for (String line : messageLines) {
                System.err.println(line);
            }
            System.exit(2);
        }
    }

    /**
     * Runs {@code run} with {@code stop} as a shutdown hook, then stops (and runs {@code afterStop}), prints and writes
     * the table, deletes {@code work} after a good run unless kept, and exits the JVM: 0 after a good run, 1 after a
     * failure (reported on standard error).
     */
    public static void runAndExit(PrintStream out, Path work, Runnable stop, Runnable afterStop, Results results,
                                  Run run) {
        Thread hook = new Thread(stop, "bench-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean ok = false;
        try {
            String markdown = run.markdown();
            Files.createDirectories(results.file().getParent());
            Files.writeString(results.file(), markdown, StandardCharsets.UTF_8);
            out.println();
            out.println(markdown);
            out.println("Written to " + results.file());
            ok = true;
        } catch (Exception e) {
            System.err.println("BENCHMARK FAILED: " + e.getMessage());
            e.printStackTrace();
        } finally {
            stop.run();
            afterStop.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
            if (ok && !results.keep()) {
                deleteTree(work);
            } else {
                out.println("Kept " + work + " " + results.keptContents());
            }
        }
        System.exit(ok ? 0 : 1);
    }

    /** Deletes a temporary directory, best effort. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: it is a temporary directory
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
