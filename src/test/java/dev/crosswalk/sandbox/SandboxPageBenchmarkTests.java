package dev.crosswalk.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: a measurement, run on demand with
 * {@code ./mvnw -q test -Dtest=SandboxPageBenchmarkTests -Dsandbox.benchmark=true}. It generates a
 * 100,000-candidate organisation, then serves pages of 100 candidates and applications straight
 * through the dispatcher (parse, validate, page, serialize; no HTTP) and prints the CPU time per
 * page. Nothing is asserted on timings: machines differ. The figures are written down in docs/sandbox.md.
 */
@EnabledIfSystemProperty(named = "sandbox.benchmark", matches = "true")
class SandboxPageBenchmarkTests {

    @Test
    void measure() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        SandboxProperties properties = new SandboxProperties(
                true,
                Map.of("bench", new SandboxProperties.Key("bench", "bench", 7L, 100_000, null, null, null, null, null)),
                null,
                null,
                null,
                null);
        SandboxTenants tenants = new SandboxTenants(properties, Clock.systemUTC());
        SandboxTenants.Tenant tenant = tenants.find("bench");
        SandboxOrganisation org = tenants.organisation(tenant);
        long generationMs = (System.nanoTime() - started) / 1_000_000;
        long generationCpuMs = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                "generated %,d candidates, %,d applications, %,d schedules, %,d notes in %,d ms "
                        + "(%,d ms CPU); retained heap ~%,d MB%n",
                org.candidates.size(),
                org.applications.size(),
                org.interviewSchedules.size(),
                org.notes.size(),
                generationMs,
                generationCpuMs,
                (heapAfter - heapBefore) >> 20);

        SandboxDispatcher dispatcher = new SandboxDispatcher(
                tenants,
                new SandboxPaging(
                        new SandboxCursor(Clock.systemUTC()),
                        properties.cursorTtl(),
                        properties.syncTokenTtl(),
                        properties.maxIncrementalChanges()));
        for (String method : new String[] {"candidate.list", "application.list"}) {
            // First pass: every record is rendered to JSON (and kept). Second pass: served from the rows.
            measure(dispatcher, tenant, method, "first traversal (records rendered)");
            measure(dispatcher, tenant, method, "later traversal (records' JSON kept)");
        }
    }

    /**
     * Walks the whole list in pages of 100, timing batches of 50 pages by the thread's CPU time.
     * The minimum batch is the figure least disturbed by other processes on a shared machine.
     */
    private static void measure(
            SandboxDispatcher dispatcher, SandboxTenants.Tenant tenant, String method, String label) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        byte[] first = "{\"limit\":100}".getBytes();
        byte[] request = first;
        List<Double> batches = new ArrayList<>();
        long bytes = 0;
        int pages = 0;
        boolean done = false;
        while (!done) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            int inBatch = 0;
            for (; inBatch < 50 && !done; inBatch++) {
                byte[] page = dispatcher.dispatch(method, tenant, SandboxKnobs.NONE, request);
                bytes += page.length;
                pages++;
                request = nextRequest(page, first);
                done = request == first;
            }
            batches.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000.0 / inBatch);
        }
        Collections.sort(batches);
        System.out.printf(
                "%s, %s: %,d pages of 100, CPU per page min %.0f µs, median %.0f µs, %,d bytes per page%n",
                method, label, pages, batches.get(0), batches.get(batches.size() / 2), bytes / pages);
    }

    private static byte[] nextRequest(byte[] page, byte[] first) {
        String text = new String(page, 0, Math.min(page.length, 4096));
        int tail = page.length - 400;
        String end = new String(page, Math.max(0, tail), page.length - Math.max(0, tail));
        int at = end.indexOf("\"nextCursor\":\"");
        if (at < 0 || text.isEmpty()) {
            return first;
        }
        int from = at + 14;
        String cursor = end.substring(from, end.indexOf('"', from));
        return ("{\"limit\":100,\"cursor\":\"" + cursor + "\"}").getBytes();
    }
}
