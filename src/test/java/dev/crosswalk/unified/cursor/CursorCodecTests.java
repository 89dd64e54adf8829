package dev.crosswalk.unified.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.tenant.MasterKey;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cursors open only for the listing that issued them, and reveal nothing of the vendor's position. */
class CursorCodecTests {

    static final String VAULT_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    final CursorCodec codec = new CursorCodec(new MasterKey(VAULT_KEY, List.of(), "unused"));
    final UUID tenantA = UUID.randomUUID();
    final UUID tenantB = UUID.randomUUID();
    final CursorBinding listing = new CursorBinding(tenantA, "candidates", "created_after=24:2024-01-01T00:00:00Z");

    @Test
    void roundTripsTheVendorPositionWithoutRevealingIt() {
        String cursor = codec.encode("ashby-cursor-qA", listing);

        assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain("ashby");
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("ashby-cursor");
        assertThat(codec.decode(cursor, listing)).isEqualTo("ashby-cursor-qA");
    }

    @Test
    void everyCursorIsFreshlyEncrypted() {
        assertThat(codec.encode("same", listing)).isNotEqualTo(codec.encode("same", listing));
    }

    @Test
    void aCursorWithAnyByteChangedIsInvalid() {
        byte[] bytes = Base64.getUrlDecoder().decode(codec.encode("ashby-cursor-qA", listing));
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered), listing);
        }
    }

    @Test
    void truncatedGarbledAndOtherVersionCursorsAreInvalid() {
        String cursor = codec.encode("ashby-cursor-qA", listing);
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        bytes[0] = 2;

        assertInvalid(cursor.substring(0, cursor.length() - 4), listing);
        assertInvalid(cursor.substring(0, 10), listing);
        assertInvalid("not a cursor!", listing);
        assertInvalid("", listing);
        assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), listing);
        assertInvalid("A".repeat(10_000), listing);
    }

    @Test
    void aCursorOnlyOpensForItsTenantResourceAndFilters() {
        String cursor = codec.encode("ashby-cursor-qA", listing);

        assertInvalid(cursor, new CursorBinding(tenantB, "candidates", listing.canonicalFilters()));
        assertInvalid(cursor, new CursorBinding(tenantA, "applications", listing.canonicalFilters()));
        assertInvalid(cursor, new CursorBinding(tenantA, "candidates", "created_after=24:2025-01-01T00:00:00Z"));
        assertInvalid(cursor, new CursorBinding(tenantA, "candidates", ""));
    }

    @Test
    void anotherServerSecretCannotOpenIt() {
        CursorCodec other =
                new CursorCodec(new MasterKey("Hx4dHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=", List.of(), "unused"));

        assertThatThrownBy(() -> other.decode(codec.encode("p", listing), listing))
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CURSOR));
    }

    private void assertInvalid(String cursor, CursorBinding binding) {
        assertThatThrownBy(() -> codec.decode(cursor, binding)).isInstanceOfSatisfying(CrosswalkException.class, e -> {
            assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CURSOR);
            assertThat(e.code().status().value()).isEqualTo(400);
        });
    }

    @Test
    void aSyncTokenOpensOnlyForTheListingThatIssuedItAndNeverAsACursor() {
        String token = codec.sealSyncToken("ashby-sync-7", listing);

        assertThat(token).doesNotContain("ashby");
        assertThat(codec.openSyncToken(token, listing)).isEqualTo("ashby-sync-7");
        for (CursorBinding other : List.of(
                new CursorBinding(tenantB, "candidates", listing.canonicalFilters()),
                new CursorBinding(tenantA, "applications", listing.canonicalFilters()),
                new CursorBinding(tenantA, "candidates", ""))) {
            assertThatThrownBy(() -> codec.openSyncToken(token, other))
                    .isInstanceOfSatisfying(
                            CrosswalkException.class,
                            e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_SYNC_TOKEN));
        }
        assertThatThrownBy(() -> codec.decode(token, listing))
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CURSOR));
        assertThatThrownBy(() -> codec.openSyncToken(codec.encode("ashby-cursor", listing), listing))
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_SYNC_TOKEN));
    }
}
