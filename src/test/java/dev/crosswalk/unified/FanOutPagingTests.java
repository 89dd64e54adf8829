package dev.crosswalk.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Fan-out paging over parents with any number of children (none included): a traversal at any
 * page size serves every child exactly once, in order, never more than the page size at a time,
 * ends with a null position exactly on the last page, and never fetches a parent it has finished.
 */
class FanOutPagingTests {

    @Property(tries = 300)
    void aTraversalServesEveryChildOnceAndEndsExactlyOnTheLastPage(
            @ForAll @Size(max = 6) List<@IntRange(max = 9) Integer> childCounts,
            @ForAll @IntRange(min = 1, max = 12) int limit) {
        List<String> parents = new ArrayList<>();
        for (int p = 0; p < childCounts.size(); p++) {
            parents.add("plan-" + p);
        }
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            for (int c = 0; c < childCounts.get(p); c++) {
                expected.add(parents.get(p) + "/stage-" + c);
            }
        }
        AtomicInteger fetches = new AtomicInteger();
        FanOutPaging<String, String> paging = new FanOutPaging<>(parents, parent -> parent, parent -> {
            fetches.incrementAndGet();
            int count = childCounts.get(parents.indexOf(parent));
            List<String> children = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                children.add(parent + "/stage-" + c);
            }
            return Mono.just(children);
        });

        List<String> served = new ArrayList<>();
        String position = null;
        int pages = 0;
        do {
            Page<String> page = paging.page(position, limit).block();
            assertThat(page.records()).hasSizeLessThanOrEqualTo(limit);
            if (page.nextPosition() != null) {
                assertThat(page.records()).as("only the last page may be short").hasSize(limit);
            }
            served.addAll(page.records());
            position = page.nextPosition();
            pages++;
        } while (position != null && pages < 1000);

        assertThat(served).isEqualTo(expected);
        assertThat(pages).isEqualTo(Math.max(1, (expected.size() + limit - 1) / limit));
        // each page fetches the parent it starts in, those it serves, and at most those it looks past
        assertThat(fetches.get()).isLessThanOrEqualTo(pages * parents.size());
    }

    @Test
    void aParentFinishedOnAnEarlierPageIsNeverFetchedAgain() {
        Map<String, List<String>> children = Map.of("a", List.of("a1", "a2"), "b", List.of("b1", "b2", "b3"));
        List<String> fetched = new ArrayList<>();
        FanOutPaging<String, String> paging = new FanOutPaging<>(List.of("a", "b"), parent -> parent, parent -> {
            fetched.add(parent);
            return Mono.just(children.get(parent));
        });

        Page<String> first = paging.page(null, 3).block();
        fetched.clear();
        Page<String> second = paging.page(first.nextPosition(), 3).block();

        assertThat(first.records()).containsExactly("a1", "a2", "b1");
        assertThat(second.records()).containsExactly("b2", "b3");
        assertThat(second.nextPosition()).isNull();
        assertThat(fetched).containsExactly("b");
    }

    @Test
    void aPositionInAParentThatIsGoneMeansRestart() {
        FanOutPaging<String, String> paging =
                new FanOutPaging<>(List.of("a"), parent -> parent, parent -> Mono.just(List.of("a1")));

        assertThatThrownBy(() -> paging.page("removed-plan:2", 10).block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.CURSOR_EXPIRED));
        assertThatThrownBy(() -> paging.page("garbage", 10).block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CURSOR));
    }
}
