package dev.crosswalk.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging a whole list by offset: every record once, pages never over the limit, the end marked exactly. */
class OffsetPagesTests {

    @Test
    void servesEveryRecordOnceAndMarksOnlyTheLastPage() {
        for (int size : new int[] {0, 1, 6, 7, 8, 49}) {
            List<Integer> all = IntStream.range(0, size).boxed().toList();
            List<Integer> served = new ArrayList<>();
            String position = null;
            int pages = 0;
            do {
                Page<Integer> page = OffsetPages.slice(all, new PageRequest(7, position, false));
                assertThat(page.records()).hasSizeLessThanOrEqualTo(7);
                served.addAll(page.records());
                position = page.nextPosition();
                pages++;
            } while (position != null);

            assertThat(served).as("size %d", size).isEqualTo(all);
            assertThat(pages).as("size %d", size).isEqualTo(Math.max(1, (size + 6) / 7));
        }
    }

    @Test
    void aPositionThatIsNoOffsetIsAnInvalidCursor() {
        CrosswalkException failure = catchThrowableOfType(
                CrosswalkException.class,
                () -> OffsetPages.slice(List.of(1, 2), new PageRequest(1, "ashby-cursor", false)));

        assertThat(failure.code()).isEqualTo(ProblemCode.INVALID_CURSOR);
        assertThat(OffsetPages.slice(List.of(1, 2), new PageRequest(1, "5", false))
                        .records())
                .as("past the end (the list shrank between pages): an empty last page")
                .isEmpty();
    }
}
