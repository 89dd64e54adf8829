package dev.crosswalk.ashby;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AshbyValuesTests {

    @Test
    void aNameSplitsIntoTheFirstWordAndTheRest() {
        assertThat(AshbyValues.nameParts("Ada Lovelace")).containsExactly("Ada", "Lovelace");
        assertThat(AshbyValues.nameParts("  Jean \t Luc  Picard ")).containsExactly("Jean", "Luc  Picard");
        assertThat(AshbyValues.nameParts("Cher")).containsExactly("Cher");
        assertThat(AshbyValues.nameParts("Ana\u00A0María")).containsExactly("Ana\u00A0María");
        assertThat(AshbyValues.nameParts(" \n ")).isEmpty();
        assertThat(AshbyValues.nameParts(null)).isEmpty();
    }

    @Test
    void splitsExactlyAsTheWhitespacePatternDid() {
        Pattern whitespace = Pattern.compile("\\s+");
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003\u001Fé";
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int length = random.nextInt(8); length > 0; length--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String[] expected = name.toString().isBlank()
                    ? new String[0]
                    : whitespace.split(name.toString().trim(), 2);
            assertThat(AshbyValues.nameParts(name.toString())).as("[%s]", name).containsExactly(expected);
        }
    }
}
