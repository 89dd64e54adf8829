package dev.crosswalk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cursors and sync tokens are opaque, bound to organisation and method, tamper-evident and expire. */
class SandboxCursorTests {

    private static final UUID ORG = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final Duration TTL = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock();
    private final SandboxCursor cursors = new SandboxCursor(clock);
    private final SandboxCursor.Position position = new SandboxCursor.Position(
            new SandboxTable.Key(1_700_000_000_000L, UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7")), 42, -1);

    @Test
    void aCursorGivesBackItsPosition() {
        String cursor = cursors.cursor(ORG, "candidate.list", position);
        assertThat(cursors.readCursor(cursor, ORG, "candidate.list", TTL, false))
                .isEqualTo(position);
    }

    @Test
    void anAlteredOrForeignCursorIsInvalid() {
        String cursor = cursors.cursor(ORG, "candidate.list", position);
        char flipped = cursor.charAt(10) == 'x' ? 'y' : 'x';
        String altered = cursor.substring(0, 10) + flipped + cursor.substring(11);
        assertCode(() -> cursors.readCursor(altered, ORG, "candidate.list", TTL, false), "invalid_next_cursor");
        assertCode(
                () -> cursors.readCursor(cursor, UUID.randomUUID(), "candidate.list", TTL, false),
                "invalid_next_cursor");
        assertCode(() -> cursors.readCursor(cursor, ORG, "job.list", TTL, false), "invalid_next_cursor");
        String fromAnotherRun = new SandboxCursor(clock).cursor(ORG, "candidate.list", position);
        assertCode(() -> cursors.readCursor(fromAnotherRun, ORG, "candidate.list", TTL, false), "invalid_next_cursor");
    }

    @Test
    void cursorsAndSyncTokensExpire() {
        String cursor = cursors.cursor(ORG, "candidate.list", position);
        String token = cursors.syncToken(ORG, "candidate.list", 42);
        assertThat(cursors.readSyncToken(token, ORG, "candidate.list", TTL)).isEqualTo(42);
        assertCode(() -> cursors.readCursor(cursor, ORG, "candidate.list", TTL, true), "next_cursor_expired");
        clock.advance(TTL.plusSeconds(1));
        assertCode(() -> cursors.readCursor(cursor, ORG, "candidate.list", TTL, false), "next_cursor_expired");
        assertCode(() -> cursors.readSyncToken(token, ORG, "candidate.list", TTL), "sync_token_expired");
        assertCode(() -> cursors.readSyncToken(cursor, ORG, "candidate.list", TTL), "sync_token_invalid");
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        SandboxFailure.class,
                        failure -> assertThat(failure.code()).isEqualTo(code));
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
