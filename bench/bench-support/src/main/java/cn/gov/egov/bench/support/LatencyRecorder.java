package cn.gov.egov.bench.support;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/** Latencies of one kind of call, in microseconds with three significant digits (HdrHistogram). */
public final class LatencyRecorder {

    /** The figures of one recorder, in milliseconds. */
    public record Summary(String name, long count, double p50, double p90, double p99, double max) {
    }

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final String name;
    private final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);

    public LatencyRecorder(String name) {
        this.name = name;
    }

    /** As {@link #record}, from many threads at once. */
    public synchronized void recordConcurrently(long nanos) {
        record(nanos);
    }

    public void record(long nanos) {
        long micros = Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos));
        histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
    }

    /** Adds every value of {@code other} (to sum up phases). */
    public synchronized void add(LatencyRecorder other) {
        histogram.add(other.histogram);
    }

    public synchronized long count() {
        return histogram.getTotalCount();
    }

    public synchronized Summary summary() {
        if (histogram.getTotalCount() == 0) {
            return new Summary(name, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Summary(name, histogram.getTotalCount(), ms(histogram.getValueAtPercentile(50)),
                ms(histogram.getValueAtPercentile(90)), ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
