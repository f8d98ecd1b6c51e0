package cn.gov.egov.bench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A few browsers, each driven by its own thread (Playwright objects belong to the thread that made them), that open
 * sessions side by side: on a shared, busy machine one browser signing in learners one after another gets too
 * little of the CPU to open hundreds of sessions in reasonable time. Each browser still opens its share one at a
 * time and waits for each page.
 */
final class OpenerPool implements AutoCloseable {

    private final List<ExecutorService> threads = new ArrayList<>();
    private final List<BrowserSessions> browsers = new ArrayList<>();

    OpenerPool(int size) throws InterruptedException, ExecutionException {
        for (int i = 0; i < size; i++) {
            int n = i;
            ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "browser-" + n));
            threads.add(thread);
            browsers.add(thread.submit(BrowserSessions::new).get());
        }
    }

    String version() throws InterruptedException, ExecutionException {
        return threads.getFirst().submit(browsers.getFirst()::version).get();
    }

    /** Opens sessions {@code from} (inclusive) to {@code to} (exclusive), spread over the browsers; waits for all. */
    void open(int from, int to, OpenTask task) throws InterruptedException, ExecutionException {
        List<Future<?>> futures = new ArrayList<>();
        for (int b = 0; b < browsers.size(); b++) {
            int first = from + b;
            BrowserSessions browser = browsers.get(b);
            int step = browsers.size();
            futures.add(threads.get(b).submit(() -> {
                for (int i = first; i < to; i += step) {
                    task.open(browser, i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /**
     * Tells every browser that memory is critically short, so that its renderers drop caches (the pages and their
     * Vaadin sessions stay as they are): 200 live contexts per browser otherwise take several GB.
     */
    void purgeBrowserMemory() throws InterruptedException, ExecutionException {
        List<Future<?>> futures = new ArrayList<>();
        for (int b = 0; b < browsers.size(); b++) {
            futures.add(threads.get(b).submit(browsers.get(b)::purgeMemory));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    void closeAll() throws InterruptedException, ExecutionException {
        List<Future<?>> futures = new ArrayList<>();
        for (int b = 0; b < browsers.size(); b++) {
            futures.add(threads.get(b).submit(browsers.get(b)::closeAll));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /** Opens session {@code index} in {@code browser}. */
    @FunctionalInterface
    interface OpenTask {
        void open(BrowserSessions browser, int index) throws Exception;
    }

    @Override
    public void close() {
        for (int b = 0; b < browsers.size(); b++) {
            BrowserSessions browser = browsers.get(b);
            try {
                threads.get(b).submit(browser::close).get();
            } catch (InterruptedException | ExecutionException | RuntimeException ignored) {
                // closing anyway
            }
            threads.get(b).shutdownNow();
        }
    }
}
