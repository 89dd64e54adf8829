package dev.crosswalk.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiTokensTests {

    @Test
    void tokensAreRecognisableAndCarry256RandomBits() {
        String token = ApiTokens.generate().reveal();

        assertThat(token).startsWith("cwk_");
        assertThat(Base64.getUrlDecoder().decode(token.substring(4))).hasSize(32);
        assertThat(ApiTokens.generate().reveal()).isNotEqualTo(token);
    }

    @Test
    void storedFormIsAHashNotTheToken() {
        String token = ApiTokens.generate().reveal();

        assertThat(ApiTokens.hash(token)).hasSize(32).isEqualTo(ApiTokens.hash(token));
        assertThat(new String(ApiTokens.hash(token), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(token);
    }

    @Test
    void adminTokenComparisonAcceptsOnlyTheExactToken() {
        AdminToken admin = new AdminToken("the-admin-token", "unused");

        assertThat(admin.matches("the-admin-token")).isTrue();
        assertThat(admin.matches("the-admin-token ")).isFalse();
        assertThat(admin.matches("the-admin-toke")).isFalse();
        assertThat(admin.matches("")).isFalse();
    }
}
