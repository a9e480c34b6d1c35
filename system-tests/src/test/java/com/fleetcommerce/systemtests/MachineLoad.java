package com.fleetcommerce.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * How busy the machine's CPUs are, from Linux's {@code /proc/stat}: for benchmarks that should start measuring only
 * once a freshly started fleet has settled (startup compilation, demo data, consumer groups joining).
 */
final class MachineLoad {

    private static final Path STAT = Path.of("/proc/stat");
    private static final Duration WINDOW = Duration.ofSeconds(5);

    private MachineLoad() {
    }

    /**
     * Samples the machine in 5 s windows until one is below {@code busyBelow} (a fraction of all CPUs) or
     * {@code atMost} has passed.
     *
     * @return the last window's busy fraction; NaN where {@code /proc/stat} does not exist (then without waiting)
     */
    static double awaitQuiet(double busyBelow, Duration atMost) throws IOException, InterruptedException {
        if (!Files.isReadable(STAT)) {
            return Double.NaN;
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        double busy;
        do {
            long[] before = cpuTicks();
            Thread.sleep(WINDOW);   // the measurement window, not a wait for some event
            long[] after = cpuTicks();
            busy = busyFraction(before, after);
        } while (busy >= busyBelow && System.nanoTime() < deadline);
        return busy;
    }

    /** The first line of /proc/stat: user nice system idle iowait irq softirq steal ... (ticks since boot). */
    private static long[] cpuTicks() throws IOException {
        String cpu = Files.readAllLines(STAT).getFirst();
        return Arrays.stream(cpu.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
    }

    private static double busyFraction(long[] before, long[] after) {
        long total = 0;
        long idle = 0;
        for (int i = 0; i < Math.min(8, after.length); i++) {
            long delta = after[i] - before[i];
            total += delta;
            if (i == 3 || i == 4) {
                idle += delta;
            }
        }
        return total == 0 ? 0 : 1 - (double) idle / total;
    }
}
