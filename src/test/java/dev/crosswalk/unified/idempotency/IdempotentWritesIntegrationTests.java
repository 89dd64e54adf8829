package dev.crosswalk.unified.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.support.IntegrationTest;
import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@IntegrationTest
class IdempotentWritesIntegrationTests {

    @Autowired
    IdempotentWrites writes;

    @Autowired
    JdbcTemplate jdbc;

    TenantContext tenant;
    final AtomicInteger performed = new AtomicInteger();
    final AtomicInteger reconciled = new AtomicInteger();

    @BeforeEach
    void tenant() {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into tenant (id, name, status, created_at, updated_at) values (?, 'Idem', 'active', ?, ?)",
                id,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        tenant = new TenantContext(id, "Idem", "ashby", Secret.of("unused"));
    }

    @Test
    void sameKeyAndRequestReplaysTheFirstAnswerWithoutWritingAgain() {
        IdempotentWrites.Outcome first = writes.execute(tenant, "key-1", "POST /x {\"a\":1}", creates("cand_1"))
                .block();
        IdempotentWrites.Outcome second = writes.execute(tenant, "key-1", "POST /x {\"a\":1}", creates("cand_2"))
                .block();

        assertThat(performed).hasValue(1);
        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.response().status()).isEqualTo(201);
        assertThat(second.response().location()).isEqualTo(first.response().location());
        assertThat(second.response().body()).isEqualTo(first.response().body());
    }

    @Test
    void sameKeyWithAnotherRequestIsAMismatch() {
        writes.execute(tenant, "key-2", "POST /x {\"a\":1}", creates("cand_1")).block();

        assertThatThrownBy(() -> writes.execute(tenant, "key-2", "POST /x {\"a\":2}", creates("cand_2"))
                        .block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.IDEMPOTENCY_KEY_MISMATCH));
        assertThat(performed).hasValue(1);
    }

    @Test
    void keysAreScopedPerTenant() {
        TenantContext first = tenant;
        writes.execute(first, "shared-key", "POST /x {}", creates("cand_1")).block();
        tenant();

        IdempotentWrites.Outcome other = writes.execute(
                        tenant, "shared-key", "POST /x {\"other\":true}", creates("cand_2"))
                .block();

        assertThat(other.replayed()).isFalse();
        assertThat(performed).hasValue(2);
    }

    @Test
    void twentyConcurrentDuplicatesWriteOnce() {
        List<Object> outcomes = Flux.range(0, 20)
                .flatMap(
                        i -> writes.execute(tenant, "key-burst", "POST /x {}", slowCreate())
                                .<Object>map(outcome -> outcome)
                                .onErrorResume(CrosswalkException.class, e -> Mono.just(e.code()))
                                .subscribeOn(Schedulers.boundedElastic()),
                        20)
                .collectList()
                .block();

        assertThat(performed).hasValue(1);
        assertThat(outcomes)
                .hasSize(20)
                .allSatisfy(outcome ->
                        assertThat(outcome).isInstanceOfAny(IdempotentWrites.Outcome.class, ProblemCode.class));
        assertThat(outcomes)
                .filteredOn(ProblemCode.class::isInstance)
                .allSatisfy(code -> assertThat(code).isEqualTo(ProblemCode.IDEMPOTENCY_REQUEST_IN_PROGRESS));
        assertThat(writes.execute(tenant, "key-burst", "POST /x {}", creates("again"))
                        .block()
                        .replayed())
                .isTrue();
    }

    @Test
    void unknownOutcomeIsReconciledOnRetryInsteadOfWrittenAgain() {
        IdempotentWrites.Write timesOut = new IdempotentWrites.Write() {
            @Override
            public Mono<WriteResponse> perform() {
                performed.incrementAndGet();
                return Mono.error(new CrosswalkException(ProblemCode.UPSTREAM_TIMEOUT, "slow"));
            }
        };
        assertThatThrownBy(() ->
                        writes.execute(tenant, "key-3", "POST /x {}", timesOut).block())
                .isInstanceOf(CrosswalkException.class);

        IdempotentWrites.Outcome retried =
                writes.execute(tenant, "key-3", "POST /x {}", creates("cand_1")).block();

        assertThat(performed).hasValue(1);
        assertThat(reconciled).hasValue(1);
        assertThat(new String(retried.response().body(), StandardCharsets.UTF_8))
                .contains("reconciled");
        assertThat(writes.execute(tenant, "key-3", "POST /x {}", creates("cand_9"))
                        .block()
                        .response()
                        .body())
                .isEqualTo(retried.response().body());
    }

    @Test
    void anAnswerThatNothingWasWrittenReleasesTheKey() {
        IdempotentWrites.Write rejected = new IdempotentWrites.Write() {
            @Override
            public Mono<WriteResponse> perform() {
                performed.incrementAndGet();
                return Mono.error(new CrosswalkException(ProblemCode.NOT_FOUND, "no such job"));
            }
        };
        assertThatThrownBy(() ->
                        writes.execute(tenant, "key-4", "POST /x {}", rejected).block())
                .isInstanceOf(CrosswalkException.class);

        IdempotentWrites.Outcome retried =
                writes.execute(tenant, "key-4", "POST /x {}", creates("cand_1")).block();

        assertThat(retried.replayed()).isFalse();
        assertThat(performed).hasValue(2);
        assertThat(reconciled).hasValue(0);
    }

    @Test
    void malformedKeysAreRejected() {
        assertThatThrownBy(() -> writes.execute(tenant, "has space", "POST /x {}", creates("c"))
                        .block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_REQUEST));
        assertThatThrownBy(() -> writes.execute(tenant, "k".repeat(256), "POST /x {}", creates("c"))
                        .block())
                .isInstanceOf(CrosswalkException.class);
        assertThat(performed).hasValue(0);
    }

    private IdempotentWrites.Write creates(String id) {
        return new IdempotentWrites.Write() {
            @Override
            public Mono<WriteResponse> perform() {
                performed.incrementAndGet();
                return Mono.just(response(id, "created"));
            }

            @Override
            public Mono<WriteResponse> reconcile(Instant firstAttemptAt) {
                reconciled.incrementAndGet();
                return Mono.just(response(id, "reconciled"));
            }
        };
    }

    private IdempotentWrites.Write slowCreate() {
        return () -> Mono.delay(Duration.ofMillis(300)).map(tick -> {
            performed.incrementAndGet();
            return response("cand_slow", "created");
        });
    }

    private static WriteResponse response(String id, String how) {
        return new WriteResponse(
                201,
                "/unified/ats/candidates/" + id,
                ("{\"result\":{\"id\":\"" + id + "\",\"how\":\"" + how + "\"}}").getBytes(StandardCharsets.UTF_8));
    }
}
