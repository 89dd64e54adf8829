package dev.crosswalk.unified.idempotency;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Makes unified writes safe to retry with an {@code Idempotency-Key} (kept per tenant in PostgreSQL
 * for {@code crosswalk.idempotency.retention}, default 24 h):
 * <ul>
 * <li>the same key and request replays the first answer (status and bytes) without calling the ATS;</li>
 * <li>the same key with another request → 422 {@code idempotency_key_mismatch};</li>
 * <li>the same key while the first attempt is still running → 409 {@code idempotency_request_in_progress};</li>
 * <li>when the first attempt's outcome is unknown (the ATS timed out or broke off), the retry runs the
 *     write's {@link Write#reconcile(Instant) reconcile} step, which looks for what the first attempt may have
 *     created before writing again, so a retry never makes a second record;</li>
 * <li>when the ATS answered with an error, nothing was written: the key is released and may be retried.</li>
 * </ul>
 * The ATS is never called twice for one attempt: writes are not retried by the gateway itself.
 */
@Service
public class IdempotentWrites {

    private static final Logger log = LoggerFactory.getLogger(IdempotentWrites.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** Upstream failures after which the write may or may not have happened at the ATS. */
    private static final Set<ProblemCode> OUTCOME_UNKNOWN =
            EnumSet.of(ProblemCode.UPSTREAM_TIMEOUT, ProblemCode.UPSTREAM_ERROR);

    private final IdempotencyRecords records;
    private final Clock clock;
    private final Duration lease;
    private final Duration retention;

    IdempotentWrites(
            IdempotencyRecords records,
            Clock clock,
            @Value("${crosswalk.idempotency.lease:2m}") Duration lease,
            @Value("${crosswalk.idempotency.retention:24h}") Duration retention) {
        this.records = records;
        this.clock = clock;
        this.lease = lease;
        this.retention = retention;
    }

    /** One unified write: how to perform it, and how to finish it safely after an unknown outcome. */
    public interface Write {

        Mono<WriteResponse> perform();

        /**
         * Runs instead of {@link #perform()} when an earlier attempt's outcome is unknown. Writes that
         * are idempotent by nature (move a stage, add a tag, update fields) simply perform again;
         * creations first look up the record the earlier attempt may have made.
         *
         * @param firstAttemptAt when the key was first used: a record the earlier attempt made cannot
         *                       be older, which keeps look-ups from adopting an unrelated older record
         */
        default Mono<WriteResponse> reconcile(Instant firstAttemptAt) {
            return perform();
        }
    }

    /** An answer with a flag telling whether it was replayed from an earlier attempt. */
    public record Outcome(WriteResponse response, boolean replayed) {}

    /**
     * Runs the write under the key, or directly when there is no key.
     *
     * @param request a canonical form of what the client asked (method, path and validated body):
     *                the same key must always come with the same request
     */
    public Mono<Outcome> execute(TenantContext tenant, String key, String request, Write write) {
        if (key == null) {
            return write.perform().map(response -> new Outcome(response, false));
        }
        if (!KEY.matcher(key).matches()) {
            return Mono.error(new CrosswalkException(
                    ProblemCode.INVALID_REQUEST, "Header 'Idempotency-Key' must be 1-255 visible ASCII characters"));
        }
        byte[] fingerprint = sha256(request);
        return blocking(() -> start(tenant, key, fingerprint, write))
                .flatMap(step -> step.action()
                        .get()
                        .publishOn(Schedulers.boundedElastic())
                        .doOnNext(response -> {
                            if (step.runs()) {
                                records.complete(tenant.id(), key, response);
                            }
                        })
                        .onErrorResume(failure -> step.runs()
                                ? Mono.fromRunnable(() -> settleFailure(tenant, key, failure))
                                        .subscribeOn(Schedulers.boundedElastic())
                                        .then(Mono.<WriteResponse>error(failure))
                                : Mono.error(failure))
                        .map(response -> new Outcome(response, !step.runs())));
    }

    /** What to do for this attempt: run the write (holding the key) or replay a stored answer. */
    private record Step(boolean runs, Supplier<Mono<WriteResponse>> action) {}

    private Step start(TenantContext tenant, String key, byte[] fingerprint, Write write) {
        Instant now = clock.instant();
        if (records.claim(tenant.id(), key, fingerprint, now, now.plus(lease), now.plus(retention))) {
            return new Step(true, write::perform);
        }
        IdempotencyRecords.Stored stored = records.find(tenant.id(), key, now).orElseThrow(() -> inProgress());
        if (!MessageDigest.isEqual(stored.fingerprint(), fingerprint)) {
            throw new CrosswalkException(
                    ProblemCode.IDEMPOTENCY_KEY_MISMATCH,
                    "Idempotency-Key '" + key + "' was already used with a different request");
        }
        if ("completed".equals(stored.state())) {
            WriteResponse replay = new WriteResponse(stored.status(), stored.location(), stored.body());
            return new Step(false, () -> Mono.just(replay));
        }
        if (records.takeOver(tenant.id(), key, now, now.plus(lease))) {
            log.info("Reconciling a write of tenant {} whose earlier outcome is unknown", tenant.id());
            return new Step(true, () -> write.reconcile(stored.createdAt()));
        }
        throw inProgress();
    }

    private void settleFailure(TenantContext tenant, String key, Throwable failure) {
        if (failure instanceof CrosswalkException known && !OUTCOME_UNKNOWN.contains(known.code())) {
            records.release(tenant.id(), key);
        } else {
            records.markUnknown(tenant.id(), key);
        }
    }

    @Scheduled(fixedDelayString = "${crosswalk.idempotency.cleanup-interval:1h}", initialDelayString = "1m")
    void deleteExpired() {
        int deleted = records.deleteExpired(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} expired idempotency records", deleted);
        }
    }

    private static CrosswalkException inProgress() {
        return new CrosswalkException(
                ProblemCode.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                "A request with this Idempotency-Key is still in progress; retry shortly");
    }

    private static <T> Mono<T> blocking(Supplier<T> databaseWork) {
        return Mono.fromSupplier(databaseWork).subscribeOn(Schedulers.boundedElastic());
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
