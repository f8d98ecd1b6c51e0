package cn.gov.egov.portal.learning.exam.attempt;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One generator shared by concurrent requests. Most generators (SplittableRandom, the L64X128 family) are not
 * thread-safe: raced, two threads can draw the same values — the same attempt id, the same paper. Every draw here
 * goes through one lock ({@link java.security.SecureRandom}, the production choice, is safe anyway; the lock costs
 * little next to it).
 */
final class SharedRandom implements RandomGenerator {

    private final RandomGenerator delegate;

    SharedRandom(RandomGenerator delegate) {
        this.delegate = Objects.requireNonNull(delegate, "random");
    }

    @Override
    public synchronized long nextLong() {
        return delegate.nextLong();
    }

    @Override
    public synchronized int nextInt() {
        return delegate.nextInt();
    }
}
