import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load and the checks of deploy/test-cluster.sh (run as a single-file program: java ClusterLoad.java).
 *
 * Clients reach three gateway instances through nginx; one instance is SIGKILLed mid-load. Readers walk
 * their tenant's whole candidate list with unified cursors (so successive pages land on different
 * instances) and call the passthrough; writers create candidates with an Idempotency-Key and retry a
 * failed attempt with the same key, as a client must. Meanwhile: a token revoked through one instance
 * must be refused by all within the auth-cache TTL, and one tenant's rate limit must hold across the
 * three. Afterwards every write is checked upstream: exactly one candidate per key.
 *
 * Settings come as system properties (-Dname=value); see deploy/test-cluster.sh. Exit status 0 only when
 * every check passed; the last line is "cluster: N passed, M failed".
 */
public class ClusterLoad {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    // ---------------------------------------------------------------- settings
    static final String LB = prop("lb");
    static final List<String> INSTANCES = List.of(prop("instances").split(","));
    static final String VICTIM = prop("victim"); // host:port of the instance to kill, as nginx names it
    static final long VICTIM_PID = Long.parseLong(prop("victimPid"));
    static final String SANDBOX = prop("sandbox");
    static final String ADMIN = prop("admin");
    static final List<String> READER_KEYS = List.of(prop("readerKeys").split(","));
    static final List<String> WRITER_KEYS = List.of(prop("writerKeys").split(","));
    static final String REVOKE_KEY = prop("revokeKey");
    static final String LIMIT_KEY = prop("limitKey");
    /** psql command line for the gateways' database, to read what PostgreSQL did during the load. */
    static final String PSQL = prop("psql");
    static final Duration DURATION = Duration.ofSeconds(Long.parseLong(prop("duration")));
    static final Duration KILL_AT = Duration.ofSeconds(Long.parseLong(prop("killAt")));
    static final Duration CACHE_TTL = Duration.ofSeconds(Long.parseLong(prop("cacheTtlSeconds")));
    static final long RPS = Long.parseLong(prop("rps"));
    static final long BURST = Long.parseLong(prop("burst"));
    static final long MAX_UNSYNCED = Long.parseLong(prop("maxUnsynced"));
    /** Pace of one worker, kept under the per-tenant limit so that load is never throttled. */
    static final long MIN_INTERVAL_MS = 1000 / Math.max(1, RPS * 3 / 5);
    static final Duration WRITE_GIVE_UP = Duration.ofSeconds(90);
    /** How long after the victim's sockets closed nginx may still hand it a request on a cached connection. */
    static final Duration KILL_WINDOW = Duration.ofMillis(500);

    // ---------------------------------------------------------------- what happened
    static final long T0 = System.nanoTime();
    /** When the load began (nanoTime): the timeline (checks, kill, end) counts from here. */
    static volatile long loadStart = T0;
    static volatile long killedAt = Long.MAX_VALUE; // nanoTime
    /** When the killed instance's sockets were closed, the process gone (nanoTime). */
    static volatile long goneAt = Long.MAX_VALUE;
    static final AtomicBoolean stop = new AtomicBoolean();
    static final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    /** Requests sent to an instance directly (not through nginx) during the load. */
    static final AtomicInteger directDuringLoad = new AtomicInteger();
    static final List<String> passed = new ArrayList<>();
    static final List<String> failed = new ArrayList<>();

    /** One HTTP exchange through nginx: when, what, which instances nginx tried, and how it ended. */
    record Call(String kind, long start, long end, int status, String upstreams, String error, String body) {

        String describe() {
            return String.format("%s %d via %s, %+d..%+d ms around the kill%s%s", kind, status, upstreams,
                    (start - killedAt) / 1_000_000, (end - killedAt) / 1_000_000,
                    error == null ? "" : " " + error,
                    body == null ? "" : " " + body.replaceAll("\\s+", " "));
        }

        boolean succeeded() {
            return error == null && status >= 200 && status < 300;
        }

        boolean firstTriedVictim() {
            return upstreams != null && upstreams.split(",")[0].trim().equals(VICTIM);
        }

        boolean triedVictim() {
            return upstreams != null && upstreams.contains(VICTIM);
        }

        /**
         * Sent to the victim before its sockets closed (or just after, before nginx noticed), answered after the kill.
         * A response cut mid-body reaches the client as an I/O error with no headers to name the instance: nginx had
         * begun relaying the dead instance's answer (the other two stay up; the script checks it), so it counts here.
         */
        boolean inFlightAtKill() {
            boolean spansKill = start < goneAt + KILL_WINDOW.toNanos() && end > killedAt;
            return spansKill && (firstTriedVictim() || (upstreams == null && error != null));
        }
    }

    record Answer(int status, String body, Map<String, String> headers) {}

    public static void main(String[] args) throws Exception {
        log("onboarding tenants through the load balancer");
        Map<String, Tenant> readers = new LinkedHashMap<>();
        for (String key : READER_KEYS) {
            readers.put(key, onboard(key));
        }
        Map<String, Tenant> writers = new LinkedHashMap<>();
        for (String key : WRITER_KEYS) {
            writers.put(key, onboard(key));
        }
        Tenant revoked = onboard(REVOKE_KEY);
        Tenant limited = onboard(LIMIT_KEY);

        checkTenantsOnEveryInstance(concat(readers.values(), writers.values(), List.of(revoked, limited)));

        Map<String, Set<String>> truth = new LinkedHashMap<>();
        for (String key : READER_KEYS) {
            truth.put(key, sandboxCandidateIds(key));
        }
        log("ground truth: " + truth.values().stream().mapToInt(Set::size).sum() + " candidates in "
                + truth.size() + " reader organisations (read from the sandbox directly)");

        // ------------------------------------------------------------ load
        AtomicInteger traversals = new AtomicInteger();
        AtomicInteger traversalsAcrossInstances = new AtomicInteger();
        List<String> traversalProblems = new CopyOnWriteList<>();
        List<Write> writes = new CopyOnWriteList<>();
        ExecutorService pool = Executors.newCachedThreadPool();
        long[] databaseBefore = databaseCounters();
        int callsBefore = calls.size();
        loadStart = System.nanoTime();
        CountDownLatch done = new CountDownLatch(readers.size() + writers.size());
        readers.forEach((key, tenant) -> pool.submit(() -> {
            try {
                readLoop(tenant, truth.get(key), traversals, traversalsAcrossInstances, traversalProblems);
            } catch (Throwable e) {
                traversalProblems.add("reader " + key + " crashed: " + e);
            } finally {
                done.countDown();
            }
        }));
        writers.forEach((key, tenant) -> pool.submit(() -> {
            try {
                writeLoop(key, tenant, writes);
            } catch (Throwable e) {
                writes.add(new Write("crash-" + key, key, null, 0, "writer crashed: " + e));
            } finally {
                done.countDown();
            }
        }));
        log("load: " + readers.size() + " reader and " + writers.size() + " writer clients for " + DURATION.toSeconds()
                + " s; instance " + VICTIM + " is killed at " + KILL_AT.toSeconds() + " s");

        sleepUntil(Duration.ofSeconds(3));
        checkRateLimitAcrossInstances(limited);
        sleepUntil(Duration.ofSeconds(6));
        checkRevocationAcrossInstances(revoked);

        sleepUntil(KILL_AT);
        ProcessHandle victim = ProcessHandle.of(VICTIM_PID).orElseThrow(() -> new IllegalStateException(
                "no process " + VICTIM_PID));
        killedAt = System.nanoTime();
        victim.destroyForcibly(); // SIGKILL: no drain, whatever it was serving is cut
        // Until the kernel has closed its sockets (the process has exited), the instance still accepts connections.
        String[] hostPort = VICTIM.split(":");
        while (System.nanoTime() - killedAt < Duration.ofSeconds(30).toNanos()) {
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 200);
            } catch (IOException refused) {
                break;
            }
            pause(10);
        }
        goneAt = System.nanoTime();
        log("killed instance " + VICTIM + " (pid " + VICTIM_PID + ", SIGKILL) " + (killedAt - loadStart) / 1_000_000_000
                + " s into the load; its sockets were closed " + (goneAt - killedAt) / 1_000_000 + " ms later");

        sleepUntil(DURATION);
        stop.set(true);
        log("load over: waiting for writes still retrying");
        done.await();
        pool.shutdown();
        // PostgreSQL publishes an idle backend's statistics within 10 s (PGSTAT_IDLE_INTERVAL).
        Thread.sleep(11_000);
        long[] databaseAfter = databaseCounters();
        int gatewayRequests = calls.size() - callsBefore + directDuringLoad.get();
        int writesDone = writes.size();

        // ------------------------------------------------------------ after the load
        List<String> survivors = INSTANCES.stream().filter(url -> !url.endsWith(VICTIM)).toList();
        checkTenantsOnInstances(concat(readers.values(), writers.values(), List.of(limited)), survivors);
        check(traversalProblems.isEmpty() && traversals.get() > 0,
                "cursors: " + traversals.get() + " complete traversals, each exactly its tenant's candidates ("
                        + traversalsAcrossInstances.get() + " of them served by more than one instance)",
                String.join("; ", traversalProblems.stream().limit(5).toList()));
        checkWrites(writes, writers);
        report();
        reportDatabase(databaseBefore, databaseAfter, gatewayRequests, writesDone);
        summary();
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    // ---------------------------------------------------------------- readers and writers

    static void readLoop(
            Tenant tenant,
            Set<String> truth,
            AtomicInteger traversals,
            AtomicInteger acrossInstances,
            List<String> problems) {
        while (!stop.get()) {
            Set<String> seen = new HashSet<>();
            Set<String> instances = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            String cursor = null;
            boolean complete = false;
            while (!stop.get()) {
                String path = "/unified/ats/candidates?limit=10"
                        + (cursor == null ? "" : "&next_cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                Answer page = retryingRead("unified-list", "GET", path, tenant.token(), null);
                if (page == null) {
                    return;
                }
                instances.add(page.headers().getOrDefault("x-upstream", "?"));
                Map<String, Object> json = Json.object(page.body());
                for (Object item : (List<?>) json.get("result")) {
                    String id = (String) ((Map<?, ?>) item).get("id");
                    if (!seen.add(id)) {
                        duplicates.add(id);
                    }
                }
                cursor = (String) json.get("next_cursor");
                if (cursor == null) {
                    complete = true;
                    break;
                }
                if (ThreadLocalRandomHolder.nextInt(4) == 0) {
                    Answer proxied = retryingRead(
                            "passthrough", "POST", "/proxy/ashby/candidate.list", tenant.token(), "{\"limit\":5}");
                    if (proxied != null && !proxied.body().contains("\"success\":true")) {
                        problems.add("passthrough answered " + proxied.body());
                    }
                }
            }
            if (complete) {
                traversals.incrementAndGet();
                if (instances.size() > 1) {
                    acrossInstances.incrementAndGet();
                }
                if (!duplicates.isEmpty() || !seen.equals(truth)) {
                    Set<String> foreign = new HashSet<>(seen);
                    foreign.removeAll(truth);
                    Set<String> missing = new HashSet<>(truth);
                    missing.removeAll(seen);
                    problems.add(tenant.key() + ": traversal with " + duplicates.size() + " duplicates, "
                            + missing.size() + " missing, " + foreign.size() + " not of this tenant");
                }
            }
        }
    }

    /**
     * A read through nginx, repeated after a failure: only calls the victim was serving when it died may
     * fail (the caller's retry then lands elsewhere); every other failure is recorded as unexpected by
     * {@link #report()}. Null when the load ended first.
     */
    static Answer retryingRead(String kind, String method, String path, String token, String body) {
        for (int attempt = 0; attempt < 20 && !stop.get(); attempt++) {
            Answer answer = send(kind, LB + path, method, token, body, Map.of());
            if (answer != null && answer.status() == 200) {
                return answer;
            }
            pause(answer != null && answer.status() == 429 ? 1000 : 200);
        }
        return null;
    }

    /** One idempotent write: its key, the candidate it created, and how many attempts it took. */
    record Write(String key, String tenantKey, String candidateId, int attempts, String problem) {}

    static void writeLoop(String tenantKey, Tenant tenant, List<Write> writes) {
        while (!stop.get()) {
            String key = UUID.randomUUID().toString();
            String body = "{\"name\":\"Cluster Writer " + key.substring(0, 8) + "\",\"emails\":[{\"email\":\"" + key
                    + "@cluster.test\",\"is_primary\":true}]}";
            long deadline = System.nanoTime() + WRITE_GIVE_UP.toNanos();
            int attempts = 0;
            String problem = "gave up after " + WRITE_GIVE_UP.toSeconds() + " s";
            String id = null;
            while (System.nanoTime() < deadline) {
                attempts++;
                Answer answer = send(
                        "write",
                        LB + "/unified/ats/candidates",
                        "POST",
                        tenant.token(),
                        body,
                        Map.of("Idempotency-Key", key));
                if (answer != null && (answer.status() == 201 || answer.status() == 200)) {
                    id = (String) ((Map<?, ?>) Json.object(answer.body()).get("result")).get("id");
                    problem = null;
                    break;
                }
                if (answer != null && answer.status() != 409 && answer.status() != 429 && answer.status() < 500) {
                    problem = "refused: " + answer.status() + " " + answer.body();
                    break;
                }
                // Connection failure, 5xx, or 409 while the attempt the dead instance held keeps the key leased.
                pause(answer != null && answer.status() == 429 ? 1000 : 250);
            }
            writes.add(new Write(key, tenantKey, id, attempts, problem));
        }
    }

    // ---------------------------------------------------------------- checks during the load

    static void checkTenantsOnEveryInstance(List<Tenant> tenants) {
        checkTenantsOnInstances(tenants, INSTANCES);
    }

    static void checkTenantsOnInstances(List<Tenant> tenants, List<String> instances) {
        List<String> problems = new ArrayList<>();
        for (Tenant tenant : tenants) {
            for (String instance : instances) {
                Answer answer = direct(instance, "GET", "/unified/ats/no-such-resource", tenant.token());
                if (answer == null || answer.status() != 404) {
                    problems.add(tenant.key() + " on " + instance + ": "
                            + (answer == null ? "no answer" : answer.status()));
                }
            }
        }
        check(problems.isEmpty(),
                "tenants: " + tenants.size() + " tenants onboarded through the load balancer are known to each of "
                        + instances.size() + " instances",
                String.join(", ", problems));
    }

    static void checkRateLimitAcrossInstances(Tenant tenant) throws Exception {
        int total = 150;
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService blast = Executors.newFixedThreadPool(12);
        long start = System.nanoTime();
        for (int thread = 0; thread < 12; thread++) {
            blast.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    Answer answer = direct(
                            INSTANCES.get(i % INSTANCES.size()), "GET", "/unified/ats/no-such-resource", tenant.token());
                    if (answer != null && answer.status() == 404) {
                        admitted.incrementAndGet();
                    } else if (answer != null && answer.status() == 429) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        blast.shutdown();
        blast.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bound = BURST + (long) Math.ceil(RPS * seconds) + INSTANCES.size() * MAX_UNSYNCED;
        long unshared = Math.min(total, INSTANCES.size() * (BURST + (long) Math.floor(RPS * seconds)));
        check(admitted.get() <= bound && admitted.get() >= BURST / 2 && admitted.get() + refused.get() == total,
                String.format(
                        "rate limit: %d requests over %.1f s spread over %d instances: %d admitted, %d refused (429);"
                                + " one shared bucket allows at most %d (burst %d + %d/s + %d x %d unsynced),"
                                + " separate buckets would admit %d",
                        total, seconds, INSTANCES.size(), admitted.get(), refused.get(), bound, BURST, RPS,
                        INSTANCES.size(), MAX_UNSYNCED, unshared),
                "admitted outside [" + BURST / 2 + ", " + bound + "] or answers other than 404/429");
    }

    static void checkRevocationAcrossInstances(Tenant tenant) throws Exception {
        for (String instance : INSTANCES) {
            direct(instance, "GET", "/unified/ats/no-such-resource", tenant.token()); // each caches the token
        }
        Answer tokens = send("admin", LB + "/admin/tenants/" + tenant.id() + "/tokens", "GET", ADMIN, null, Map.of());
        String tokenId = (String) ((Map<?, ?>) ((List<?>) Json.object(tokens.body()).get("result")).get(0)).get("id");
        Answer revoke = send(
                "admin", LB + "/admin/tenants/" + tenant.id() + "/tokens/" + tokenId, "DELETE", ADMIN, null, Map.of());
        long revokedAt = System.nanoTime(); // committed: from here each instance may serve the token for one TTL at most
        // The guarantee, independent of how slow the machine is: no request that *starts* more than one TTL after
        // the revocation is accepted, on any instance. Each instance is polled until it refuses the token.
        Map<String, Long> refusedAfter = new LinkedHashMap<>();
        long lastAccepted = Long.MIN_VALUE;
        while (refusedAfter.size() < INSTANCES.size()
                && System.nanoTime() - revokedAt < CACHE_TTL.plusSeconds(10).toNanos()) {
            for (String instance : INSTANCES) {
                if (refusedAfter.containsKey(instance)) {
                    continue;
                }
                long start = System.nanoTime();
                Answer answer = direct(instance, "GET", "/unified/ats/no-such-resource", tenant.token());
                if (answer != null && answer.status() == 401) {
                    refusedAfter.put(instance, (start - revokedAt) / 1_000_000);
                } else if (answer != null && answer.status() == 404) {
                    lastAccepted = Math.max(lastAccepted, (start - revokedAt) / 1_000_000);
                }
            }
            pause(50);
        }
        boolean allRefused = refusedAfter.size() == INSTANCES.size();
        List<String> latencies = new ArrayList<>();
        for (String instance : INSTANCES) {
            Long after = refusedAfter.get(instance);
            latencies.add(instance.replaceAll(".*:", ":") + " " + (after == null ? "never" : after + " ms"));
        }
        check(revoke != null && revoke.status() == 204 && allRefused && lastAccepted < CACHE_TTL.toMillis(),
                "revocation: a token revoked through the load balancer is refused by every instance (first refusal "
                        + String.join(", ", latencies) + " after the revocation); the last request still accepted"
                        + " started " + (lastAccepted == Long.MIN_VALUE ? "before it" : lastAccepted + " ms after it")
                        + ", within the auth-cache TTL of " + CACHE_TTL.toMillis() + " ms",
                "revoke answered " + (revoke == null ? "nothing" : revoke.status()));
    }

    // ---------------------------------------------------------------- checks after the load

    static void checkWrites(List<Write> writes, Map<String, Tenant> writers) {
        int failedWrites = 0;
        int retried = 0;
        List<String> problems = new ArrayList<>();
        for (Write write : writes) {
            if (write.attempts() > 1) {
                retried++;
            }
            String problem = write.problem();
            if (problem == null) {
                // Upstream, straight from the sandbox: exactly one candidate carries this key's address.
                Answer search = sandbox(
                        write.tenantKey(),
                        "candidate.search",
                        "{\"email\":\"" + write.key() + "@cluster.test\"}");
                List<?> found = search == null ? List.of() : (List<?>) Json.object(search.body()).get("results");
                if (found.size() != 1) {
                    problem = found.size() + " candidates upstream";
                } else if (!write.candidateId().equals(((Map<?, ?>) found.get(0)).get("id"))) {
                    problem = "the client was given " + write.candidateId() + ", upstream holds "
                            + ((Map<?, ?>) found.get(0)).get("id");
                }
            }
            if (problem != null) {
                failedWrites++;
                problems.add(write.key() + ": " + problem);
            }
        }
        // Replays: every retried write, and a few others, answer the same candidate from any instance.
        int replays = 0;
        int badReplays = 0;
        for (Write write : writes) {
            if (write.problem() != null || (write.attempts() == 1 && replays >= 10)) {
                continue;
            }
            replays++;
            String body = "{\"name\":\"Cluster Writer " + write.key().substring(0, 8) + "\",\"emails\":[{\"email\":\""
                    + write.key() + "@cluster.test\",\"is_primary\":true}]}";
            Answer replay = send(
                    "replay",
                    LB + "/unified/ats/candidates",
                    "POST",
                    writers.get(write.tenantKey()).token(),
                    body,
                    Map.of("Idempotency-Key", write.key()));
            if (replay == null
                    || !"true".equals(replay.headers().get("idempotent-replayed"))
                    || !replay.body().contains(write.candidateId())) {
                badReplays++;
                problems.add(write.key() + ": replay answered "
                        + (replay == null ? "nothing" : replay.status() + " " + replay.headers().get("idempotent-replayed")));
            }
        }
        check(!writes.isEmpty() && failedWrites == 0 && badReplays == 0,
                "idempotent writes: " + writes.size() + " creations with an Idempotency-Key, " + retried
                        + " of them retried by the client, " + failedWrites + " failed (each key holds exactly one"
                        + " candidate upstream, the one its client was given); " + replays
                        + " replays through the load balancer returned the same candidate",
                String.join("; ", problems.stream().limit(5).toList()));
    }

    static void report() {
        List<Call> all = new ArrayList<>(calls);
        long failures = all.stream().filter(call -> !call.succeeded() && call.status() != 429).count();
        List<Call> inFlight = all.stream().filter(Call::inFlightAtKill).toList();
        long inFlightFailed = inFlight.stream().filter(call -> !call.succeeded()).count();
        long inFlightResent = inFlight.stream().filter(Call::succeeded).count();
        long routedAround = all.stream()
                .filter(call -> call.start() >= goneAt + KILL_WINDOW.toNanos() && call.triedVictim())
                .count();
        List<Call> unexpected = all.stream()
                .filter(call -> !call.succeeded() && call.status() != 429 && !call.inFlightAtKill())
                // A retried write meets 409 while the attempt the dead instance held keeps its key leased.
                .filter(call -> !(call.kind().equals("write") && call.status() == 409 && call.start() >= killedAt))
                .toList();
        long inProgress = all.stream()
                .filter(call -> call.kind().equals("write") && call.status() == 409)
                .count();
        long throttled = all.stream().filter(call -> call.status() == 429).count();
        Map<String, long[]> byKind = new LinkedHashMap<>();
        for (Call call : all) {
            long[] counts = byKind.computeIfAbsent(call.kind(), kind -> new long[3]);
            counts[0]++;
            counts[call.succeeded() ? 1 : 2]++;
        }
        double seconds = DURATION.toSeconds();
        System.out.println();
        System.out.println("== Crosswalk cluster test: 3 instances behind nginx, one PostgreSQL, one instance killed");
        System.out.printf("   requests through nginx: %d (%.0f/s), failed to the client: %d%n", all.size(), all.size() / seconds, failures);
        byKind.forEach((kind, counts) ->
                System.out.printf("     %-13s %7d requests, %7d succeeded, %5d failed%n", kind, counts[0], counts[1], counts[2]));
        Map<String, Long> byInstance = new java.util.TreeMap<>();
        for (Call call : all) {
            if (call.succeeded() && call.upstreams() != null) {
                String[] tried = call.upstreams().split(",");
                String last = tried[tried.length - 1].trim();
                byInstance.merge(last.equals(VICTIM) ? last + " (killed)" : last, 1L, Long::sum);
            }
        }
        System.out.println("   answered by instance: " + byInstance);
        System.out.printf("   killed instance: %d requests in flight on it at the kill (sent before its sockets closed): %d failed to the client"
                + " (non-idempotent for nginx, retried by the client), %d re-sent by nginx to another instance%n",
                inFlight.size(), inFlightFailed, inFlightResent);
        System.out.printf("   after the kill: %d requests nginx first tried on the dead instance and passed on;"
                + " 409 in progress (a write's key still leased by the dead instance): %d; 429: %d%n",
                routedAround, inProgress, throttled);
        check(unexpected.isEmpty(),
                "only requests in flight on the killed instance failed (" + inFlightFailed + " of " + all.size()
                        + "); unexpected failures: " + unexpected.size(),
                unexpected.stream().limit(5).map(Call::describe).reduce("", (a, b) -> a + "\n      " + b));
    }

    static void summary() {
        System.out.println();
        passed.forEach(line -> System.out.println("   PASS " + line));
        failed.forEach(line -> System.out.println("   FAIL " + line));
        System.out.println("cluster: " + passed.size() + " passed, " + failed.size() + " failed");
    }

    /**
     * Commits, rows inserted and updated in the gateways' database; rate-limit bucket updates and
     * idempotency records inserted and updated (pg_stat_database, pg_stat_user_tables).
     */
    static long[] databaseCounters() throws Exception {
        String sql = "select d.xact_commit, d.tup_inserted, d.tup_updated,"
                + " (select n_tup_upd + n_tup_ins from pg_stat_user_tables where relname = 'rate_limit_bucket'),"
                + " (select n_tup_ins from pg_stat_user_tables where relname = 'idempotency_record'),"
                + " (select n_tup_upd from pg_stat_user_tables where relname = 'idempotency_record')"
                + " from pg_stat_database d where d.datname = current_database()";
        List<String> command = new ArrayList<>(List.of(PSQL.split(" ")));
        command.addAll(List.of("-A", "-t", "-F", " ", "-c", sql));
        Process psql = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql: " + out);
        }
        String[] fields = out.split(" ");
        long[] counters = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
            counters[i] = fields[i].isEmpty() ? 0 : Long.parseLong(fields[i]);
        }
        return counters;
    }

    static void reportDatabase(long[] before, long[] after, int requests, int writes) {
        long[] delta = new long[before.length];
        for (int i = 0; i < before.length; i++) {
            delta[i] = after[i] - before[i];
        }
        System.out.printf("   PostgreSQL during the load (%d gateway requests, %d idempotent creations):"
                        + " %d commits (%.2f per request), %d rows inserted, %d updated%n",
                requests, writes, delta[0], delta[0] / (double) requests, delta[1], delta[2]);
        System.out.printf("     rate-limit bucket writes: %d (%.2f per request; a tenant's requests on one instance"
                        + " sync when 5 are unsynced or 250 ms have passed, and here each instance sees about %.1f"
                        + " requests a second per tenant, so nearly each one syncs)%n",
                delta[3], delta[3] / (double) requests, RPS * 3 / 5 / (double) INSTANCES.size());
        System.out.printf("     idempotency records: %d inserted, %d updated (%.2f + %.2f per creation)%n",
                delta[4], delta[5], delta[4] / (double) Math.max(1, writes), delta[5] / (double) Math.max(1, writes));
    }

    // ---------------------------------------------------------------- HTTP

    record Tenant(String key, String id, String token) {}

    static Tenant onboard(String key) {
        Answer answer = send(
                "admin",
                LB + "/admin/tenants",
                "POST",
                ADMIN,
                "{\"name\":\"cluster " + key + "\",\"ashby_api_key\":\"" + key + "\"}",
                Map.of());
        if (answer == null || answer.status() != 201) {
            throw new IllegalStateException("onboarding " + key + ": " + (answer == null ? "no answer" : answer.body()));
        }
        Map<?, ?> result = (Map<?, ?>) Json.object(answer.body()).get("result");
        return new Tenant(key, (String) result.get("id"), (String) result.get("api_token"));
    }

    static Set<String> sandboxCandidateIds(String key) {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            Answer page = sandbox(key, "candidate.list",
                    "{\"limit\":100" + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "}");
            Map<String, Object> json = Json.object(page.body());
            for (Object item : (List<?>) json.get("results")) {
                ids.add((String) ((Map<?, ?>) item).get("id"));
            }
            cursor = Boolean.TRUE.equals(json.get("moreDataAvailable")) ? (String) json.get("nextCursor") : null;
        } while (cursor != null);
        return ids;
    }

    static Answer sandbox(String key, String method, String body) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        return exchange(SANDBOX + "/" + method, "POST", basic, body, Map.of());
    }

    static Answer direct(String instance, String method, String path, String token) {
        if (loadStart != T0) {
            directDuringLoad.incrementAndGet();
        }
        return exchange(instance + path, method, "Bearer " + token, null, Map.of());
    }

    /** Through nginx, paced per worker, recorded. */
    static Answer send(String kind, String url, String method, String bearer, String body, Map<String, String> headers) {
        pace();
        long start = System.nanoTime();
        Answer answer = null;
        String error = null;
        try {
            answer = exchangeOrThrow(url, method, "Bearer " + bearer, body, headers);
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        calls.add(new Call(
                kind,
                start,
                System.nanoTime(),
                answer == null ? 0 : answer.status(),
                answer == null ? null : answer.headers().get("x-upstream"),
                error,
                answer == null || answer.status() < 300
                        ? null
                        : answer.body().substring(0, Math.min(200, answer.body().length()))));
        return answer;
    }

    static final ThreadLocal<long[]> LAST = ThreadLocal.withInitial(() -> new long[1]);

    static void pace() {
        long[] last = LAST.get();
        long wait = MIN_INTERVAL_MS - (System.nanoTime() - last[0]) / 1_000_000;
        if (wait > 0) {
            pause(wait);
        }
        last[0] = System.nanoTime();
    }

    static Answer exchange(String url, String method, String authorization, String body, Map<String, String> headers) {
        try {
            return exchangeOrThrow(url, method, authorization, body, headers);
        } catch (IOException e) {
            return null;
        }
    }

    static Answer exchangeOrThrow(
            String url, String method, String authorization, String body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> names = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> names.put(name.toLowerCase(), String.join(",", values)));
            return new Answer(response.statusCode(), response.body(), names);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    // ---------------------------------------------------------------- small things

    static void check(boolean ok, String what, String detail) {
        if (ok) {
            passed.add(what);
        } else {
            failed.add(what + (detail == null || detail.isEmpty() ? "" : "\n      " + detail));
        }
        log((ok ? "PASS " : "FAIL ") + what);
    }

    static String prop(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("missing -D" + name);
        }
        return value;
    }

    /** Until that long after the load began. */
    static void sleepUntil(Duration sinceLoadStart) throws InterruptedException {
        long wait = sinceLoadStart.toMillis() - (System.nanoTime() - loadStart) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String message) {
        System.err.printf("[cluster %6.1fs] %s%n", (System.nanoTime() - T0) / 1e9, message);
    }

    @SafeVarargs
    static <T> List<T> concat(java.util.Collection<? extends T>... parts) {
        List<T> all = new ArrayList<>();
        for (java.util.Collection<? extends T> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static final class ThreadLocalRandomHolder {
        static int nextInt(int bound) {
            return java.util.concurrent.ThreadLocalRandom.current().nextInt(bound);
        }
    }

    static final class CopyOnWriteList<T> extends java.util.concurrent.CopyOnWriteArrayList<T> {}

    /** Just enough JSON for the gateway's and the sandbox's answers: objects, arrays, strings, numbers, literals. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length() || !(value instanceof Map)) {
                throw new IllegalArgumentException("not a JSON object: " + text);
            }
            return (Map<String, Object>) value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                while (true) {
                    space();
                    String name = string();
                    space();
                    expect(':');
                    map.put(name, value());
                    space();
                    if (text.charAt(at) == ',') {
                        at++;
                    } else {
                        expect('}');
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    space();
                    if (text.charAt(at) == ',') {
                        at++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + at);
            }
            return Double.valueOf(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + " in " + text);
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
