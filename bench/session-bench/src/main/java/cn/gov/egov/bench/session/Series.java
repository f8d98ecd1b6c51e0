package cn.gov.egov.bench.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The readings of one page kind at growing numbers of live sessions, and what they come to per session. */
final class Series {

    /** One reading at {@code sessions} measured sessions (warm-up sessions not counted). */
    record Point(int sessions, HeapProbe.Reading reading) {
    }

    /** One class's growth per session between the first and the last point. */
    record Growth(String className, double bytesPerSession, double instancesPerSession) {
    }

    final PageKind kind;
    final List<Point> points = new ArrayList<>();
    HeapProbe.Reading baseline;
    String note = "";

    Series(PageKind kind) {
        this.kind = kind;
    }

    /** Least-squares slope of heap used after GC against sessions, bytes per session. */
    double heapSlope() {
        return slope(points.stream().map(p -> new double[] {p.sessions(), p.reading().heapUsedBytes()}).toList());
    }

    /** Least-squares slope of the live bytes of the class histogram against sessions. */
    double liveSlope() {
        return slope(points.stream().map(p -> new double[] {p.sessions(), p.reading().liveBytes()}).toList());
    }

    /** Instances of a class per session between the first and last point (e.g. Vaadin UIs per session). */
    double instancesPerSession(String className) {
        if (points.size() < 2) {
            return Double.NaN;
        }
        Point first = points.getFirst();
        Point last = points.getLast();
        long a = count(first, className);
        long b = count(last, className);
        return (double) (b - a) / (last.sessions() - first.sessions());
    }

    private static long count(Point p, String className) {
        HeapProbe.ClassCount c = p.reading().classes().get(className);
        return c == null ? 0 : c.instances();
    }

    /** The classes that grew most in bytes between the first and the last point, per session. */
    List<Growth> topGrowth(int limit) {
        if (points.size() < 2) {
            return List.of();
        }
        Point first = points.getFirst();
        Point last = points.getLast();
        int n = last.sessions() - first.sessions();
        List<Growth> all = new ArrayList<>();
        for (Map.Entry<String, HeapProbe.ClassCount> e : last.reading().classes().entrySet()) {
            HeapProbe.ClassCount before = first.reading().classes().get(e.getKey());
            long bytes = e.getValue().bytes() - (before == null ? 0 : before.bytes());
            long instances = e.getValue().instances() - (before == null ? 0 : before.instances());
            all.add(new Growth(e.getKey(), (double) bytes / n, (double) instances / n));
        }
        all.sort(Comparator.comparingDouble(Growth::bytesPerSession).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    static double slope(List<double[]> xy) {
        if (xy.size() < 2) {
            return Double.NaN;
        }
        double mx = xy.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = xy.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : xy) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxy / sxx;
    }
}
